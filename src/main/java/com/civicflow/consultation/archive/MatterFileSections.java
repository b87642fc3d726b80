package com.civicflow.consultation.archive;

import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Which variables make up which section of a matter's file. Names from the shared contract (legal
 * review, implementation, evaluation); minutes and votes by naming convention, since each model names
 * its own form fields: a variable whose name contains "minutes" is 会议记录, one containing "vote",
 * "tally" or "ballot" is 表决/计票.
 */
final class MatterFileSections {

  static final List<String> LEGAL_REVIEW = List.of("legalReviewRequired", "legalReviewLevel", "legalReviewOutcome",
      "legalOpinion", "legalReviewer", "revisedResultText", "legalCorrection", "legalReviewEscalations");
  static final List<String> IMPLEMENTATION = List.of("responsibleUnit", "handler", "completionDeadline",
      "feedbackDeadline", "implementationReport", "feedbackReport", "reworkCount", "streetFinalDecision",
      "implementationClosed");
  static final List<String> EVALUATION = List.of("evaluationResult", "evaluationComments", "respondentCount");
  /** Labels of the contract's variables, for processes whose forms do not name them. */
  static final Map<String, String> LABELS = Map.ofEntries(
      Map.entry("legalReviewRequired", "是否需要合法性审核"), Map.entry("legalReviewLevel", "审核层级"),
      Map.entry("legalReviewOutcome", "审核结论"), Map.entry("legalOpinion", "法律意见"),
      Map.entry("legalReviewer", "审核人"), Map.entry("revisedResultText", "修改后的协商成果"),
      Map.entry("legalCorrection", "依法纠正意见"), Map.entry("legalReviewEscalations", "上报次数"),
      Map.entry("responsibleUnit", "责任单位"), Map.entry("handler", "承办人"),
      Map.entry("completionDeadline", "办结时限"), Map.entry("feedbackDeadline", "反馈时限"),
      Map.entry("implementationReport", "办理情况"), Map.entry("feedbackReport", "反馈情况"),
      Map.entry("reworkCount", "返工次数"), Map.entry("streetFinalDecision", "街道最终决定"),
      Map.entry("implementationClosed", "是否办结"), Map.entry("evaluationResult", "评议结果"),
      Map.entry("evaluationComments", "评议意见"), Map.entry("respondentCount", "参与评议人数"));
  static final Pattern MINUTES = Pattern.compile("(?i).*minutes.*");
  static final Pattern VOTES = Pattern.compile("(?i).*(vote|tally|ballot).*");
  static final String OVERDUE_INCIDENT = "overdue";
  static final String NOTICE_PROCESS = "public-notice";

  private MatterFileSections() {}
}
