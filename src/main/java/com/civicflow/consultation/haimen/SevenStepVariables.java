package com.civicflow.consultation.haimen;

import com.civicflow.consultation.matter.ProcessVariable;

/** Variables of {@code haimen-seven-step} (七步议事法), declared once; form keys are these names. */
public final class SevenStepVariables {

  // 议题 (start form; topic itself is MatterVariables.TOPIC)
  public static final ProcessVariable<String> TOPIC_SOURCE = ProcessVariable.string("topicSource");
  public static final ProcessVariable<String> TOPIC_DESCRIPTION = ProcessVariable.string("topicDescription");
  // 调查需求
  public static final ProcessVariable<String> SURVEY_METHOD = ProcessVariable.string("surveyMethod");
  public static final ProcessVariable<Long> HOUSEHOLDS_REACHED = ProcessVariable.number("householdsReached");
  public static final ProcessVariable<Long> HOUSEHOLDS_AFFECTED = ProcessVariable.number("householdsAffected");
  public static final ProcessVariable<String> SURVEY_FINDINGS = ProcessVariable.string("surveyFindings");
  // 确定议题并审议
  public static final ProcessVariable<String> TOPIC_CATEGORY = ProcessVariable.string("topicCategory");
  public static final ProcessVariable<Boolean> TOPIC_CONTESTED = ProcessVariable.bool("topicContested");
  /** 协商方案: what the residents vote on and the unit carries out (the shared blocks' resultText). */
  public static final ProcessVariable<String> RESULT_TEXT = ProcessVariable.string("resultText");
  /** 非常任理事 ("X" of 1+7+X): stakeholders and professionals invited for this topic, one per line. */
  public static final ProcessVariable<String> NON_STANDING_MEMBERS = ProcessVariable.string("nonStandingMembers");
  /** 议事会议形式: which of the five meeting kinds ({@link SevenStep#MEETING_KINDS}) the review was held as. */
  public static final ProcessVariable<String> MEETING_KIND = ProcessVariable.string("meetingKind");
  public static final ProcessVariable<String> REVIEW_MINUTES = ProcessVariable.string("reviewMinutes");
  public static final ProcessVariable<Boolean> TOPIC_ADMISSIBLE = ProcessVariable.bool("topicAdmissible");
  // 表决并听证
  public static final ProcessVariable<Boolean> HEARING_REQUIRED = ProcessVariable.bool("hearingRequired");
  public static final ProcessVariable<Long> HEARING_PARTICIPANTS = ProcessVariable.number("hearingParticipants");
  public static final ProcessVariable<String> HEARING_MINUTES = ProcessVariable.string("hearingMinutes");
  public static final ProcessVariable<String> VOTE_MEETING = ProcessVariable.string("voteMeeting");
  public static final ProcessVariable<Long> REPRESENTATIVES_TOTAL = ProcessVariable.number("representativesTotal");
  public static final ProcessVariable<Long> REPRESENTATIVES_PRESENT = ProcessVariable.number("representativesPresent");
  public static final ProcessVariable<Long> VOTES_FOR = ProcessVariable.number("votesFor");
  public static final ProcessVariable<Long> VOTES_AGAINST = ProcessVariable.number("votesAgainst");
  public static final ProcessVariable<Long> VOTES_ABSTAINED = ProcessVariable.number("votesAbstained");
  public static final ProcessVariable<String> VOTE_MINUTES = ProcessVariable.string("voteMinutes");
  public static final ProcessVariable<Boolean> VOTE_PASSED = ProcessVariable.bool("votePassed");
  public static final ProcessVariable<String> AFTER_FAILED_VOTE = ProcessVariable.string("afterFailedVote");
  public static final ProcessVariable<String> FAILED_VOTE_NOTE = ProcessVariable.string("failedVoteNote");
  // 决策执行实施 (inputs of legality-review and implementation-supervision)
  public static final ProcessVariable<String> CATEGORY = ProcessVariable.string("category");
  public static final ProcessVariable<String> CONSULTATION_LEVEL = ProcessVariable.string("consultationLevel");
  public static final ProcessVariable<Long> ESTIMATED_COST = ProcessVariable.number("estimatedCost");
  // 监督评议
  public static final ProcessVariable<Long> EVALUATION_MEETING_PARTICIPANTS = ProcessVariable.number("evaluationMeetingParticipants");
  public static final ProcessVariable<String> COUNCIL_EVALUATION = ProcessVariable.string("councilEvaluation");
  public static final ProcessVariable<String> EVALUATION_MEETING_MINUTES = ProcessVariable.string("evaluationMeetingMinutes");
  // 信息反馈
  public static final ProcessVariable<String> FEEDBACK_NOTICE = ProcessVariable.string("feedbackNotice");
  public static final ProcessVariable<String> DEPARTMENT_FEEDBACK = ProcessVariable.string("departmentFeedback");
  // 事后评估结案
  public static final ProcessVariable<String> GOALS_ACHIEVED = ProcessVariable.string("goalsAchieved");
  public static final ProcessVariable<String> POST_EVALUATION = ProcessVariable.string("postEvaluation");

  public static final String REVISE = "revise";
  public static final String CLOSE = "close";

  private SevenStepVariables() {}
}
