package com.civicflow.consultation.notice;

/** The {@code public-notice} call activity: its key, message and element ids. */
public final class PublicNotice {

  public static final String PROCESS_KEY = "public-notice";
  /** Message that delivers a resident's objection to a running notice. */
  public static final String MESSAGE_OBJECTION = "notice-objection";
  /**
   * Message that delivers an application to take part (参与报名) from a 参与报名 notice to the process that
   * called the notice; that caller catches it (e.g. a non-interrupting message event subprocess).
   */
  public static final String MESSAGE_PARTICIPATION = "notice-participation-application";
  /** Message that delivers an application to attend (报名参会 / 申请列席) to a running 会议通知 itself. */
  public static final String MESSAGE_ATTENDANCE = "notice-attendance-application";

  public static final String TASK_POST_NOTICE = "Task_PostNotice";
  public static final String SUBPROCESS_NOTICE_PERIOD = "SubProcess_NoticePeriod";
  public static final String TIMER_NOTICE_PERIOD = "Timer_NoticePeriod";
  public static final String SUBPROCESS_OBJECTION = "SubProcess_Objection";
  public static final String TASK_HANDLE_OBJECTION = "Task_HandleObjection";
  public static final String SUBPROCESS_ATTENDANCE = "SubProcess_AttendanceApplication";
  public static final String TASK_ANSWER_ATTENDANCE = "Task_AnswerAttendance";
  public static final String TASK_CLOSE_NOTICE = "Task_CloseNotice";
  public static final String TASK_WITHDRAW_NOTICE = "Task_WithdrawNotice";
  public static final String EVENT_NOTICE_CLOSED = "Event_NoticeClosed";
  public static final String EVENT_NOTICE_WITHDRAWN = "Event_NoticeWithdrawn";

  /** The default of {@code consultation.public-notice.default-period-days} (本产品默认值，原文未规定). */
  public static final long DEFAULT_PERIOD_DAYS = 5;
  public static final long MAX_PERIOD_DAYS = 60;

  private PublicNotice() {}
}
