package com.civicflow.consultation.cangzhou;

import com.civicflow.consultation.matter.ProcessVariable;
import java.util.Date;

/**
 * The variables of {@code cangzhou-eight-step}, one declaration each; a form field's key is the name.
 * Inputs of the shared call activities keep the contract's names (category, estimatedCost, resultText,
 * completionDeadline …), declared in legalreview.LegalReviewVariables and implementation.ImplementationVariables.
 */
public final class CangzhouVariables {

  // 提议题 (start form)
  public static final ProcessVariable<String> TOPIC_DESCRIPTION = ProcessVariable.string("topicDescription");
  /** 专题座谈会, 社区事务商谈会, 入户走访, 网络群, 其他. */
  public static final ProcessVariable<String> TOPIC_CHANNEL = ProcessVariable.string("topicChannel");
  /** 面对面 or 背靠背 (anonymous: no name is kept). */
  public static final ProcessVariable<String> TOPIC_MODE = ProcessVariable.string("topicMode");
  public static final ProcessVariable<String> RAISED_BY = ProcessVariable.string("raisedBy");
  /** 小区/网格/楼栋 the topic concerns, e.g. 万泰丽景小区. */
  public static final ProcessVariable<String> TOPIC_LOCATION = ProcessVariable.string("topicLocation");

  // 研究协商议题, 确定协商方案, 明确时间地点及参与主体
  /** admit | reject. */
  public static final ProcessVariable<String> STUDY_DECISION = ProcessVariable.string("studyDecision");
  public static final ProcessVariable<String> REJECTION_REASON = ProcessVariable.string("rejectionReason");
  public static final ProcessVariable<Date> MEETING_TIME = ProcessVariable.date("meetingTime");
  public static final ProcessVariable<String> MEETING_TIME_TEXT = ProcessVariable.string("meetingTimeText");
  public static final ProcessVariable<String> MEETING_PLACE = ProcessVariable.string("meetingPlace");
  public static final ProcessVariable<String> MEETING_PARTICIPANTS = ProcessVariable.string("meetingParticipants");
  public static final ProcessVariable<String> MEETING_NOTICE_TITLE = ProcessVariable.string("meetingNoticeTitle");
  public static final ProcessVariable<String> MEETING_NOTICE_BODY = ProcessVariable.string("meetingNoticeBody");
  public static final ProcessVariable<Long> MEETING_NOTICE_DAYS = ProcessVariable.number("meetingNoticeDays");

  // 出主意
  public static final ProcessVariable<String> TALKS_ATTENDANCE = ProcessVariable.string("talksAttendance");
  public static final ProcessVariable<String> TALKS_MINUTES = ProcessVariable.string("talksMinutes");
  public static final ProcessVariable<String> INITIAL_SUGGESTIONS = ProcessVariable.string("initialSuggestions");

  // 拟方案
  /** submit | withdraw. */
  public static final ProcessVariable<String> DRAFT_DECISION = ProcessVariable.string("draftDecision");
  public static final ProcessVariable<String> WITHDRAWAL_REASON = ProcessVariable.string("withdrawalReason");
  /** 方案 or 公约. */
  public static final ProcessVariable<String> PLAN_KIND = ProcessVariable.string("planKind");
  public static final ProcessVariable<String> PLAN_TEXT = ProcessVariable.string("planText");
  public static final ProcessVariable<Long> PLAN_ROUND = ProcessVariable.number("planRound");
  /** Why the plan came back to 拟方案 (no consensus, experts, vote, legality review, objection). */
  public static final ProcessVariable<String> PLAN_RETURN_REASON = ProcessVariable.string("planReturnReason");

  // 达共识
  public static final ProcessVariable<Boolean> CONSENSUS_REACHED = ProcessVariable.bool("consensusReached");
  public static final ProcessVariable<String> CONSENSUS_MINUTES = ProcessVariable.string("consensusMinutes");
  /** redraft | shelve, when no consensus. */
  public static final ProcessVariable<String> CONSENSUS_NEXT_STEP = ProcessVariable.string("consensusNextStep");
  public static final ProcessVariable<Long> CONSENSUS_ROUND = ProcessVariable.number("consensusRound");
  public static final ProcessVariable<Long> MAX_CONSENSUS_ROUNDS = ProcessVariable.number("maxConsensusRounds");

  // 定公约
  /** approved | revised | returned. */
  public static final ProcessVariable<String> EXPERT_DECISION = ProcessVariable.string("expertDecision");
  public static final ProcessVariable<String> EXPERT_OPINION = ProcessVariable.string("expertOpinion");
  public static final ProcessVariable<String> EXPERT_REVISED_PLAN = ProcessVariable.string("expertRevisedPlan");
  public static final ProcessVariable<String> EXPERT_REVIEWER = ProcessVariable.string("expertReviewer");

  // 说了算
  /** approval (赞成/反对) | choice (多选一). */
  public static final ProcessVariable<String> VOTE_MODE = ProcessVariable.string("voteMode");
  public static final ProcessVariable<Long> TOTAL_REPRESENTATIVES = ProcessVariable.number("totalRepresentatives");
  public static final ProcessVariable<Long> PRESENT_REPRESENTATIVES = ProcessVariable.number("presentRepresentatives");
  public static final ProcessVariable<Long> YES_VOTES = ProcessVariable.number("yesVotes");
  public static final ProcessVariable<String> VOTE_MINUTES = ProcessVariable.string("voteMinutes");
  public static final ProcessVariable<String> VOTE_TALLY = ProcessVariable.string("voteTally");
  public static final ProcessVariable<String> CHOSEN_OPTION = ProcessVariable.string("chosenOption");
  public static final ProcessVariable<Long> TOP_OPTION_VOTES = ProcessVariable.number("topOptionVotes");
  public static final ProcessVariable<Long> RUNNER_UP_VOTES = ProcessVariable.number("runnerUpVotes");
  public static final ProcessVariable<Boolean> FEE_SPLIT = ProcessVariable.bool("feeSplit");
  public static final ProcessVariable<Long> FEE_OCCUPIED = ProcessVariable.number("feePerOccupiedHousehold");
  public static final ProcessVariable<Long> FEE_EMPTY = ProcessVariable.number("feePerEmptyHousehold");
  public static final ProcessVariable<Long> HOUSEHOLDS_OCCUPIED = ProcessVariable.number("occupiedHouseholds");
  public static final ProcessVariable<Long> HOUSEHOLDS_EMPTY = ProcessVariable.number("emptyHouseholds");
  public static final ProcessVariable<Long> FEE_OCCUPIED_TOTAL = ProcessVariable.number("feeOccupiedTotal");
  public static final ProcessVariable<Long> FEE_EMPTY_TOTAL = ProcessVariable.number("feeEmptyTotal");
  public static final ProcessVariable<Long> FEE_TOTAL = ProcessVariable.number("feeTotal");
  public static final ProcessVariable<String> FEE_SPLIT_TEXT = ProcessVariable.string("feeSplitText");
  /** The decision table's verdict (cangzhou-eight-step-vote). */
  public static final ProcessVariable<Boolean> VOTE_PASSED = ProcessVariable.bool("votePassed");
  public static final ProcessVariable<String> VOTE_RESULT_REASON = ProcessVariable.string("voteResultReason");

  // 抓落实
  /** Checklist of responsible-unit group ids (form-js submits JSON); stored again as a list for the call. */
  public static final String RESPONSIBLE_UNITS = "responsibleUnits";
  public static final String RESPONSIBLE_UNIT_IDS = "responsibleUnitIds";
  public static final ProcessVariable<String> RESPONSIBLE_UNIT_NAMES = ProcessVariable.string("responsibleUnitNames");
  /** 谁负责、谁执行. */
  public static final ProcessVariable<String> UNIT_DUTIES = ProcessVariable.string("unitDuties");
  /** 谁受益、谁监督. */
  public static final ProcessVariable<String> SUPERVISION_ARRANGEMENT = ProcessVariable.string("supervisionArrangement");
  public static final ProcessVariable<String> JOINT_MEETING_MINUTES = ProcessVariable.string("jointMeetingMinutes");
  public static final ProcessVariable<Long> PROGRESS_REPORT_DAYS = ProcessVariable.number("progressReportDays");
  /** ISO 8601 cycle of the progress reports, e.g. R/P14D. */
  public static final ProcessVariable<String> PROGRESS_REPORT_CYCLE = ProcessVariable.string("progressReportCycle");

  // 全透明
  public static final ProcessVariable<String> RESULT_NOTICE_TITLE = ProcessVariable.string("resultNoticeTitle");
  public static final ProcessVariable<String> RESULT_NOTICE_BODY = ProcessVariable.string("resultNoticeBody");
  public static final ProcessVariable<Long> RESULT_NOTICE_DAYS = ProcessVariable.number("resultNoticeDays");
  public static final ProcessVariable<Boolean> RESULT_OBJECTION_UPHELD = ProcessVariable.bool("resultObjectionUpheld");
  public static final ProcessVariable<String> RESULT_UPHELD_OBJECTION = ProcessVariable.string("resultUpheldObjection");
  public static final ProcessVariable<Long> RESULT_OBJECTION_COUNT = ProcessVariable.number("resultObjectionCount");
  public static final ProcessVariable<String> PROGRESS_NOTICE_TITLE = ProcessVariable.string("progressNoticeTitle");
  public static final ProcessVariable<String> PROGRESS_NOTICE_BODY = ProcessVariable.string("progressNoticeBody");
  public static final ProcessVariable<Long> PROGRESS_NOTICE_DAYS = ProcessVariable.number("progressNoticeDays");
  public static final ProcessVariable<Long> PROGRESS_REPORT_COUNT = ProcessVariable.number("progressReportCount");

  private CangzhouVariables() {}
}
