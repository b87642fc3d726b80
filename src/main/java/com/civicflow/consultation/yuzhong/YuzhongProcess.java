package com.civicflow.consultation.yuzhong;

import java.util.List;

/** 渝中区 "6+5" 议事法 ({@code yuzhong-six-plus-five}): keys and element ids. */
public final class YuzhongProcess {

  public static final String KEY = "yuzhong-six-plus-five";
  /** 每月协商议事会议: one per community and month, started by the platform schedule below. */
  public static final String MONTHLY_MEETING_KEY = "yuzhong-monthly-meeting";
  /** The platform schedule that starts the monthly meetings (a timer start event, one job per cluster). */
  public static final String MONTHLY_MEETING_SCHEDULE_KEY = "yuzhong-monthly-meeting-schedule";
  public static final String TASK_HOLD_MONTHLY_MEETING = "Task_HoldMonthlyMeeting";
  public static final String DECISION_CATALOGUE = "yuzhong-six-plus-five-catalogue";
  public static final String DECISION_SCREENING = "yuzhong-six-plus-five-screening";
  public static final String DECISION_RESOLUTION = "yuzhong-six-plus-five-resolution";

  public static final String EVENT_TOPIC_PROPOSED = "Event_TopicProposed";
  public static final String TASK_CLASSIFY_TOPIC = "Task_ClassifyTopic";
  public static final String TASK_SCREEN_TOPIC = "Task_ScreenTopic";
  public static final String TASK_PLAN_MEETING = "Task_PlanMeeting";
  public static final String TASK_SEND_MEETING_NOTICE = "Task_SendMeetingNotice";
  public static final String CALL_MEETING_NOTICE = "Call_MeetingNotice";
  public static final String SUBPROCESS_MEETING = "SubProcess_Meeting";
  public static final String TASK_STATEMENT = "Task_Statement";
  public static final String TASK_QUESTIONS = "Task_Questions";
  public static final String TASK_DISCUSSION = "Task_Discussion";
  public static final String TASK_NEGOTIATION = "Task_Negotiation";
  public static final String TASK_CONCLUSION = "Task_Conclusion";
  public static final String TASK_DECIDE_AFTER_MEETINGS = "Task_DecideAfterMeetings";
  public static final String TASK_DELIBERATE = "Task_Deliberate";
  public static final String TASK_RECORD_RESOLUTION = "Task_RecordResolution";
  public static final String TASK_EVALUATE_RESOLUTION = "Task_EvaluateResolution";
  public static final String TASK_DECIDE_AFTER_FAILED_VOTE = "Task_DecideAfterFailedVote";
  public static final String CALL_PUBLISH_RESULT = "Call_PublishResult";
  public static final String CALL_LEGALITY_REVIEW = "Call_LegalityReview";
  public static final String TASK_ASSIGN_IMPLEMENTATION = "Task_AssignImplementation";
  public static final String CALL_IMPLEMENTATION = "Call_Implementation";
  public static final String TASK_NOTIFY_REJECTION = "Task_NotifyRejection";
  public static final String EVENT_TOPIC_REJECTED = "Event_TopicRejected";
  public static final String EVENT_CONSULTATION_COMPLETED = "Event_ConsultationCompleted";

  /**
   * Where a matter waits for 群议: its meeting being planned (审议 — 准备议事协商会议), announced (会议通知) or held (the
   * five links) — the matters the monthly meeting takes up.
   */
  public static final List<String> WAITING_FOR_MEETING = List.of(TASK_PLAN_MEETING,
      TASK_SEND_MEETING_NOTICE, CALL_MEETING_NOTICE, TASK_STATEMENT, TASK_QUESTIONS, TASK_DISCUSSION, TASK_NEGOTIATION,
      TASK_CONCLUSION);

  public static final String CONFIRM = "confirm";
  public static final String OVERRIDE = "override";
  public static final String CONTINUE = "continue";
  public static final String CLOSE = "close";
  public static final String REVOTE = "revote";
  public static final String REDRAFT = "redraft";

  public static final String MAIL_MEETING_NOTICE = "yuzhong-meeting-notice";
  public static final String MAIL_TOPIC_REJECTED = "yuzhong-topic-rejected";

  private YuzhongProcess() {}
}
