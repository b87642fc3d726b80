package com.civicflow.consultation.kenli;

import com.civicflow.consultation.implementation.ImplementationVariables;
import com.civicflow.consultation.legalreview.LegalReviewVariables;
import com.civicflow.consultation.matter.ProcessVariable;
import java.util.Date;

/**
 * The variables of 垦利's eight-step method (集定议公办督评备), declared once. Form field keys are these
 * names; what the shared call activities read or return is declared by them (legality review) or named
 * in the shared contract.
 */
public final class KenliVariables {

  // --- 集 (start form) ----------------------------------------------------------------------------
  /** 协商层级: 区, 镇街, 社区, 小区, 楼栋. */
  public static final ProcessVariable<String> CONSULTATION_LEVEL = ProcessVariable.string("consultationLevel");
  /** The unit at that level (district, street, community, grid or building id); default: the tenant. */
  public static final ProcessVariable<String> ORG_UNIT_ID = ProcessVariable.string("orgUnitId");
  public static final ProcessVariable<String> ORG_UNIT_NAME = ProcessVariable.string("orgUnitName");
  /** 征集渠道. */
  public static final ProcessVariable<String> TOPIC_CHANNEL = ProcessVariable.string("topicChannel");
  public static final ProcessVariable<String> TOPIC_DESCRIPTION = ProcessVariable.string("topicDescription");
  /** 提出人 (a resident, a grid worker, a lower body …). */
  public static final ProcessVariable<String> RAISED_BY = ProcessVariable.string("raisedBy");

  // --- level (decision kenli-eight-step-level) -----------------------------------------------------
  public static final ProcessVariable<String> ORGANISING_BODY = ProcessVariable.string("organisingBody");
  public static final ProcessVariable<String> CONVENER_GROUPS = ProcessVariable.string("convenerGroups");
  public static final ProcessVariable<String> COUNCIL_GROUPS = ProcessVariable.string("councilGroups");
  public static final ProcessVariable<String> STAFF_GROUPS = ProcessVariable.string("staffGroups");
  /** The level a matter beyond reach is referred to, or "none" (区). */
  public static final ProcessVariable<String> REFERRAL_LEVEL = ProcessVariable.string("referralLevel");
  /** The level as the legality review's table names it (镇街 → 街道). */
  public static final ProcessVariable<String> LEGALITY_LEVEL = ProcessVariable.string("legalityLevel");

  // --- 定 ------------------------------------------------------------------------------------------
  /** 协商目录 item (五议五不议). */
  public static final ProcessVariable<String> CATALOGUE_ITEM = ProcessVariable.string("catalogueItem");
  public static final ProcessVariable<String> SCREENING_NOTE = ProcessVariable.string("screeningNote");
  /** 议, 不议 or 提请 (decision kenli-eight-step-catalogue). */
  public static final ProcessVariable<String> CATALOGUE_OUTCOME = ProcessVariable.string("catalogueOutcome");
  public static final ProcessVariable<String> CATALOGUE_REASON = ProcessVariable.string("catalogueReason");
  public static final ProcessVariable<String> CATEGORY = LegalReviewVariables.CATEGORY;
  /** 召集人 (“1”). */
  public static final ProcessVariable<String> CONVENER = ProcessVariable.string("convener");
  /** How many of the eight parties (“8”) are present or represented. */
  public static final ProcessVariable<Long> EIGHT_PARTIES_PRESENT = ProcessVariable.number("eightPartiesPresent");
  public static final ProcessVariable<String> ABSENT_PARTIES_NOTE = ProcessVariable.string("absentPartiesNote");
  /** 利益相关方 (“N”), one per line. */
  public static final ProcessVariable<String> INTERESTED_PARTIES = ProcessVariable.string("interestedParties");
  /** 协商形式: 板凳议事, 民情恳谈 … */
  public static final ProcessVariable<String> CONSULTATION_FORM = ProcessVariable.string("consultationForm");
  public static final ProcessVariable<Date> MEETING_TIME = ProcessVariable.date("meetingTime");
  public static final ProcessVariable<String> MEETING_PLACE = ProcessVariable.string("meetingPlace");

  // --- 议 ------------------------------------------------------------------------------------------
  public static final ProcessVariable<String> MEETING_MINUTES = ProcessVariable.string("meetingMinutes");
  /** 协商意见: the result (shared name resultText). */
  public static final ProcessVariable<String> RESULT_TEXT = LegalReviewVariables.RESULT_TEXT;
  /** 共识, 再议 or 提请上级. */
  public static final ProcessVariable<String> MEETING_OUTCOME = ProcessVariable.string("meetingOutcome");
  public static final ProcessVariable<Long> MEETING_ROUND = ProcessVariable.number("meetingRound");
  /** Title of the public notice (公). */
  public static final ProcessVariable<String> RESULT_TITLE = ProcessVariable.string("resultTitle");

  // --- 办 ------------------------------------------------------------------------------------------
  public static final ProcessVariable<String> RESPONSIBLE_UNIT = ImplementationVariables.RESPONSIBLE_UNIT;
  public static final ProcessVariable<String> HANDLER = ImplementationVariables.HANDLER;
  public static final ProcessVariable<Date> COMPLETION_DEADLINE = ImplementationVariables.COMPLETION_DEADLINE;
  public static final ProcessVariable<Long> HANDLING_ROUND = ProcessVariable.number("handlingRound");

  // --- 督 ------------------------------------------------------------------------------------------
  public static final ProcessVariable<Long> VISITED_HOUSEHOLDS = ProcessVariable.number("visitedHouseholds");
  public static final ProcessVariable<String> VISIT_RECORD = ProcessVariable.string("supervisionVisitRecord");
  /** 按要求办理 or 未按要求办理. */
  public static final ProcessVariable<String> HANDLING_VERDICT = ProcessVariable.string("handlingVerdict");
  public static final ProcessVariable<String> HANDLING_RECORD = ProcessVariable.string("supervisionHandlingRecord");
  public static final ProcessVariable<Long> RETURN_VISIT_HOUSEHOLDS = ProcessVariable.number("returnVisitHouseholds");
  public static final ProcessVariable<String> RETURN_VISIT_RECORD = ProcessVariable.string("supervisionReturnVisitRecord");
  /** Percentage of the residents who evaluated (评) who are satisfied or basically satisfied, computed on the server. */
  public static final ProcessVariable<Long> SATISFACTION_RATE = ProcessVariable.number("satisfactionRate");
  /** 居民监督意见 received on the board during 办, one paragraph each, oldest first (shown in 督走访 and 督办理). */
  public static final ProcessVariable<String> SUPERVISION_OPINIONS = ProcessVariable.string("supervisionOpinions");
  public static final ProcessVariable<Long> SUPERVISION_OPINION_COUNT = ProcessVariable.number("supervisionOpinionCount");
  /** 督办理: the supervisor's answer to the residents' supervision opinions (required when there are any). */
  public static final ProcessVariable<String> SUPERVISION_OPINION_RESPONSE = ProcessVariable.string("supervisionOpinionResponse");
  public static final ProcessVariable<String> SATISFACTION_RECORD = ProcessVariable.string("supervisionSatisfactionRecord");

  // --- 评 / 备 -------------------------------------------------------------------------------------
  /** 满意, 基本满意 or 不满意: the residents' evaluation of the whole process and result. */
  public static final ProcessVariable<String> RESIDENT_EVALUATION = ProcessVariable.string("residentEvaluation");
  public static final ProcessVariable<Long> EVALUATION_RESPONDENTS = ProcessVariable.number("residentEvaluationRespondents");
  /** Of the respondents, how many are satisfied or basically satisfied (the one satisfaction survey; 督满意度 reads it). */
  public static final ProcessVariable<Long> EVALUATION_SATISFIED = ProcessVariable.number("residentEvaluationSatisfied");
  public static final ProcessVariable<String> EVALUATION_COMMENTS = ProcessVariable.string("residentEvaluationComments");
  /** Whether an unsatisfied evaluation sends the matter back to 办 (false at the round limit). */
  public static final ProcessVariable<Boolean> REHANDLE = ProcessVariable.bool("rehandleRequired");
  public static final ProcessVariable<Boolean> ARCHIVE_COMPLETE = ProcessVariable.bool("archiveComplete");
  public static final ProcessVariable<String> ARCHIVE_NOTE = ProcessVariable.string("archiveNote");

  // --- referral (社区提请 → 镇街联席会) ---------------------------------------------------------------
  /** On the upper matter: the matter number of the lower one that referred it. */
  public static final ProcessVariable<String> REFERRED_FROM = ProcessVariable.string("referredFrom");
  /** The process instance of the lower matter, which the upper one answers (its number is only for people). */
  public static final ProcessVariable<String> REFERRED_FROM_INSTANCE = ProcessVariable.string("referredFromInstanceId");
  /** On the lower matter: the matter number of the consultation started at the level above. */
  public static final ProcessVariable<String> REFERRED_TO = ProcessVariable.string("referredTo");
  public static final ProcessVariable<String> REFERRAL_REASON = ProcessVariable.string("referralReason");
  /** What the upper consultation concluded (sent back to the lower one, which closes with it). */
  public static final ProcessVariable<String> REFERRAL_OUTCOME = ProcessVariable.string("referralOutcome");

  // --- 逢十议事 -------------------------------------------------------------------------------------
  /** The scheduled (nominal) date, e.g. 2026-02-28, the key that keeps a meeting from starting twice. */
  public static final ProcessVariable<String> REGULAR_MEETING_DATE = ProcessVariable.string("regularMeetingDate");
  /** The day it is held (the next working day when the nominal date is not one). */
  public static final ProcessVariable<Date> REGULAR_MEETING_DAY = ProcessVariable.date("regularMeetingDay");
  public static final ProcessVariable<String> REGULAR_MEETING_AGENDA = ProcessVariable.string("regularMeetingAgenda");
  public static final ProcessVariable<Long> REGULAR_MEETING_TOPIC_COUNT = ProcessVariable.number("regularMeetingTopicCount");
  public static final ProcessVariable<Long> REGULAR_MEETING_ATTENDANCE = ProcessVariable.number("regularMeetingAttendance");
  public static final ProcessVariable<String> REGULAR_MEETING_MINUTES = ProcessVariable.string("regularMeetingMinutes");
  /** On a run of the schedule kenli-regular-meeting-schedule: the communities whose meeting it started, comma separated. */
  public static final ProcessVariable<String> REGULAR_MEETINGS_STARTED = ProcessVariable.string("regularMeetingsStarted");

  private KenliVariables() {}
}
