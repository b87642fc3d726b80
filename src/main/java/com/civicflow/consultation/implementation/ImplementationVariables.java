package com.civicflow.consultation.implementation;

import com.civicflow.consultation.matter.ProcessVariable;
import java.util.Date;
import java.util.List;

/** The variables of {@code implementation-supervision}: inputs, outputs and what its forms show. */
public final class ImplementationVariables {

  // inputs
  /** 责任单位: a responsible-unit group id (e.g. unit-jiefangbei-property). */
  public static final ProcessVariable<String> RESPONSIBLE_UNIT = ProcessVariable.string("responsibleUnit");
  /** 承办人: optional user id of the unit who handles it. */
  public static final ProcessVariable<String> HANDLER = ProcessVariable.string("handler");
  /** 办结时限: input as Date, ISO text or workdays:N; a Date once the call activity started. */
  public static final ProcessVariable<Date> COMPLETION_DEADLINE = ProcessVariable.date("completionDeadline");
  /** 反馈时限: as given (Date, ISO text or workdays:N after completion); optional. */
  public static final String FEEDBACK_DEADLINE = "feedbackDeadline";
  public static final ProcessVariable<String> RESULT_TEXT = ProcessVariable.string("resultText");
  /**
   * Optional, default false: true when the calling model collects the residents' evaluation itself (垦利's 评), so
   * this process closes after the feedback — no evaluation and no rework here, satisfaction is asked once.
   */
  public static final ProcessVariable<Boolean> EVALUATED_BY_CALLER = ProcessVariable.bool("evaluatedByCaller");

  // outputs
  public static final ProcessVariable<String> IMPLEMENTATION_REPORT = ProcessVariable.string("implementationReport");
  public static final ProcessVariable<String> FEEDBACK_REPORT = ProcessVariable.string("feedbackReport");
  public static final ProcessVariable<String> EVALUATION_RESULT = ProcessVariable.string("evaluationResult");
  public static final ProcessVariable<String> EVALUATION_COMMENTS = ProcessVariable.string("evaluationComments");
  public static final ProcessVariable<Long> RESPONDENT_COUNT = ProcessVariable.number("respondentCount");
  public static final ProcessVariable<Long> REWORK_COUNT = ProcessVariable.number("reworkCount");
  public static final ProcessVariable<String> STREET_FINAL_DECISION = ProcessVariable.string("streetFinalDecision");
  public static final ProcessVariable<Boolean> IMPLEMENTATION_CLOSED = ProcessVariable.bool("implementationClosed");

  // working variables
  public static final ProcessVariable<String> RESPONSIBLE_UNIT_NAME = ProcessVariable.string("responsibleUnitName");
  public static final ProcessVariable<String> COMPLETION_DEADLINE_TEXT = ProcessVariable.string("completionDeadlineText");
  public static final ProcessVariable<Date> COMPLETION_REMINDER = ProcessVariable.date("completionReminder");
  public static final ProcessVariable<String> COMPLETION_OVERDUE_CYCLE = ProcessVariable.string("completionOverdueCycle");
  public static final ProcessVariable<Date> FEEDBACK_DUE_DATE = ProcessVariable.date("feedbackDueDate");
  public static final ProcessVariable<String> FEEDBACK_DUE_DATE_TEXT = ProcessVariable.string("feedbackDueDateText");
  public static final ProcessVariable<String> FEEDBACK_OVERDUE_CYCLE = ProcessVariable.string("feedbackOverdueCycle");
  public static final ProcessVariable<Date> EVALUATION_DUE_DATE = ProcessVariable.date("evaluationDueDate");
  /** 不满意: the new completion deadline for the rework (evaluation form). */
  public static final ProcessVariable<Date> REWORK_DEADLINE = ProcessVariable.date("reworkDeadline");
  public static final ProcessVariable<Boolean> REWORK_ALLOWED = ProcessVariable.bool("reworkAllowed");

  // one supervision round (local to its path)
  public static final ProcessVariable<String> LATE_TASK = ProcessVariable.string("lateTask");
  public static final ProcessVariable<String> LATE_TASK_NAME = ProcessVariable.string("lateTaskName");
  public static final ProcessVariable<String> LATE_DUE_DATE_TEXT = ProcessVariable.string("lateDueDateText");
  public static final ProcessVariable<Long> OVERDUE_ROUND = ProcessVariable.number("overdueRound");
  public static final ProcessVariable<String> SUPERVISION_GROUP = ProcessVariable.string("supervisionGroup");
  public static final ProcessVariable<String> SUPERVISION_LEVEL = ProcessVariable.string("supervisionLevel");
  /** Whether this round is on a working day: rounds falling on a day off are postponed to the next. */
  public static final ProcessVariable<Boolean> SUPERVISION_DUE = ProcessVariable.bool("supervisionDue");
  public static final ProcessVariable<String> SUPERVISION_NOTE = ProcessVariable.string("supervisionNote");

  public static final String SATISFIED = "满意";
  public static final String BASICALLY_SATISFIED = "基本满意";
  public static final String UNSATISFIED = "不满意";
  public static final List<String> EVALUATIONS = List.of(SATISFIED, BASICALLY_SATISFIED, UNSATISFIED);

  private ImplementationVariables() {}
}
