package com.civicflow.consultation.statistics;

/**
 * The statistics' own reporting tables: one narrow row per matter, per result carried out, per legality review, per
 * public notice, per meeting held and per online topic, with what the figures count and the ids of the top-level
 * instance (root) they belong to. {@link ReportingRows} fills them from the engine's history as matters progress;
 * the figures are aggregate SQL over them. The tables are created by the schema's changelog
 * ({@code db/changelog/consultation-tables.xml}, changesets {@code cc_stat_*}), as the product's other tables.
 */
final class ReportingTables {

  static final String MATTER = "cc_stat_matter";
  static final String RESULT = "cc_stat_result";
  static final String REVIEW = "cc_stat_review";
  static final String NOTICE = "cc_stat_notice";
  static final String MEETING = "cc_stat_meeting";
  static final String TOPIC = "cc_stat_topic";

  private ReportingTables() {}
}
