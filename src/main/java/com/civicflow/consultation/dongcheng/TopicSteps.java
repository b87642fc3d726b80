package com.civicflow.consultation.dongcheng;

import static com.civicflow.consultation.dongcheng.DongchengVariables.*;

import com.civicflow.consultation.matter.FieldLabels;
import com.civicflow.consultation.matter.FormOptions;
import com.civicflow.consultation.matter.InvalidSubmissionException;
import com.civicflow.consultation.matter.OpenMatters;
import com.civicflow.consultation.matter.MatterVariables;
import com.civicflow.consultation.matter.Submission;
import com.civicflow.consultation.notice.NoticeVariables;
import com.civicflow.consultation.organisation.OrgLevel;
import com.civicflow.consultation.organisation.OrgUnit;
import com.civicflow.consultation.organisation.OrganisationDirectory;
import com.civicflow.consultation.calendar.WorkingDays;
import com.civicflow.consultation.implementation.SupervisionRules;
import java.util.Date;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.springframework.stereotype.Service;

/** 汇集民意，确定议题: the start, fixing the topic, applications to take part, widening participation. */
@Service("dongchengTopicSteps")
class TopicSteps {

  static final String ACCEPTED = "accepted";
  static final String DECLINED = "declined";

  private final OrganisationDirectory directory;
  private final WorkingDays workdays;
  private final SupervisionRules rules;
  private final OpenMatters openMatters;
  private final FieldLabels labels;

  TopicSteps(OrganisationDirectory directory, WorkingDays workdays, SupervisionRules rules, OpenMatters openMatters,
      FieldLabels labels) {
    this.directory = directory;
    this.workdays = workdays;
    this.rules = rules;
    this.openMatters = openMatters;
    this.labels = labels;
  }

  /**
   * Start: a community consultation (organised by the residents' committee) or a street-level one (by the street
   * office) — the matter's shared {@code committeeGroup}. The 东城 method has no district-level consultation (the
   * diagram's {@code consultationLevels} is {@code community,street}).
   */
  void started(DelegateExecution execution) {
    Submission form = Submission.of(execution);
    form.text(MatterVariables.TOPIC, "议题");
    TOPIC_CATEGORY.set(execution, form.oneOf(TOPIC_CATEGORY, "协商内容类别", CATEGORIES));
    OrgLevel level = directory.unit(execution.getTenantId()).level(); // never the district: consultationLevels
    CONSULTATION_LEVEL.set(execution, level == OrgLevel.STREET ? "街道" : "社区");
    MEETING_ROUND.set(execution, 1L);
    SHELVE_COUNT.set(execution, 0L);
    APPLICATIONS_ACCEPTED.set(execution, 0L);
    APPLICATIONS_DECLINED.set(execution, 0L);
    LINKED_MATTERS.set(execution, String.join(",", linkedMatters(execution)));
  }

  /**
   * 关联事项 (chosen in the start form, or the matter a linked consultation comes from): each a running 东城
   * consultation of this matter's own tenant or of the communities below it (a street consultation links its
   * communities' matters) — what the start form offered; anything else is refused.
   */
  private List<String> linkedMatters(DelegateExecution execution) {
    List<String> numbers = FormOptions.chosen(execution.getVariable(LINKED_MATTERS.name()));
    List<String> within = directory.tenantsWithin(execution.getTenantId());
    for (String number : numbers) {
      openMatters.find(number)
          .filter(m -> m.processKey().equals(DongchengConsultation.PROCESS_KEY) && within.contains(m.tenantId()))
          .orElseThrow(() -> new InvalidSubmissionException("“" + labels.of(LINKED_MATTERS.name()) + "”中的“"
              + (number.length() <= 40 ? number : number.substring(0, 40) + "…") + "”不是" + scopeName(execution.getTenantId())
              + "正在办理的东城区社区协商事项，请从列表中选择"));
    }
    return numbers;
  }

  private String scopeName(String tenantId) {
    OrgUnit unit = directory.unit(tenantId);
    return unit.level() == OrgLevel.COMMUNITY ? unit.name() : unit.name() + "及其所辖社区";
  }

  void topicFixed(DelegateTask task) {
    Submission form = Submission.of(task);
    String handling = form.oneOf(HANDLING, "办理方式", HANDLINGS);
    if ("转办街道".equals(handling)) {
      form.text(TRANSFER_REQUEST, "转办事项");
      Date due = workdays.fromNow((int) form.number(TRANSFER_FEEDBACK_WORKDAYS, "反馈时限（工作日）", 1, 60));
      TRANSFER_FEEDBACK_DUE.set(task, due);
      TRANSFER_OVERDUE_CYCLE.set(task, rules.of(task).escalationCycle(due));
      RESPONSIBLE_UNIT_NAME.set(task, directory.streetOf(task.getTenantId()).name() + "办事处");
      return;
    }
    form.oneOf(CONSULTATION_LAYER, "协商层次", LAYERS);
    form.oneOf(CONSULTATION_FORM, "协商形式", FORMS);
    form.text(MEETING_HOST, "主持人");
    String meetingTime = Submission.shown(form.dateTime(MEETING_TIME, "会议时间"));
    MEETING_TIME_TEXT.set(task, meetingTime);
    form.text(MEETING_PLACE, "会议地点");
    String method = form.oneOf(SELECTION_METHOD, "参与主体确定办法", SELECTION_METHODS);
    String candidates = PARTICIPANT_CANDIDATES.from(task).orElse("");
    if ("随机抽样".equals(method)) {
      int count = ParticipantDraw.candidates(form.text(PARTICIPANT_CANDIDATES, "候选人名单")).size();
      long seats = form.number(PARTICIPANT_SEATS, "抽取人数", 1, 1000);
      if (seats >= count) {
        throw new InvalidSubmissionException("随机抽样的候选人（" + count + " 人）必须多于抽取人数（" + seats + " 人）");
      }
      if (task.getVariable(SAMPLING_SEED.name()) != null && !task.getVariable(SAMPLING_SEED.name()).toString().isBlank()) {
        SAMPLING_SEED.set(task, form.number(SAMPLING_SEED, "抽样种子", 0, Long.MAX_VALUE));
      } else {
        task.removeVariable(SAMPLING_SEED.name());
      }
    } else if ("公开报名".equals(method)) {
      PARTICIPANTS.set(task, candidates.trim()); // open sign-up: the list grows with accepted applications
    } else {
      PARTICIPANTS.set(task, form.text(PARTICIPANT_CANDIDATES, "参与主体名单"));
    }
    List.of(INVOLVES_DEPARTMENTS, TECHNICAL, INVOLVES_LAW)
        .forEach(flag -> flag.set(task, Boolean.TRUE.equals(task.getVariable(flag.name()))));
    MEETING_NOTICE_TITLE.set(task, "协商会议公示：" + MatterVariables.TOPIC.from(task).orElse(""));
    MEETING_NOTICE_TEXT.set(task, "议题：" + MatterVariables.TOPIC.from(task).orElse("") + "\n协商形式："
        + CONSULTATION_FORM.from(task).orElse("") + "（" + CONSULTATION_LAYER.from(task).orElse("") + "）\n时间："
        + meetingTime + "\n地点：" + MEETING_PLACE.from(task).orElse("") + "\n主持人："
        + MEETING_HOST.from(task).orElse("") + "\n参与主体确定办法：" + method
        + (candidates.isBlank() ? "" : "\n参与主体：\n" + (PARTICIPANTS.from(task).orElse(candidates)))
        + "\n公示期间，社区居民、其他组织和驻区单位可在本页申请参加协商讨论。");
  }

  /** One application: accepted → added to the participants; declined → counted; the reply is required. */
  void applicationDecided(DelegateTask task) {
    Submission form = Submission.of(task);
    String decision = form.oneOf(APPLICATION_DECISION, "审核结论", List.of(ACCEPTED, DECLINED));
    form.text(APPLICATION_REPLY, "答复申请人");
    DelegateExecution matter = task.getExecution().getProcessInstance();
    if (ACCEPTED.equals(decision)) {
      String applicant = NoticeVariables.APPLICANT_NAME.from(task).orElse("")
          + NoticeVariables.APPLICANT_ORGANISATION.from(task).filter(o -> !o.isBlank()).map(o -> "（" + o + "）").orElse("");
      PARTICIPANTS.set(matter, PARTICIPANTS.from(matter).filter(p -> !p.isBlank()).map(p -> p + "\n").orElse("") + applicant);
      APPLICATIONS_ACCEPTED.set(matter, APPLICATIONS_ACCEPTED.from(matter).orElse(0L) + 1);
    } else {
      APPLICATIONS_DECLINED.set(matter, APPLICATIONS_DECLINED.from(matter).orElse(0L) + 1);
    }
  }

  /** A new application's scope: its own decision and reply. */
  void applicationReceived(DelegateExecution execution) {
    APPLICATION_DECISION.setLocal(execution, null);
    APPLICATION_REPLY.setLocal(execution, null);
  }

  void departmentsCoordinated(DelegateTask task) {
    String invited = Submission.of(task).text(DEPARTMENTS_INVITED, "参加协商的政府部门和司法所");
    DEPARTMENTS_INVITED.set(task, invited);
    EvaluationSteps.addDepartments(task, invited);
  }

  void expertReviewed(DelegateTask task) {
    EXPERT_OPINION.set(task, Submission.of(task).text(EXPERT_OPINION, "论证评估意见"));
  }
}
