package com.civicflow.consultation.dongcheng;

import com.civicflow.consultation.matter.ProcessVariable;
import java.util.Date;
import java.util.List;

/** The variables of {@code dongcheng-consultation}, declared once (form keys are these names). */
public final class DongchengVariables {

  // 汇集民意，确定议题
  public static final ProcessVariable<String> TOPIC_CATEGORY = ProcessVariable.string("topicCategory");
  public static final ProcessVariable<String> TOPIC_BACKGROUND = ProcessVariable.string("topicBackground");
  public static final ProcessVariable<String> LINKED_MATTERS = ProcessVariable.string("linkedMatters");
  public static final ProcessVariable<String> LINKED_FROM_MATTER = ProcessVariable.string("linkedFromMatter");
  public static final ProcessVariable<String> CONSULTATION_LEVEL = ProcessVariable.string("consultationLevel");
  public static final ProcessVariable<String> HANDLING = ProcessVariable.string("handling");
  public static final ProcessVariable<String> CONSULTATION_LAYER = ProcessVariable.string("consultationLayer");
  public static final ProcessVariable<String> CONSULTATION_FORM = ProcessVariable.string("consultationForm");
  public static final ProcessVariable<String> MEETING_HOST = ProcessVariable.string("meetingHost");
  public static final ProcessVariable<String> MEETING_TIME = ProcessVariable.string("meetingTime");
  /** The meeting time as people read it (notice, forms): 2026年3月12日 19:00. */
  public static final ProcessVariable<String> MEETING_TIME_TEXT = ProcessVariable.string("meetingTimeText");
  public static final ProcessVariable<String> MEETING_PLACE = ProcessVariable.string("meetingPlace");
  public static final ProcessVariable<String> SELECTION_METHOD = ProcessVariable.string("selectionMethod");
  public static final ProcessVariable<String> PARTICIPANT_CANDIDATES = ProcessVariable.string("participantCandidates");
  public static final ProcessVariable<Long> PARTICIPANT_SEATS = ProcessVariable.number("participantSeats");
  public static final ProcessVariable<Long> SAMPLING_SEED = ProcessVariable.number("samplingSeed");
  public static final ProcessVariable<Date> SAMPLING_DRAWN_AT = ProcessVariable.date("samplingDrawnAt");
  public static final ProcessVariable<String> SAMPLED_PARTICIPANTS = ProcessVariable.string("sampledParticipants");
  public static final ProcessVariable<String> PARTICIPANTS = ProcessVariable.string("participants");
  public static final ProcessVariable<Boolean> INVOLVES_DEPARTMENTS = ProcessVariable.bool("involvesDepartments");
  public static final ProcessVariable<Boolean> TECHNICAL = ProcessVariable.bool("technicalTopic");
  public static final ProcessVariable<Boolean> INVOLVES_LAW = ProcessVariable.bool("involvesLaw");
  public static final ProcessVariable<String> MEETING_NOTICE_TITLE = ProcessVariable.string("meetingNoticeTitle");
  public static final ProcessVariable<String> RESULT_NOTICE_TITLE = ProcessVariable.string("resultNoticeTitle");
  public static final ProcessVariable<String> RESULT_NOTICE_TEXT = ProcessVariable.string("resultNoticeText");
  public static final ProcessVariable<String> MEETING_NOTICE_TEXT = ProcessVariable.string("meetingNoticeText");

  // 参与报名 (one application, local to its event subprocess)
  public static final ProcessVariable<String> APPLICATION_DECISION = ProcessVariable.string("applicationDecision");
  public static final ProcessVariable<String> APPLICATION_REPLY = ProcessVariable.string("applicationReply");
  public static final ProcessVariable<Long> APPLICATIONS_ACCEPTED = ProcessVariable.number("applicationsAccepted");
  public static final ProcessVariable<Long> APPLICATIONS_DECLINED = ProcessVariable.number("applicationsDeclined");

  // 扩大参与范围
  public static final ProcessVariable<String> DEPARTMENTS_INVITED = ProcessVariable.string("departmentsInvited");
  public static final ProcessVariable<String> EXPERT_OPINION = ProcessVariable.string("expertOpinion");

  // 展开讨论 / 共同决策
  public static final ProcessVariable<Long> MEETING_ROUND = ProcessVariable.number("meetingRound");
  public static final ProcessVariable<Boolean> HOST_NEUTRAL = ProcessVariable.bool("hostNeutral");
  public static final ProcessVariable<String> DISCUSSION_MINUTES = ProcessVariable.string("discussionMinutes");
  public static final ProcessVariable<String> DELIBERATION_OUTCOME = ProcessVariable.string("deliberationOutcome");
  public static final ProcessVariable<String> DELIBERATION_ROUTE = ProcessVariable.string("deliberationRoute");
  public static final ProcessVariable<String> RESULT_TEXT = ProcessVariable.string("resultText");
  public static final ProcessVariable<String> DISPUTE_PATH = ProcessVariable.string("disputePath");
  public static final ProcessVariable<String> SHELVE_REASON = ProcessVariable.string("shelveReason");
  public static final ProcessVariable<Long> SHELVE_WORKDAYS = ProcessVariable.number("shelveWorkdays");
  public static final ProcessVariable<String> SHELVE_DURATION = ProcessVariable.string("shelveDuration");
  public static final ProcessVariable<Long> SHELVE_COUNT = ProcessVariable.number("shelveCount");
  public static final ProcessVariable<String> RESIDENTS_MEETING_KIND = ProcessVariable.string("residentsMeetingKind");
  public static final ProcessVariable<Long> ENTITLED_COUNT = ProcessVariable.number("meetingEntitledCount");
  public static final ProcessVariable<Long> PRESENT_COUNT = ProcessVariable.number("meetingPresentCount");
  public static final ProcessVariable<Long> VOTES_FOR = ProcessVariable.number("meetingVotesFor");
  public static final ProcessVariable<Long> VOTES_AGAINST = ProcessVariable.number("meetingVotesAgainst");
  public static final ProcessVariable<String> RESIDENTS_MEETING_MINUTES = ProcessVariable.string("residentsMeetingMinutes");
  public static final ProcessVariable<Boolean> RESOLUTION_PASSED = ProcessVariable.bool("resolutionPassed");
  public static final ProcessVariable<String> RESOLUTION_REASON = ProcessVariable.string("resolutionReason");

  // 合法性审核 inputs derived here
  public static final ProcessVariable<String> CATEGORY = ProcessVariable.string("category");

  // 群策群力，共建共享
  public static final ProcessVariable<String> IMPLEMENTATION_MODE = ProcessVariable.string("implementationMode");
  public static final ProcessVariable<String> FUNDING_SOURCE = ProcessVariable.string("fundingSource");

  // 协商资金: 经居民会议和居民代表会议讨论决定，按照居务公开的要求予以公示，并定期组织开展审计
  public static final ProcessVariable<Long> FUNDING_AMOUNT = ProcessVariable.number("fundingAmount");
  public static final ProcessVariable<String> FUNDING_USE = ProcessVariable.string("fundingUse");
  public static final ProcessVariable<Boolean> FUNDED = ProcessVariable.bool("funded");
  public static final ProcessVariable<String> FUNDING_MEETING_KIND = ProcessVariable.string("fundingMeetingKind");
  public static final ProcessVariable<Long> FUNDING_ENTITLED = ProcessVariable.number("fundingMeetingEntitledCount");
  public static final ProcessVariable<Long> FUNDING_PRESENT = ProcessVariable.number("fundingMeetingPresentCount");
  public static final ProcessVariable<Long> FUNDING_VOTES_FOR = ProcessVariable.number("fundingVotesFor");
  public static final ProcessVariable<Long> FUNDING_VOTES_AGAINST = ProcessVariable.number("fundingVotesAgainst");
  public static final ProcessVariable<String> FUNDING_MEETING_MINUTES = ProcessVariable.string("fundingMeetingMinutes");
  public static final ProcessVariable<Boolean> FUNDING_APPROVED = ProcessVariable.bool("fundingApproved");
  public static final ProcessVariable<String> TRACKING_OUTCOME = ProcessVariable.string("trackingOutcome");
  public static final ProcessVariable<String> TRACKING_NOTE = ProcessVariable.string("trackingNote");
  public static final ProcessVariable<String> ASSISTANCE_REQUEST = ProcessVariable.string("assistanceRequest");
  public static final ProcessVariable<String> ASSISTANCE_REPORT = ProcessVariable.string("assistanceReport");
  /** The departments named in one street step (form key); collected into {@link #ASSISTING_DEPARTMENTS}. */
  public static final ProcessVariable<String> DEPARTMENTS_ASSISTED = ProcessVariable.string("departmentsAssisted");
  /** 协助办理的区有关部门 of the matter, one per line: whom the periodic rating round rates. */
  public static final ProcessVariable<String> ASSISTING_DEPARTMENTS = ProcessVariable.string("assistingDepartments");
  public static final ProcessVariable<String> NEW_DISPUTE_TOPIC = ProcessVariable.string("newDisputeTopic");

  // 转办 / 街道协商
  public static final ProcessVariable<String> TRANSFER_REQUEST = ProcessVariable.string("transferRequest");
  public static final ProcessVariable<Date> TRANSFER_FEEDBACK_DUE = ProcessVariable.date("transferFeedbackDue");
  public static final ProcessVariable<String> TRANSFER_OVERDUE_CYCLE = ProcessVariable.string("transferOverdueCycle");
  public static final ProcessVariable<Long> TRANSFER_FEEDBACK_WORKDAYS = ProcessVariable.number("transferFeedbackWorkdays");
  public static final ProcessVariable<String> TRANSFER_FEEDBACK = ProcessVariable.string("transferFeedback");
  public static final ProcessVariable<Boolean> LIFT_TO_STREET = ProcessVariable.bool("liftToStreet");
  public static final ProcessVariable<String> STREET_MATTER_NUMBER = ProcessVariable.string("streetMatterNumber");
  public static final ProcessVariable<String> RESPONSIBLE_UNIT_NAME = ProcessVariable.string("responsibleUnitName");

  // 评估反馈
  public static final ProcessVariable<String> EVALUATOR_ORGANISATION = ProcessVariable.string("thirdPartyEvaluator");
  public static final ProcessVariable<String> THIRD_PARTY_EVALUATION = ProcessVariable.string("thirdPartyEvaluation");
  /** Typed in by the 居委会 in earlier versions (it signed off for the group): kept for those matters' personal data. */
  public static final ProcessVariable<String> SUPERVISION_GROUP_MEMBERS = ProcessVariable.string("supervisionGroupMembers");
  public static final ProcessVariable<Boolean> THIRD_PARTY_CHOSEN = ProcessVariable.bool("thirdPartyChosen");
  public static final ProcessVariable<String> THIRD_PARTY_REASON = ProcessVariable.string("thirdPartyReason");

  // 居民监督小组 (role residents-supervision): sign-off at the result and at its implementation
  public static final ProcessVariable<String> RESULT_SUPERVISION_VERDICT = ProcessVariable.string("resultSupervisionVerdict");
  public static final ProcessVariable<String> RESULT_SUPERVISION_OPINION = ProcessVariable.string("resultSupervisionOpinion");
  public static final ProcessVariable<String> IMPLEMENTATION_SUPERVISION_VERDICT =
      ProcessVariable.string("implementationSupervisionVerdict");
  public static final ProcessVariable<String> IMPLEMENTATION_SUPERVISION_OPINION =
      ProcessVariable.string("implementationSupervisionOpinion");
  public static final ProcessVariable<String> RECTIFICATION_REPORT = ProcessVariable.string("rectificationReport");
  public static final ProcessVariable<Long> SUPERVISION_OBJECTIONS = ProcessVariable.number("supervisionObjectionCount");

  static final List<String> CATEGORIES = List.of("法律法规和政策要求协商的事项", "公共事务和公益事业",
      "实际困难和问题、矛盾纠纷", "居民自治章程和院落（楼）公约", "方针政策和重点部署的落实", "居民和各类主体提出的协商要求");
  static final List<String> LAYERS = List.of("街道", "社区", "网格", "小区", "楼栋");
  static final List<String> FORMS = List.of("居民会议", "居民代表会议", "社区决策听证", "楼院理事会", "小区协商",
      "业主协商", "民主评议", "社区（居民）论坛", "开放空间", "社区议事会", "展望未来论坛", "网络协商");
  static final List<String> SELECTION_METHODS = List.of("公开报名", "主动邀请", "随机抽样", "重点配额");
  static final List<String> HANDLINGS = List.of("社区协商", "转办街道");
  static final List<String> OUTCOMES = List.of("达成共识", "分歧较大", "仍有较大争议");
  static final List<String> DISPUTE_PATHS = List.of("搁置", "居民会议", "居民代表会议");
  static final List<String> MODES = List.of("居民行动小组", "委托社会力量");
  static final String NO_FUNDING = "无需资金";
  static final List<String> FUNDING = List.of(NO_FUNDING, "政府购买服务", "社区公益金", "居民自筹");
  static final List<String> FUNDING_MEETINGS = List.of("居民会议", "居民代表会议");
  static final String CONFIRMED = "确认";
  static final String OBJECTED = "有异议";
  static final List<String> VERDICTS = List.of(CONFIRMED, OBJECTED);
  static final List<String> TRACKING = List.of("已落实", "落实困难", "出现新分歧");

  private DongchengVariables() {}
}
