package com.civicflow.consultation.haimen;

import com.civicflow.consultation.matter.ProcessVariable;

/** Variables of {@code haimen-council-election} (三推两选一票决一公示), declared once. */
public final class ElectionVariables {

  public static final String PROCESS_KEY = "haimen-council-election";

  /** 常务理事席位数 (the "7" of 1+7+X), default 7. */
  public static final ProcessVariable<Long> SEATS = ProcessVariable.number("seats");
  /** Task-local: which nomination a nomination task records (两委 / 业主委员会 / 党员群众). */
  public static final ProcessVariable<String> NOMINATION_SOURCE = ProcessVariable.string("nominationSource");
  /** Task-local: the residents one nomination task names, one name per line. */
  public static final ProcessVariable<String> NOMINATIONS = ProcessVariable.string("nominations");
  /** Task-local: the community's users one nomination task chooses (a taglist: their user ids). */
  public static final ProcessVariable<Object> NOMINATED_USERS = ProcessVariable.json("nominatedUsers");
  /** Task-local: the users a nomination may choose, offered by the form ({@link CouncilCandidates#eligible}). */
  public static final String ELIGIBLE_USER_OPTIONS = "eligibleUserOptions";
  /** Task-local: the current candidates a screening may strike, offered by the form ({@link CouncilCandidates#current}). */
  public static final String CANDIDATE_OPTIONS = "candidateOptions";
  public static final ProcessVariable<String> NOMINATIONS_BY_COMMITTEES = ProcessVariable.string("nominationsByCommittees");
  public static final ProcessVariable<String> NOMINATIONS_BY_OWNERS = ProcessVariable.string("nominationsByOwners");
  public static final ProcessVariable<String> NOMINATIONS_BY_MEMBERS = ProcessVariable.string("nominationsByMembers");
  public static final ProcessVariable<Long> NOMINATION_ROUND = ProcessVariable.number("nominationRound");
  /** The current candidates, one per line: 姓名 [用户名]. */
  public static final ProcessVariable<String> CANDIDATES = ProcessVariable.string("candidates");
  public static final ProcessVariable<Long> CANDIDATE_COUNT = ProcessVariable.number("candidateCount");
  /** 差额: more candidates than open seats. */
  public static final ProcessVariable<Boolean> COMPETITIVE_BALLOT = ProcessVariable.bool("competitiveBallot");
  /** Task-local: the candidates a screening strikes (a taglist: their names), and why. */
  public static final ProcessVariable<Object> STRIKES = ProcessVariable.json("strikes");
  public static final ProcessVariable<String> STRIKE_REASON = ProcessVariable.string("strikeReason");
  /** Every strike so far (screenings and upheld objections), for the file. */
  public static final ProcessVariable<String> SCREENING_RECORD = ProcessVariable.string("screeningRecord");
  public static final ProcessVariable<Long> OPEN_SEATS = ProcessVariable.number("openSeats");
  public static final ProcessVariable<String> BALLOT_MEETING = ProcessVariable.string("ballotMeeting");
  public static final ProcessVariable<Long> BALLOTS_CAST = ProcessVariable.number("ballotsCast");
  /** Votes per candidate of the last ballot, one per line: 姓名 票数. */
  public static final ProcessVariable<String> BALLOT_TALLY = ProcessVariable.string("ballotTally");
  public static final ProcessVariable<Long> BALLOT_ROUND = ProcessVariable.number("ballotRound");
  /** Every round's tally and outcome, for the file. */
  public static final ProcessVariable<String> BALLOT_RECORD = ProcessVariable.string("ballotRecord");
  /** Elected so far, one per line: 姓名 [用户名]. */
  public static final ProcessVariable<String> ELECTED_MEMBERS = ProcessVariable.string("electedMembers");
  /** What follows the count or a refill: {@link #NEXT_NOTICE}, {@link #NEXT_BALLOT}, {@link #NEXT_NOMINATIONS}. */
  public static final ProcessVariable<String> ELECTION_NEXT = ProcessVariable.string("electionNext");
  public static final ProcessVariable<String> ELECTION_RESULT = ProcessVariable.string("electionResult");
  public static final ProcessVariable<String> STRUCK_MEMBER = ProcessVariable.string("struckMember");
  public static final ProcessVariable<String> COUNCIL_GROUP = ProcessVariable.string("councilGroup");
  public static final ProcessVariable<String> HONORARY_CHAIR = ProcessVariable.string("honoraryChair");

  public static final String NEXT_NOTICE = "notice";
  public static final String NEXT_BALLOT = "ballot";
  public static final String NEXT_NOMINATIONS = "nominations";
  public static final long DEFAULT_SEATS = 7;

  private ElectionVariables() {}
}
