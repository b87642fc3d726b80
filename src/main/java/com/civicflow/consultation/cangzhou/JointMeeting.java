package com.civicflow.consultation.cangzhou;

import static com.civicflow.consultation.cangzhou.CangzhouVariables.JOINT_MEETING_MINUTES;
import static com.civicflow.consultation.cangzhou.CangzhouVariables.PROGRESS_NOTICE_DAYS;
import static com.civicflow.consultation.cangzhou.CangzhouVariables.PROGRESS_REPORT_COUNT;
import static com.civicflow.consultation.cangzhou.CangzhouVariables.PROGRESS_REPORT_CYCLE;
import static com.civicflow.consultation.cangzhou.CangzhouVariables.PROGRESS_REPORT_DAYS;
import static com.civicflow.consultation.cangzhou.CangzhouVariables.RESPONSIBLE_UNITS;
import static com.civicflow.consultation.cangzhou.CangzhouVariables.RESPONSIBLE_UNIT_IDS;
import static com.civicflow.consultation.cangzhou.CangzhouVariables.RESPONSIBLE_UNIT_NAMES;
import static com.civicflow.consultation.cangzhou.CangzhouVariables.RESULT_NOTICE_BODY;
import static com.civicflow.consultation.cangzhou.CangzhouVariables.RESULT_NOTICE_DAYS;
import static com.civicflow.consultation.cangzhou.CangzhouVariables.RESULT_NOTICE_TITLE;
import static com.civicflow.consultation.cangzhou.CangzhouVariables.SUPERVISION_ARRANGEMENT;
import static com.civicflow.consultation.cangzhou.CangzhouVariables.UNIT_DUTIES;
import static com.civicflow.consultation.implementation.ImplementationVariables.COMPLETION_DEADLINE;
import static com.civicflow.consultation.implementation.ImplementationVariables.FEEDBACK_DEADLINE;
import static com.civicflow.consultation.legalreview.LegalReviewVariables.RESULT_TEXT;

import com.civicflow.consultation.matter.FormOptions;
import com.civicflow.consultation.matter.InvalidSubmissionException;
import com.civicflow.consultation.matter.MatterVariables;
import com.civicflow.consultation.matter.Submission;
import com.civicflow.consultation.organisation.OrganisationDirectory;
import com.civicflow.consultation.organisation.ResponsibleUnit;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Set;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.variable.Variables;
import org.springframework.stereotype.Service;

/**
 * 抓落实 — the two committees' joint meeting: names the responsible units (谁负责、谁执行) and the
 * supervisors (谁受益、谁监督), the completion deadline for the shared implementation-supervision call
 * (one call per unit) and the interval of the progress reports (全透明).
 */
@Service
class JointMeeting {

  static final long MAX_REPORT_DAYS = 90;

  private final OrganisationDirectory directory;
  private final CangzhouProperties properties;

  JointMeeting(OrganisationDirectory directory, CangzhouProperties properties) {
    this.directory = directory;
    this.properties = properties;
  }

  void held(DelegateTask task) {
    Submission form = Submission.of(task);
    List<ResponsibleUnit> units = units(task.getVariable(RESPONSIBLE_UNITS), task.getTenantId());
    String duties = form.text(UNIT_DUTIES, "各单位职责（谁负责、谁执行）");
    String supervision = form.text(SUPERVISION_ARRANGEMENT, "监督安排（谁受益、谁监督）");
    Date deadline = form.futureDateTime(COMPLETION_DEADLINE, "办结时限");
    Object feedback = task.getVariable(FEEDBACK_DEADLINE);
    if (feedback != null && !feedback.toString().isBlank()) {
      Date feedbackDate = feedback instanceof Date d ? d : Submission.parseDateTime(feedback.toString().trim(), "反馈时限");
      if (!feedbackDate.after(deadline)) {
        throw new InvalidSubmissionException("“反馈时限”必须晚于“办结时限”");
      }
      task.setVariable(FEEDBACK_DEADLINE, feedbackDate);
    }
    long reportDays = task.getVariable(PROGRESS_REPORT_DAYS.name()) == null
        ? properties.progressReportDays()
        : form.number(PROGRESS_REPORT_DAYS, "进展通报周期（天）", 1, MAX_REPORT_DAYS);
    form.text(JOINT_MEETING_MINUTES, "联席会议纪要");

    List<String> ids = new ArrayList<>(units.stream().map(ResponsibleUnit::id).toList());
    String names = String.join("、", units.stream().map(ResponsibleUnit::name).toList());
    COMPLETION_DEADLINE.set(task, deadline);
    task.setVariable(RESPONSIBLE_UNIT_IDS, Variables.objectValue(ids)
        .serializationDataFormat(Variables.SerializationDataFormats.JSON).create());
    RESPONSIBLE_UNIT_NAMES.set(task, names);
    PROGRESS_REPORT_DAYS.set(task, reportDays);
    PROGRESS_REPORT_CYCLE.set(task, "R/P" + reportDays + "D");
    PROGRESS_REPORT_COUNT.set(task, 0L);
    RESULT_NOTICE_DAYS.set(task, (long) properties.resultNoticeDays());
    PROGRESS_NOTICE_DAYS.set(task, (long) properties.progressNoticeDays());
    RESULT_NOTICE_TITLE.set(task, "协商结果公示：" + MatterVariables.TOPIC.required(task));
    RESULT_NOTICE_BODY.set(task, resultNotice(task, names, duties, supervision, deadline, reportDays));
  }

  private static String resultNotice(DelegateTask task, String names, String duties, String supervision, Date deadline,
      long reportDays) {
    return "协商结果：\n" + RESULT_TEXT.from(task).orElse("")
        + "\n\n责任单位（谁负责、谁执行）：" + names + "\n" + duties
        + "\n\n监督（谁受益、谁监督）：" + supervision
        + "\n\n办结时限：" + Submission.shown(deadline)
        + "\n实施期间每 " + reportDays + " 天通报一次进展。";
  }

  /** The checked units, in the order given; each must exist and serve the matter's community. */
  List<ResponsibleUnit> units(Object submitted, String tenantId) {
    List<String> ids = FormOptions.chosen(submitted);
    if (ids.isEmpty()) {
      throw new InvalidSubmissionException("请至少指定一个责任单位");
    }
    List<ResponsibleUnit> units = new ArrayList<>();
    for (String id : ids) {
      ResponsibleUnit unit = directory.responsibleUnit(id)
          .orElseThrow(() -> new InvalidSubmissionException("组织目录中没有责任单位“" + id + "”"));
      if (tenantId != null && !directory.tenantsServedBy(id).contains(tenantId)) {
        throw new InvalidSubmissionException("责任单位“" + unit.name() + "”不承办" + directory.unit(tenantId).name() + "的事项");
      }
      units.add(unit);
    }
    return units;
  }
}
