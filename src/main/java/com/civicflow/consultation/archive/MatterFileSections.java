package com.civicflow.consultation.archive;

import java.util.List;
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
  static final Pattern MINUTES = Pattern.compile("(?i).*minutes.*");
  static final Pattern VOTES = Pattern.compile("(?i).*(vote|tally|ballot).*");
  static final String OVERDUE_INCIDENT = "overdue";
  static final String NOTICE_PROCESS = "public-notice";

  private MatterFileSections() {}
}
