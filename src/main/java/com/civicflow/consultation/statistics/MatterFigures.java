package com.civicflow.consultation.statistics;

import java.time.Instant;
import java.util.List;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Repository;

/** Matters by model and status, running matters by stage, and the days from topic to result and to completion. */
@Repository
class MatterFigures {

  /** One model's matters: raised = running + closed + not admitted + cancelled. */
  record Status(String matterKey, long raised, long running, long closed, long notAdmitted, long cancelled) {}

  /** Running matters of a model at one stage, and how many of them are overdue. */
  record Stage(String matterKey, String stage, long matters, long overdue) {}

  /**
   * Days from raising the topic to the result (matters that reached it) and to completion (matters that reached
   * the result and were closed); {@code matterKey} null for all models together.
   */
  record Days(String matterKey, long withResult, Double resultAverage, Double resultP90, long completed,
      Double completionAverage, Double completionP90) {}

  private final NamedParameterJdbcTemplate jdbc;

  MatterFigures(NamedParameterJdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  List<Status> statuses(StatisticsFilter filter, Instant now) {
    String sql = "SELECT m.model_key_ AS matter_key, COUNT(*) AS raised, " + count("running") + " AS running, "
        + count("closed") + " AS closed, " + count("not_admitted") + " AS not_admitted, " + count("cancelled") + " AS cancelled"
        + MatterSql.ofMatters(ReportingTables.MATTER, "m") + " GROUP BY m.model_key_";
    return jdbc.query(sql, MatterSql.parameters(filter, now), (rs, i) -> new Status(rs.getString("matter_key"),
        rs.getLong("raised"), rs.getLong("running"), rs.getLong("closed"), rs.getLong("not_admitted"), rs.getLong("cancelled")));
  }

  private static String count(String state) {
    return "SUM(CASE WHEN m.state_ = '" + state + "' THEN 1 ELSE 0 END)";
  }

  List<Stage> stages(StatisticsFilter filter, Instant now) {
    String sql = "SELECT m.model_key_ AS matter_key, m.stage_ AS stage, COUNT(*) AS matters, SUM(m.overdue_) AS overdue"
        + MatterSql.ofMatters(ReportingTables.MATTER, "m") + " AND m.state_ = 'running' GROUP BY m.model_key_, m.stage_";
    return jdbc.query(sql, MatterSql.parameters(filter, now), (rs, i) -> new Stage(rs.getString("matter_key"),
        rs.getString("stage"), rs.getLong("matters"), rs.getLong("overdue")));
  }

  List<Days> days(StatisticsFilter filter, Instant now) {
    String sql = "WITH d AS (SELECT m.model_key_ AS matter_key,"
        + " (EXTRACT(EPOCH FROM m.result_at_) - EXTRACT(EPOCH FROM m.started_at_)) / 86400.0 AS to_result,"
        + " CASE WHEN m.state_ = 'closed' THEN (EXTRACT(EPOCH FROM m.ended_at_) - EXTRACT(EPOCH FROM m.started_at_)) / 86400.0"
        + " END AS to_completion" + MatterSql.ofMatters(ReportingTables.MATTER, "m") + " AND m.result_at_ IS NOT NULL) "
        + aggregateDays("matter_key") + " GROUP BY matter_key UNION ALL " + aggregateDays("NULL");
    return jdbc.query(sql, MatterSql.parameters(filter, now), (rs, i) -> new Days(rs.getString("matter_key"),
        rs.getLong("with_result"), number(rs.getObject("result_avg")), number(rs.getObject("result_p90")),
        rs.getLong("completed"), number(rs.getObject("completion_avg")), number(rs.getObject("completion_p90"))));
  }

  private static String aggregateDays(String key) {
    return "SELECT " + key + " AS matter_key, COUNT(to_result) AS with_result, AVG(to_result) AS result_avg,"
        + " PERCENTILE_CONT(0.9) WITHIN GROUP (ORDER BY to_result) AS result_p90,"
        + " COUNT(to_completion) AS completed, AVG(to_completion) AS completion_avg,"
        + " PERCENTILE_CONT(0.9) WITHIN GROUP (ORDER BY to_completion) AS completion_p90 FROM d";
  }

  private static Double number(Object value) {
    return value instanceof Number n ? n.doubleValue() : null;
  }
}
