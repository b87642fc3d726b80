package com.civicflow.consultation.dongcheng;

/** The {@code dongcheng-consultation} process: its key, decisions and element ids. */
public final class DongchengConsultation {

  public static final String PROCESS_KEY = "dongcheng-consultation";
  public static final String DECISION_DELIBERATION = "dongcheng-consultation-deliberation";
  public static final String DECISION_RESIDENTS_MEETING = "dongcheng-consultation-residents-meeting";

  public static final String EVENT_TOPIC_RAISED = "Event_TopicRaised";
  public static final String TASK_FIX_TOPIC = "Task_FixTopic";
  public static final String TASK_DRAW_LOTS = "Task_DrawLots";
  public static final String SUBPROCESS_MEETING_NOTICE = "SubProcess_MeetingNotice";
  public static final String CALL_MEETING_NOTICE = "Call_MeetingNotice";
  public static final String TASK_REVIEW_APPLICATION = "Task_ReviewApplication";
  public static final String TASK_COORDINATE_DEPARTMENTS = "Task_CoordinateDepartments";
  public static final String TASK_EXPERT_REVIEW = "Task_ExpertReview";
  public static final String TASK_HOLD_DISCUSSION = "Task_HoldDiscussion";
  public static final String TASK_DELIBERATE = "Task_Deliberate";
  public static final String TASK_CHOOSE_DISPUTE_PATH = "Task_ChooseDisputePath";
  public static final String TIMER_SHELVED = "Timer_Shelved";
  public static final String TASK_RESIDENTS_MEETING = "Task_ResidentsMeeting";
  public static final String EVENT_NOT_ADOPTED = "Event_NotAdopted";
  public static final String CALL_LEGALITY_REVIEW = "Call_LegalityReview";
  public static final String TASK_SUPERVISE_RESULT = "Task_GroupSupervisesResult";
  public static final String TASK_PLAN_IMPLEMENTATION = "Task_PlanImplementation";
  public static final String TASK_FUNDING_MEETING = "Task_FundingMeeting";
  public static final String TASK_PUBLISH_FUNDING = "Task_PublishFunding";
  public static final String CALL_IMPLEMENTATION = "Call_Implementation";
  public static final String TASK_TRACK_IMPLEMENTATION = "Task_TrackImplementation";
  public static final String TASK_STREET_ASSIST = "Task_StreetAssist";
  public static final String TASK_START_LINKED_CONSULTATION = "Task_StartLinkedConsultation";
  public static final String TASK_SUPERVISE_IMPLEMENTATION = "Task_GroupSupervisesImplementation";
  public static final String TASK_RECTIFY = "Task_Rectify";
  public static final String CALL_PUBLISH_RESULT = "Call_PublishResult";
  public static final String TASK_DECIDE_THIRD_PARTY = "Task_DecideThirdParty";
  public static final String TIMER_THIRD_PARTY_UNDECIDED = "Timer_ThirdPartyUndecided";
  public static final String TASK_THIRD_PARTY_EVALUATION = "Task_ThirdPartyEvaluation";
  public static final String EVENT_CONSULTATION_CLOSED = "Event_ConsultationClosed";
  public static final String TASK_STREET_TRANSFER = "Task_StreetTransfer";
  public static final String TIMER_TRANSFER_OVERDUE = "Timer_TransferOverdue";
  public static final String TASK_ESCALATE_TRANSFER = "Task_EscalateTransfer";
  public static final String TASK_SUPERVISE_TRANSFER = "Task_SuperviseTransfer";
  public static final String TASK_LIFT_TO_STREET = "Task_LiftToStreet";
  public static final String EVENT_LIFTED_TO_STREET = "Event_LiftedToStreet";
  public static final String EVENT_TRANSFER_ANSWERED = "Event_TransferAnswered";

  /** Applications to take part arrive by this message (sent by the notice board's application desk). */
  public static final String MESSAGE_APPLICATION = com.civicflow.consultation.notice.PublicNotice.MESSAGE_PARTICIPATION;

  private DongchengConsultation() {}
}
