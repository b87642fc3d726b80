package com.civicflow.consultation.haimen;

import static com.civicflow.consultation.haimen.SevenStepVariables.*;

import com.civicflow.consultation.implementation.ImplementationVariables;
import com.civicflow.consultation.matter.InvalidSubmissionException;
import com.civicflow.consultation.matter.MatterVariables;
import com.civicflow.consultation.matter.Submission;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.springframework.stereotype.Component;

/** Complete listener of every user task of {@code haimen-seven-step}: refuses what the form must not submit. */
@Component("haimenSevenStepCheck")
class SevenStepCheck implements TaskListener {

  static final long MAX_COUNT = 1_000_000;
  static final int MAX_TEXT = 2000;

  @Override
  public void notify(DelegateTask task) {
    Submission s = Submission.of(task);
    switch (task.getTaskDefinitionKey()) {
      case SevenStep.TASK_SURVEY_NEEDS -> {
        s.oneOf(SURVEY_METHOD, "调查方式", SevenStep.SURVEY_METHODS);
        HOUSEHOLDS_REACHED.set(task, s.number(HOUSEHOLDS_REACHED, "走访/调查户数", 1, MAX_COUNT));
        HOUSEHOLDS_AFFECTED.set(task, s.number(HOUSEHOLDS_AFFECTED, "涉及户数", 0, MAX_COUNT));
        s.text(SURVEY_FINDINGS, "群众需求和意见");
      }
      case SevenStep.TASK_REVIEW_TOPIC -> {
        s.text(MatterVariables.TOPIC, "议题");
        String category = s.oneOf(TOPIC_CATEGORY, "议题类别", SevenStep.CATEGORIES);
        CATEGORY.set(task, category);
        TOPIC_CONTESTED.set(task, bool(task, TOPIC_CONTESTED));
        s.text(RESULT_TEXT, "协商方案");
        s.text(REVIEW_MINUTES, "审议意见");
        String kind = MEETING_KIND.from(task).filter(k -> !k.isBlank()).orElse(SevenStep.MEETING_KINDS.get(0));
        if (!SevenStep.MEETING_KINDS.contains(kind)) {
          throw new InvalidSubmissionException("“议事会议形式”的取值“" + kind + "”无效，可选: " + String.join("、", SevenStep.MEETING_KINDS));
        }
        MEETING_KIND.set(task.getExecution().getProcessInstance(), kind); // top-level: the statistics count it
        if (NON_STANDING_MEMBERS.from(task).orElse("").length() > MAX_TEXT) {
          throw new InvalidSubmissionException("“非常任理事”不能超过 " + MAX_TEXT + " 字");
        }
      }
      case SevenStep.TASK_HOLD_HEARING -> {
        HEARING_PARTICIPANTS.set(task, s.number(HEARING_PARTICIPANTS, "参加听证人数", 1, MAX_COUNT));
        s.text(HEARING_MINUTES, "听证会记录");
      }
      case SevenStep.TASK_VOTE -> vote(task, s);
      case SevenStep.TASK_HANDLE_FAILED_VOTE -> {
        s.oneOf(AFTER_FAILED_VOTE, "处理方式", List.of(REVISE, CLOSE));
        s.text(FAILED_VOTE_NOTE, "说明");
      }
      case SevenStep.TASK_PREPARE_IMPLEMENTATION -> {
        s.text(ImplementationVariables.RESPONSIBLE_UNIT, "责任单位");
        ImplementationVariables.COMPLETION_DEADLINE.set(task,
            s.futureDateTime(ImplementationVariables.COMPLETION_DEADLINE, "办结时限"));
        ESTIMATED_COST.set(task, s.number(ESTIMATED_COST, "估算金额（元）", 0, 1_000_000_000L));
        for (String flag : List.of("touchesPropertyRights", "involvesFees", "involvesDemolition", "affectsPublicSafety")) {
          task.setVariable(flag, Boolean.TRUE.equals(task.getVariable(flag)) || "true".equals(String.valueOf(task.getVariable(flag))));
        }
        CONSULTATION_LEVEL.set(task, "社区");
      }
      case SevenStep.TASK_DEMOCRATIC_EVALUATION -> {
        EVALUATION_MEETING_PARTICIPANTS.set(task, s.number(EVALUATION_MEETING_PARTICIPANTS, "参加评议人数", 1, MAX_COUNT));
        s.oneOf(COUNCIL_EVALUATION, "评议结论", SevenStep.RATINGS);
        s.text(EVALUATION_MEETING_MINUTES, "民主评议会记录");
      }
      case SevenStep.TASK_PREPARE_FEEDBACK -> {
        s.text(FEEDBACK_NOTICE, "向居民公开的协商结果和办理情况");
        s.text(DEPARTMENT_FEEDBACK, "向相关部门反馈的意见");
      }
      case SevenStep.TASK_POST_EVALUATION -> {
        s.oneOf(GOALS_ACHIEVED, "协商目标实现情况", SevenStep.GOALS);
        s.text(POST_EVALUATION, "事后评估");
      }
      default -> throw new IllegalStateException("haimenSevenStepCheck 不适用于任务 " + task.getTaskDefinitionKey());
    }
  }

  /** 表决: counts must be possible; whether it passed is the DMN's decision. */
  private static void vote(DelegateTask task, Submission s) {
    s.oneOf(VOTE_MEETING, "表决会议", SevenStep.VOTE_MEETINGS);
    long total = s.number(REPRESENTATIVES_TOTAL, "应到代表人数", 1, MAX_COUNT);
    long present = s.number(REPRESENTATIVES_PRESENT, "实到代表人数", 0, MAX_COUNT);
    long yes = s.number(VOTES_FOR, "赞成票", 0, MAX_COUNT);
    long no = s.number(VOTES_AGAINST, "反对票", 0, MAX_COUNT);
    long abstained = s.number(VOTES_ABSTAINED, "弃权票", 0, MAX_COUNT);
    if (present > total) {
      throw new InvalidSubmissionException("实到代表人数 " + present + " 不能多于应到代表人数 " + total);
    }
    if (yes + no + abstained > present) {
      throw new InvalidSubmissionException("赞成、反对、弃权票合计 " + (yes + no + abstained) + " 不能多于实到代表人数 " + present);
    }
    s.text(VOTE_MINUTES, "表决记录");
    REPRESENTATIVES_TOTAL.set(task, total);
    REPRESENTATIVES_PRESENT.set(task, present);
    VOTES_FOR.set(task, yes);
    VOTES_AGAINST.set(task, no);
    VOTES_ABSTAINED.set(task, abstained);
  }

  private static boolean bool(VariableScope scope, com.civicflow.consultation.matter.ProcessVariable<Boolean> variable) {
    Object value = scope.getVariable(variable.name());
    return Boolean.TRUE.equals(value) || "true".equals(String.valueOf(value));
  }
}
