package com.civicflow.consultation.statistics;

import java.time.Instant;
import java.util.List;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * Results carried out (one {@code implementation-supervision} per responsible unit and result) and the residents'
 * evaluation of them. A result's state is that of its latest 实施 task (a rework gives it a new one), compared with
 * that task's due date — the completion deadline — as the public board does: done by it (按期), done after it
 * (逾期落实), open past it now (逾期未落实), open before it (未到期).
 */
@Repository
class ResultFigures {

  /** The results of one model given to one responsible unit (group id, null when none was recorded). */
  record Results(String matterKey, String unit, long onTime, long lateDone, long lateOpen, long open) {}

  /** How many results residents evaluated so (满意, 基本满意, 不满意). */
  record Evaluation(String evaluation, long results) {}

  private final NamedParameterJdbcTemplate jdbc;

  ResultFigures(NamedParameterJdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  List<Results> results(StatisticsFilter filter, Instant now) {
    String sql = "SELECT r.model_key_ AS matter_key, r.unit_ AS unit,"
        + " SUM(CASE WHEN r.completed_ = 1 AND (r.due_at_ IS NULL OR r.done_at_ <= r.due_at_) THEN 1 ELSE 0 END) AS on_time,"
        + " SUM(CASE WHEN r.completed_ = 1 AND r.done_at_ > r.due_at_ THEN 1 ELSE 0 END) AS late_done,"
        + " SUM(CASE WHEN r.done_at_ IS NULL AND r.due_at_ < :now THEN 1 ELSE 0 END) AS late_open,"
        + " SUM(CASE WHEN r.done_at_ IS NULL AND (r.due_at_ IS NULL OR r.due_at_ >= :now) THEN 1 ELSE 0 END) AS still_open"
        + MatterSql.ofMatters(ReportingTables.RESULT, "r") + " GROUP BY r.model_key_, r.unit_";
    return jdbc.query(sql, MatterSql.parameters(filter, now), (rs, i) -> new Results(rs.getString("matter_key"),
        rs.getString("unit"), rs.getLong("on_time"), rs.getLong("late_done"), rs.getLong("late_open"), rs.getLong("still_open")));
  }

  List<Evaluation> evaluations(StatisticsFilter filter, Instant now) {
    String sql = "SELECT r.evaluation_ AS evaluation, COUNT(*) AS results" + MatterSql.ofMatters(ReportingTables.RESULT, "r")
        + " AND r.evaluation_ IS NOT NULL GROUP BY r.evaluation_";
    return jdbc.query(sql, MatterSql.parameters(filter, now), (rs, i) -> new Evaluation(rs.getString("evaluation"),
        rs.getLong("results")));
  }
}
