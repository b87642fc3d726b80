package com.civicflow.consultation.cangzhou;

/** 沧州市“八步议事” ({@code cangzhou-eight-step}): process key, element ids and the seed's words. */
public final class CangzhouProcess {

  public static final String KEY = "cangzhou-eight-step";
  public static final String VOTE_DECISION = "cangzhou-eight-step-vote";

  public static final String EVENT_TOPIC_RAISED = "Event_TopicRaised";
  public static final String TASK_STUDY_TOPIC = "Task_StudyTopic";
  public static final String EVENT_TOPIC_REJECTED = "Event_TopicRejected";
  public static final String CALL_MEETING_NOTICE = "Call_MeetingNotice";
  public static final String TASK_HOLD_TALKS = "Task_HoldTalks";
  public static final String GATEWAY_CONSENSUS = "Gateway_Consensus";
  public static final String GATEWAY_EXPERT_DECISION = "Gateway_ExpertDecision";
  public static final String GATEWAY_VOTE_PASSED = "Gateway_VotePassed";
  public static final String GATEWAY_LAWFUL = "Gateway_Lawful";
  public static final String GATEWAY_RESULT_OBJECTION = "Gateway_ResultObjection";
  public static final String TASK_DRAFT_PLAN = "Task_DraftPlan";
  public static final String EVENT_CONSULTATION_WITHDRAWN = "Event_ConsultationWithdrawn";
  public static final String TASK_REACH_CONSENSUS = "Task_ReachConsensus";
  public static final String EVENT_CONSULTATION_SHELVED = "Event_ConsultationShelved";
  public static final String TASK_EXPERT_REVIEW = "Task_ExpertReview";
  public static final String TASK_REPRESENTATIVES_VOTE = "Task_RepresentativesVote";
  public static final String TASK_DECIDE_VOTE = "Task_DecideVote";
  public static final String CALL_LEGALITY_REVIEW = "Call_LegalityReview";
  public static final String TASK_JOINT_MEETING = "Task_JointMeeting";
  public static final String CALL_PUBLISH_RESULT = "Call_PublishResult";
  public static final String CALL_IMPLEMENTATION = "Call_Implementation";
  public static final String TIMER_PROGRESS_REPORT = "Timer_ProgressReport";
  public static final String TASK_COMPOSE_PROGRESS_REPORT = "Task_ComposeProgressReport";
  public static final String CALL_PUBLISH_PROGRESS = "Call_PublishProgress";
  public static final String EVENT_PROGRESS_REPORTED = "Event_ProgressReported";
  public static final String EVENT_CONSULTATION_COMPLETED = "Event_ConsultationCompleted";


  /** Notice kinds of the shared public-notice call activity. */
  static final String NOTICE_MEETING = "会议通知";
  static final String NOTICE_RESULT = "协商结果";
  static final String NOTICE_PROGRESS = "进展报告";

  private CangzhouProcess() {}
}
