package com.civicflow.consultation.yuzhong;

import com.civicflow.consultation.matter.ProcessVariable;
import java.util.Date;
import java.util.List;

/** The variables of {@code yuzhong-six-plus-five}, declared once; a form field's key is the variable's name. */
public final class YuzhongVariables {

  // 提议 (start form)
  public static final ProcessVariable<String> TOPIC_DESCRIPTION = ProcessVariable.string("topicDescription");
  /** One of the five classes: 公益事业, 工作部署, 矛盾纠纷, 自治制度, 其他. */
  public static final ProcessVariable<String> CATEGORY = ProcessVariable.string("category");
  /** One of the 21 items of the catalogue (decision {@code yuzhong-six-plus-five-catalogue}). */
  public static final ProcessVariable<String> CATALOGUE_ITEM = ProcessVariable.string("catalogueItem");
  /** 入户走访, 民情日志, 社区工作日, 网上. */
  public static final ProcessVariable<String> TOPIC_SOURCE = ProcessVariable.string("topicSource");
  public static final ProcessVariable<Long> HOUSEHOLDS_AFFECTED = ProcessVariable.number("householdsAffected");
  public static final ProcessVariable<Boolean> WITHIN_COMMUNITY_POWERS = ProcessVariable.bool("withinCommunityPowers");
  public static final ProcessVariable<Boolean> CONTRARY_TO_LAW = ProcessVariable.bool("contraryToLaw");

  // 审议: screening
  /** What the screening table said: 必议, 可议, 能议 or 不宜协商. */
  public static final ProcessVariable<String> SCREENING_CLASS = ProcessVariable.string("screeningClass");
  public static final ProcessVariable<String> SCREENING_REASON = ProcessVariable.string("screeningReason");
  /** {@code confirm} or {@code override}. */
  public static final ProcessVariable<String> SCREENING_DECISION = ProcessVariable.string("screeningDecision");
  public static final ProcessVariable<String> SCREENING_OVERRIDE_CLASS = ProcessVariable.string("screeningOverrideClass");
  public static final ProcessVariable<String> SCREENING_JUSTIFICATION = ProcessVariable.string("screeningJustification");
  /** The committee's final class of the topic. */
  public static final ProcessVariable<String> TOPIC_CLASS = ProcessVariable.string("topicClass");
  public static final ProcessVariable<Boolean> TOPIC_ADMISSIBLE = ProcessVariable.bool("topicAdmissible");

  // 审议: the meeting's form, time, place and participants
  public static final ProcessVariable<String> MEETING_FORM = ProcessVariable.string("meetingForm");
  /** 会议时间 as the form submitted it (kept as text so that the form shows it again). */
  public static final ProcessVariable<String> MEETING_TIME = ProcessVariable.string("meetingTime");
  public static final ProcessVariable<Date> MEETING_AT = ProcessVariable.date("meetingAt");
  public static final ProcessVariable<String> MEETING_TIME_TEXT = ProcessVariable.string("meetingTimeText");
  public static final ProcessVariable<String> MEETING_PLACE = ProcessVariable.string("meetingPlace");
  public static final ProcessVariable<String> ORGANISER_PARTICIPANTS = ProcessVariable.string("organiserParticipants");
  public static final ProcessVariable<String> INTERESTED_PARTIES = ProcessVariable.string("interestedParties");
  public static final ProcessVariable<String> THIRD_PARTIES = ProcessVariable.string("thirdParties");
  /** Expert fields drawn from the pool (a checklist: JSON list), as text once checked. */
  public static final String EXPERT_FIELDS = "expertFields";
  public static final ProcessVariable<String> EXPERT_FIELDS_TEXT = ProcessVariable.string("expertFieldsText");
  public static final ProcessVariable<String> PARTICIPANT_EMAILS = ProcessVariable.string("participantEmails");
  public static final ProcessVariable<String> MEETING_NOTICE_TITLE = ProcessVariable.string("meetingNoticeTitle");
  public static final ProcessVariable<String> MEETING_NOTICE_BODY = ProcessVariable.string("meetingNoticeBody");
  public static final ProcessVariable<Long> MEETING_NOTICE_DAYS = ProcessVariable.number("meetingNoticeDays");

  // 群议: the five links
  public static final ProcessVariable<String> STATEMENT_MINUTES = ProcessVariable.string("statementMinutes");
  public static final ProcessVariable<String> QUESTIONS_MINUTES = ProcessVariable.string("questionsMinutes");
  public static final ProcessVariable<String> DISCUSSION_MINUTES = ProcessVariable.string("discussionMinutes");
  public static final ProcessVariable<String> NEGOTIATION_MINUTES = ProcessVariable.string("negotiationMinutes");
  public static final ProcessVariable<String> CONCLUSION_MINUTES = ProcessVariable.string("conclusionMinutes");
  public static final ProcessVariable<Boolean> CONCLUSION_REACHED = ProcessVariable.bool("conclusionReached");
  public static final ProcessVariable<Long> MEETING_ROUND = ProcessVariable.number("meetingRound");
  public static final ProcessVariable<Long> MAX_MEETING_ROUNDS = ProcessVariable.number("maxMeetingRounds");
  public static final ProcessVariable<Boolean> ANOTHER_MEETING_ALLOWED = ProcessVariable.bool("anotherMeetingAllowed");
  /** After the last allowed meeting: {@code continue} or {@code close}. */
  public static final ProcessVariable<String> MEETINGS_DECISION = ProcessVariable.string("meetingsDecision");
  public static final ProcessVariable<String> MEETINGS_DECISION_NOTE = ProcessVariable.string("meetingsDecisionNote");

  // 合议
  public static final ProcessVariable<String> RESULT_TEXT = ProcessVariable.string("resultText");
  public static final ProcessVariable<Long> ESTIMATED_COST = ProcessVariable.number("estimatedCost");
  public static final ProcessVariable<Boolean> TOUCHES_PROPERTY_RIGHTS = ProcessVariable.bool("touchesPropertyRights");
  public static final ProcessVariable<Boolean> INVOLVES_FEES = ProcessVariable.bool("involvesFees");
  public static final ProcessVariable<Boolean> INVOLVES_DEMOLITION = ProcessVariable.bool("involvesDemolition");
  public static final ProcessVariable<Boolean> AFFECTS_PUBLIC_SAFETY = ProcessVariable.bool("affectsPublicSafety");
  public static final ProcessVariable<String> CONSULTATION_LEVEL = ProcessVariable.string("consultationLevel");

  // 决议
  public static final ProcessVariable<Long> REPRESENTATIVES_TOTAL = ProcessVariable.number("representativesTotal");
  public static final ProcessVariable<Long> REPRESENTATIVES_PRESENT = ProcessVariable.number("representativesPresent");
  public static final ProcessVariable<Long> VOTES_FOR = ProcessVariable.number("votesFor");
  public static final ProcessVariable<Long> VOTES_AGAINST = ProcessVariable.number("votesAgainst");
  public static final ProcessVariable<Long> VOTES_ABSTAIN = ProcessVariable.number("votesAbstain");
  public static final ProcessVariable<String> RESOLUTION_MINUTES = ProcessVariable.string("resolutionMinutes");
  public static final ProcessVariable<String> VOTE_TALLY = ProcessVariable.string("voteTally");
  public static final ProcessVariable<Boolean> QUORUM_REACHED = ProcessVariable.bool("quorumReached");
  public static final ProcessVariable<Boolean> RESOLUTION_PASSED = ProcessVariable.bool("resolutionPassed");
  public static final ProcessVariable<String> RESOLUTION_REASON = ProcessVariable.string("resolutionReason");
  /** After a failed vote: {@code revote}, {@code redraft} or {@code close}. */
  public static final ProcessVariable<String> FAILED_VOTE_DECISION = ProcessVariable.string("failedVoteDecision");
  public static final ProcessVariable<String> FAILED_VOTE_NOTE = ProcessVariable.string("failedVoteNote");

  // 协商后
  public static final ProcessVariable<String> RESULT_NOTICE_TITLE = ProcessVariable.string("resultNoticeTitle");
  public static final ProcessVariable<String> RESULT_NOTICE_BODY = ProcessVariable.string("resultNoticeBody");
  public static final ProcessVariable<Boolean> OBJECTION_UPHELD = ProcessVariable.bool("objectionUpheld");
  public static final ProcessVariable<String> UPHELD_OBJECTION = ProcessVariable.string("upheldObjection");
  public static final ProcessVariable<String> LEGAL_REVIEW_OUTCOME = ProcessVariable.string("legalReviewOutcome");
  public static final ProcessVariable<String> REVISED_RESULT_TEXT = ProcessVariable.string("revisedResultText");
  /** The text the responsible unit carries out: the resolution, or the reviewer's revised text. */
  public static final ProcessVariable<String> IMPLEMENTATION_TEXT = ProcessVariable.string("implementationText");
  public static final ProcessVariable<String> RESPONSIBLE_UNIT = ProcessVariable.string("responsibleUnit");
  public static final ProcessVariable<String> COMPLETION_DEADLINE = ProcessVariable.string("completionDeadline");
  public static final ProcessVariable<String> EVALUATION_RESULT = ProcessVariable.string("evaluationResult");

  // closing
  public static final ProcessVariable<String> REJECTION_REASON = ProcessVariable.string("rejectionReason");
  public static final ProcessVariable<String> PROPOSER_EMAIL = ProcessVariable.string("proposerEmail");

  // 每月协商议事会议 (yuzhong-monthly-meeting, started by the schedule yuzhong-monthly-meeting-schedule)
  /** The month, e.g. 2026-12: the key that keeps a community's meeting of a month from starting twice. */
  public static final ProcessVariable<String> MONTHLY_MEETING_MONTH = ProcessVariable.string("monthlyMeetingMonth");
  /** By when the meeting is recorded: the month's last working day, at the configured hour. */
  public static final ProcessVariable<Date> MONTHLY_MEETING_DUE = ProcessVariable.date("monthlyMeetingDue");
  /** The matters waiting for 群议 when the meeting was scheduled, one line each (number, topic, stage). */
  public static final ProcessVariable<String> MONTHLY_MEETING_AGENDA = ProcessVariable.string("monthlyMeetingAgenda");
  public static final ProcessVariable<Long> MONTHLY_MEETING_MATTER_COUNT = ProcessVariable.number("monthlyMeetingMatterCount");
  /** The same matters as the choices of “本次协商的事项” (Json options, value = matter number). */
  public static final ProcessVariable<Object> MONTHLY_MEETING_AGENDA_OPTIONS = ProcessVariable.json("monthlyMeetingAgendaOptions");
  public static final ProcessVariable<Boolean> MONTHLY_MEETING_HELD = ProcessVariable.bool("monthlyMeetingHeld");
  /** 会议时间 as the form submitted it; {@link #MONTHLY_MEETING_AT} the same as a date. */
  public static final ProcessVariable<String> MONTHLY_MEETING_TIME = ProcessVariable.string("monthlyMeetingTime");
  public static final ProcessVariable<Date> MONTHLY_MEETING_AT = ProcessVariable.date("monthlyMeetingAt");
  public static final ProcessVariable<String> MONTHLY_MEETING_PARTICIPANTS = ProcessVariable.string("monthlyMeetingParticipants");
  /** The matters deliberated (a checklist: Json list of matter numbers), as text once checked. */
  public static final ProcessVariable<Object> MONTHLY_MEETING_MATTERS = ProcessVariable.json("monthlyMeetingMatters");
  public static final ProcessVariable<String> MONTHLY_MEETING_MATTERS_TEXT = ProcessVariable.string("monthlyMeetingMattersText");
  public static final ProcessVariable<String> MONTHLY_MEETING_MINUTES = ProcessVariable.string("monthlyMeetingMinutes");
  public static final ProcessVariable<String> MONTHLY_MEETING_NOT_HELD_REASON = ProcessVariable.string("monthlyMeetingNotHeldReason");
  /** On a run of the schedule: the communities whose meeting it started, comma separated. */
  public static final ProcessVariable<String> MONTHLY_MEETINGS_STARTED = ProcessVariable.string("monthlyMeetingsStarted");

  public static final String NOT_FOR_CONSULTATION = "不宜协商";
  public static final List<String> TOPIC_CLASSES = List.of("必议", "可议", "能议", NOT_FOR_CONSULTATION);
  public static final List<String> CATEGORIES = List.of("公益事业", "工作部署", "矛盾纠纷", "自治制度", "其他");
  public static final List<String> SOURCES = List.of("入户走访", "民情日志", "社区工作日", "网上");
  public static final List<String> MEETING_FORMS = List.of("居民协商议事会议", "社区听证会", "社区协调会", "社区评议会",
      "社区居民代表大会", "网上协商");
  public static final List<String> EXPERT_POOL = List.of("社会工作", "法律", "心理咨询", "人民调解");
  public static final List<String> LEVELS = List.of("区", "街道", "社区", "小区", "楼栋");

  private YuzhongVariables() {}
}
