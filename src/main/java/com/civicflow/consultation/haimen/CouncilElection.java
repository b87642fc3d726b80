package com.civicflow.consultation.haimen;

/** The process {@code haimen-council-election} and its element ids. */
public final class CouncilElection {

  public static final String KEY = ElectionVariables.PROCESS_KEY;

  public static final String EVENT_ELECTION_STARTED = "Event_ElectionStarted";
  public static final String TASK_NOMINATE_BY_COMMITTEES = "Task_NominateByCommittees";
  public static final String TASK_NOMINATE_BY_OWNERS = "Task_NominateByOwners";
  public static final String TASK_NOMINATE_BY_MEMBERS = "Task_NominateByMembers";
  public static final String TASK_MERGE_NOMINATIONS = "Task_MergeNominations";
  public static final String TASK_SCREEN_BY_COMMITTEES = "Task_ScreenByCommittees";
  public static final String TASK_CONFIRM_SCREENING = "Task_ConfirmCommitteeScreening";
  public static final String TASK_SCREEN_BY_PARTY = "Task_ScreenByPartyCommittee";
  public static final String GATEWAY_COMPETITIVE = "Gateway_Competitive";
  public static final String TASK_SECRET_BALLOT = "Task_SecretBallot";
  public static final String TASK_COUNT_VOTES = "Task_CountVotes";
  public static final String CALL_PUBLISH_RESULT = "Call_PublishResult";
  public static final String TASK_STRIKE_OBJECTED = "Task_StrikeObjected";
  public static final String TASK_REFILL_SEAT = "Task_RefillSeat";
  public static final String TASK_INSTALL_COUNCIL = "Task_InstallCouncil";
  public static final String EVENT_COUNCIL_ELECTED = "Event_CouncilElected";

  private CouncilElection() {}
}
