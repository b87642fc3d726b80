package com.civicflow.consultation.statistics;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The statistics' own reporting tables: one narrow row per matter, per result carried out, per legality review, per
 * public notice, per meeting held and per online topic, with what the figures count and the ids of the top-level
 * instance (root) they belong to. {@link ReportingRows} fills them from the engine's history as matters progress;
 * the figures are aggregate SQL over them. Plain SQL that H2 and PostgreSQL both accept, created if absent (as the
 * product's other tables, {@code cc_matter_file}, {@code cc_mail_outbox}).
 */
@Component
class ReportingTables {

  static final String MATTER = "cc_stat_matter";
  static final String RESULT = "cc_stat_result";
  static final String REVIEW = "cc_stat_review";
  static final String NOTICE = "cc_stat_notice";
  static final String MEETING = "cc_stat_meeting";
  static final String TOPIC = "cc_stat_topic";

  ReportingTables(JdbcTemplate jdbc) {
    jdbc.execute("CREATE TABLE IF NOT EXISTS " + MATTER + " (matter_id_ VARCHAR(64) NOT NULL PRIMARY KEY,"
        + " model_key_ VARCHAR(255) NOT NULL, tenant_id_ VARCHAR(64), started_at_ TIMESTAMP NOT NULL, ended_at_ TIMESTAMP,"
        + " state_ VARCHAR(16) NOT NULL, stage_ VARCHAR(4000), overdue_ SMALLINT NOT NULL, result_at_ TIMESTAMP)");
    jdbc.execute("CREATE INDEX IF NOT EXISTS cc_stat_matter_scope ON " + MATTER + " (tenant_id_, started_at_)");
    ofMatter(jdbc, RESULT, "result_id_", "unit_ VARCHAR(255), due_at_ TIMESTAMP, done_at_ TIMESTAMP,"
        + " completed_ SMALLINT NOT NULL, evaluation_ VARCHAR(64)");
    ofMatter(jdbc, REVIEW, "review_id_", "level_ VARCHAR(32), outcome_ VARCHAR(64)");
    ofMatter(jdbc, NOTICE, "notice_id_", "kind_ VARCHAR(64), objections_ BIGINT NOT NULL, upheld_ SMALLINT NOT NULL");
    child(jdbc, MEETING, "meeting_id_", "process_key_ VARCHAR(255) NOT NULL, step_id_ VARCHAR(255) NOT NULL,"
        + " tenant_id_ VARCHAR(64), held_at_ TIMESTAMP NOT NULL, form_ VARCHAR(4000)");
    jdbc.execute("CREATE INDEX IF NOT EXISTS cc_stat_meeting_scope ON " + MEETING + " (tenant_id_, held_at_)");
    child(jdbc, TOPIC, "topic_id_", "tenant_id_ VARCHAR(64), received_at_ TIMESTAMP NOT NULL, ended_at_ TIMESTAMP,"
        + " admitted_ SMALLINT");
    jdbc.execute("CREATE INDEX IF NOT EXISTS cc_stat_topic_scope ON " + TOPIC + " (tenant_id_, received_at_)");
  }

  /**
   * Rows of a matter's called processes, with the matter's model, tenant and start copied (they never change), so
   * that the figures filter each table on its own, without a join.
   */
  private static void ofMatter(JdbcTemplate jdbc, String table, String id, String columns) {
    child(jdbc, table, id, "model_key_ VARCHAR(255) NOT NULL, tenant_id_ VARCHAR(64), started_at_ TIMESTAMP NOT NULL, "
        + columns);
    jdbc.execute("CREATE INDEX IF NOT EXISTS " + table + "_scope ON " + table + " (tenant_id_, started_at_)");
  }

  /** A table of rows belonging to a top-level instance ({@code root_id_}: for a matter's rows, the matter). */
  private static void child(JdbcTemplate jdbc, String table, String id, String columns) {
    jdbc.execute("CREATE TABLE IF NOT EXISTS " + table + " (" + id + " VARCHAR(64) NOT NULL PRIMARY KEY,"
        + " root_id_ VARCHAR(64) NOT NULL, " + columns + ")");
    jdbc.execute("CREATE INDEX IF NOT EXISTS " + table + "_root ON " + table + " (root_id_)");
  }
}
