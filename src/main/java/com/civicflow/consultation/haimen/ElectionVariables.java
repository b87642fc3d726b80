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
  /** Task-local: who nominated (the body), when it met and its minutes — entered by the nominating side itself. */
  public static final ProcessVariable<String> NOMINATING_BODY = ProcessVariable.string("nominatingBody");
  public static final ProcessVariable<String> NOMINATION_MEETING_DATE = ProcessVariable.string("nominationMeetingDate");
  public static final ProcessVariable<String> NOMINATION_MINUTES = ProcessVariable.string("nominationMinutes");
  /** Every nomination so far (source, body, meeting date, minutes, names, who entered it), for the file. */
  public static final ProcessVariable<String> NOMINATION_RECORD = ProcessVariable.string("nominationRecord");
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
  /** The two committees' screening as committee staff recorded it, awaiting the party secretary's confirmation. */
  public static final ProcessVariable<String> PROPOSED_STRIKES = ProcessVariable.string("proposedStrikes");
  public static final ProcessVariable<String> PROPOSED_STRIKE_REASON = ProcessVariable.string("proposedStrikeReason");
  /** Task-local: the party secretary's decision on it ({@link #SCREENING_CONFIRMED} / {@link #SCREENING_RETURNED}) and note. */
  public static final ProcessVariable<String> SCREENING_DECISION = ProcessVariable.string("screeningDecision");
  public static final ProcessVariable<String> SCREENING_RETURN_NOTE = ProcessVariable.string("screeningReturnNote");
  public static final ProcessVariable<Boolean> COMMITTEE_SCREENING_CONFIRMED = ProcessVariable.bool("committeeScreeningConfirmed");
  /** Why the party secretary sent the screening back, shown to the committee staff screening again. */
  public static final ProcessVariable<String> COMMITTEE_SCREENING_RETURN = ProcessVariable.string("committeeScreeningReturn");
  /** Every strike so far (screenings and upheld objections), for the file. */
  public static final ProcessVariable<String> SCREENING_RECORD = ProcessVariable.string("screeningRecord");
  public static final ProcessVariable<Long> OPEN_SEATS = ProcessVariable.number("openSeats");
  public static final ProcessVariable<String> BALLOT_MEETING = ProcessVariable.string("ballotMeeting");
  public static final ProcessVariable<Long> BALLOTS_CAST = ProcessVariable.number("ballotsCast");
  /**
   * Task-local: the ballot's table, a form-js dynamic list with one row per candidate ({@code name}, {@code votes}),
   * prefilled with the candidates by {@link CouncilCandidates#ballotRows}.
   */
  public static final ProcessVariable<Object> BALLOT_ROWS = ProcessVariable.json("ballotRows");
  /** Votes per candidate of the last ballot, one per line: 姓名 票数 (read from the table). */
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

  public static final String SCREENING_CONFIRMED = "confirmed";
  public static final String SCREENING_RETURNED = "returned";
  public static final String NEXT_NOTICE = "notice";
  public static final String NEXT_BALLOT = "ballot";
  public static final String NEXT_NOMINATIONS = "nominations";
  public static final long DEFAULT_SEATS = 7;

  private ElectionVariables() {}
}
