package com.civicflow.consultation.statistics;

import static com.civicflow.consultation.statistics.MatterSql.anyOf;
import static com.civicflow.consultation.statistics.MatterSql.literal;
import static com.civicflow.consultation.statistics.MatterSql.variable;

import com.civicflow.consultation.matter.MatterVariables;
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
   * the result and ended); {@code matterKey} null for all models together.
   */
  record Days(String matterKey, long withResult, Double resultAverage, Double resultP90, long completed,
      Double completionAverage, Double completionP90) {}

  private final NamedParameterJdbcTemplate jdbc;

  MatterFigures(NamedParameterJdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  List<Status> statuses(StatisticsFilter filter, Instant now) {
    String sql = MatterSql.matters(filter)
        + "SELECT matter_key, COUNT(*) AS raised,"
        + " SUM(CASE WHEN ended_at IS NULL THEN 1 ELSE 0 END) AS running,"
        + " SUM(CASE WHEN ended_at IS NOT NULL AND not_admitted = 0 AND matter_state <> 'EXTERNALLY_TERMINATED' THEN 1 ELSE 0 END) AS closed,"
        + " SUM(not_admitted) AS not_admitted,"
        + " SUM(CASE WHEN ended_at IS NOT NULL AND not_admitted = 0 AND matter_state = 'EXTERNALLY_TERMINATED' THEN 1 ELSE 0 END) AS cancelled"
        + " FROM m GROUP BY matter_key";
    return jdbc.query(sql, MatterSql.parameters(filter, now), (rs, i) -> new Status(rs.getString("matter_key"),
        rs.getLong("raised"), rs.getLong("running"), rs.getLong("closed"), rs.getLong("not_admitted"), rs.getLong("cancelled")));
  }

  List<Stage> stages(StatisticsFilter filter, Instant now) {
    String sql = MatterSql.matters(filter)
        + "SELECT m.matter_key, s.TEXT_ AS stage, COUNT(*) AS matters, SUM(CASE WHEN o.LONG_ = 1 THEN 1 ELSE 0 END) AS overdue"
        + " FROM m" + variable("s", "m.matter_id", MatterVariables.STAGE.name())
        + variable("o", "m.matter_id", MatterVariables.OVERDUE.name())
        + " WHERE m.ended_at IS NULL GROUP BY m.matter_key, s.TEXT_";
    return jdbc.query(sql, MatterSql.parameters(filter, now), (rs, i) -> new Stage(rs.getString("matter_key"),
        rs.getString("stage"), rs.getLong("matters"), rs.getLong("overdue")));
  }

  List<Days> days(StatisticsFilter filter, Instant now) {
    String resultSteps = anyOf(filter.models().stream().map(model -> "(m.matter_key = " + literal(model.matterKey())
        + " AND a.ACT_ID_ = " + literal(model.resultStep()) + ")").toList());
    String sql = MatterSql.matters(filter)
        + ", r AS (SELECT a.PROC_INST_ID_ AS matter_id, MIN(a.START_TIME_) AS result_at FROM m"
        + " JOIN ACT_HI_ACTINST a ON a.PROC_INST_ID_ = m.matter_id WHERE " + resultSteps + " GROUP BY a.PROC_INST_ID_)"
        + ", d AS (SELECT m.matter_key, (EXTRACT(EPOCH FROM r.result_at) - EXTRACT(EPOCH FROM m.started_at)) / 86400.0 AS to_result,"
        + " CASE WHEN m.ended_at IS NOT NULL AND m.matter_state = 'COMPLETED'"
        + " THEN (EXTRACT(EPOCH FROM m.ended_at) - EXTRACT(EPOCH FROM m.started_at)) / 86400.0 END AS to_completion"
        + " FROM m JOIN r ON r.matter_id = m.matter_id) "
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
