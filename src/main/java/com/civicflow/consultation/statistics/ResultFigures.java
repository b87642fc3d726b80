package com.civicflow.consultation.statistics;

import static com.civicflow.consultation.statistics.MatterSql.literal;

import com.civicflow.consultation.implementation.ImplementationProcess;
import com.civicflow.consultation.implementation.ImplementationVariables;
import java.time.Instant;
import java.util.List;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * Results carried out (one {@code implementation-supervision} per responsible unit and result) and the residents'
 * evaluation of them. A result's state is that of its latest 实施 task (a rework gives it a new one), compared with
 * that task's due date — the completion deadline — as the public board does: done by it (按期), done after it
 * (逾期落实), open past it (逾期未落实), open before it (未到期).
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
    String sql = MatterSql.matters(filter)
        + ", t AS (SELECT m.matter_key, k.PROC_INST_ID_ AS impl_id, k.END_TIME_ AS done_at, k.DUE_DATE_ AS due_at,"
        + " k.DELETE_REASON_ AS end_reason,"
        + " ROW_NUMBER() OVER (PARTITION BY k.PROC_INST_ID_ ORDER BY k.START_TIME_ DESC, k.ID_ DESC) AS latest"
        + " FROM m JOIN ACT_HI_TASKINST k ON k.ROOT_PROC_INST_ID_ = m.matter_id"
        + " WHERE k.PROC_DEF_KEY_ = " + literal(ImplementationProcess.KEY)
        + " AND k.TASK_DEF_KEY_ = " + literal(ImplementationProcess.TASK_IMPLEMENT) + ")"
        + " SELECT t.matter_key, u.TEXT_ AS unit,"
        + " SUM(CASE WHEN t.end_reason = 'completed' AND (t.due_at IS NULL OR t.done_at <= t.due_at) THEN 1 ELSE 0 END) AS on_time,"
        + " SUM(CASE WHEN t.end_reason = 'completed' AND t.done_at > t.due_at THEN 1 ELSE 0 END) AS late_done,"
        + " SUM(CASE WHEN t.done_at IS NULL AND t.due_at < :now THEN 1 ELSE 0 END) AS late_open,"
        + " SUM(CASE WHEN t.done_at IS NULL AND (t.due_at IS NULL OR t.due_at >= :now) THEN 1 ELSE 0 END) AS still_open"
        + " FROM t" + MatterSql.variable("u", "t.impl_id", ImplementationVariables.RESPONSIBLE_UNIT.name())
        + " WHERE t.latest = 1 GROUP BY t.matter_key, u.TEXT_";
    return jdbc.query(sql, MatterSql.parameters(filter, now), (rs, i) -> new Results(rs.getString("matter_key"),
        rs.getString("unit"), rs.getLong("on_time"), rs.getLong("late_done"), rs.getLong("late_open"), rs.getLong("still_open")));
  }

  List<Evaluation> evaluations(StatisticsFilter filter, Instant now) {
    String sql = MatterSql.matters(filter)
        + "SELECT e.TEXT_ AS evaluation, COUNT(*) AS results FROM m"
        + " JOIN ACT_HI_VARINST e ON e.ROOT_PROC_INST_ID_ = m.matter_id"
        + " WHERE e.PROC_DEF_KEY_ = " + literal(ImplementationProcess.KEY)
        + " AND e.NAME_ = " + literal(ImplementationVariables.EVALUATION_RESULT.name())
        + " AND e.EXECUTION_ID_ = e.PROC_INST_ID_ AND e.STATE_ = 'CREATED' GROUP BY e.TEXT_";
    return jdbc.query(sql, MatterSql.parameters(filter, now), (rs, i) -> new Evaluation(rs.getString("evaluation"),
        rs.getLong("results")));
  }
}
