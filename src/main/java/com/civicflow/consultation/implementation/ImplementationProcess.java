package com.civicflow.consultation.implementation;

/** The call activity {@code implementation-supervision} (办理/反馈/督办/评议) and its element ids. */
public final class ImplementationProcess {

  public static final String KEY = "implementation-supervision";

  public static final String TASK_IMPLEMENT = "Task_Implement";
  public static final String TIMER_COMPLETION_REMINDER = "Timer_CompletionReminder";
  public static final String TIMER_COMPLETION_OVERDUE = "Timer_CompletionOverdue";
  public static final String TASK_SUPERVISE_IMPLEMENTATION = "Task_SuperviseImplementation";
  public static final String TASK_FEEDBACK = "Task_Feedback";
  public static final String TIMER_FEEDBACK_OVERDUE = "Timer_FeedbackOverdue";
  public static final String TASK_SUPERVISE_FEEDBACK = "Task_SuperviseFeedback";
  public static final String TASK_RECORD_EVALUATION = "Task_RecordEvaluation";
  public static final String TASK_START_REWORK = "Task_StartRework";
  public static final String TASK_STREET_DECISION = "Task_StreetDecision";
  public static final String EVENT_CLOSED = "Event_ImplementationClosed";
  public static final String EVENT_DECIDED = "Event_StreetDecided";

  /** Custom incident type of a late task, shown in Cockpit. */
  public static final String INCIDENT_OVERDUE = "overdue";

  public static final String STAGE_IMPLEMENT = "实施协商成果";
  public static final String STAGE_FEEDBACK = "反馈实施情况";
  public static final String STAGE_EVALUATE = "评议办理结果";
  public static final String STAGE_STREET_DECISION = "街道裁定";
  public static final String STAGE_CLOSED = "办结";

  private ImplementationProcess() {}
}
