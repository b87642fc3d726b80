package com.civicflow.consultation.statistics;

import com.civicflow.consultation.implementation.ImplementationVariables;
import com.civicflow.consultation.kenli.KenliProcess;
import com.civicflow.consultation.kenli.KenliVariables;
import com.civicflow.consultation.organisation.RoleGroup;
import java.time.Instant;
import java.util.List;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * The inputs of 垦利's 堡垒指数 and 先锋指数, as the seed names them, by aggregate SQL over the matters in scope (the
 * {@code kenli-eight-step} rows of {@code cc_stat_matter}): “议事协商办结情况” per unit whose party organisation
 * leads the consultation (the matter's {@code orgUnitId}: a community, grid or building, or a street or district),
 * and “党员任务领办情况” — the tasks of those matters (and of the processes they called) assigned to a member of the
 * role group {@code party-member}, per member and community.
 */
@Repository
class PartyIndexFigures {

  /** One party organisation's matters: raised, closed, closed without any late result, evaluated, satisfied. */
  record Fortress(String tenant, String unit, long raised, long closed, long closedOnTime, long evaluated, long satisfied) {}

  /** One party member's tasks in one tenant's matters: assigned (领办), completed, completed by the due date, matters. */
  record Vanguard(String member, String tenant, long led, long done, long onTime, long matters) {}

  private final NamedParameterJdbcTemplate jdbc;

  PartyIndexFigures(NamedParameterJdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  /** The 垦利 matters in scope: a derived table {@code m} of cc_stat_matter. */
  private static String kenliMatters() {
    return "(SELECT m.matter_id_, m.tenant_id_, m.state_" + MatterSql.ofMatters(ReportingTables.MATTER, "m")
        + " AND m.model_key_ = " + MatterSql.literal(KenliProcess.PROCESS_KEY) + ") m";
  }

  List<Fortress> fortresses(StatisticsFilter filter, Instant now) {
    String sql = "SELECT m.tenant_id_ AS tenant, u.TEXT_ AS unit, COUNT(*) AS raised,"
        + " SUM(CASE WHEN m.state_ = 'closed' THEN 1 ELSE 0 END) AS closed,"
        + " SUM(CASE WHEN m.state_ = 'closed' AND NOT EXISTS (SELECT 1 FROM " + ReportingTables.RESULT + " r"
        + " WHERE r.root_id_ = m.matter_id_ AND (r.done_at_ > r.due_at_ OR (r.done_at_ IS NULL AND r.due_at_ < :now)))"
        + " THEN 1 ELSE 0 END) AS closed_on_time,"
        + " SUM(CASE WHEN e.TEXT_ IS NOT NULL THEN 1 ELSE 0 END) AS evaluated,"
        + " SUM(CASE WHEN e.TEXT_ IN (:satisfied) THEN 1 ELSE 0 END) AS satisfied"
        + " FROM " + kenliMatters()
        + MatterSql.variable("u", "m.matter_id_", KenliVariables.ORG_UNIT_ID.name())
        + MatterSql.variable("e", "m.matter_id_", KenliVariables.RESIDENT_EVALUATION.name())
        + " GROUP BY m.tenant_id_, u.TEXT_";
    return jdbc.query(sql, MatterSql.parameters(filter, now).addValue("satisfied",
        List.of(ImplementationVariables.SATISFIED, ImplementationVariables.BASICALLY_SATISFIED)),
        (rs, i) -> new Fortress(rs.getString("tenant"), rs.getString("unit"), rs.getLong("raised"), rs.getLong("closed"),
            rs.getLong("closed_on_time"), rs.getLong("evaluated"), rs.getLong("satisfied")));
  }

  List<Vanguard> vanguards(StatisticsFilter filter, Instant now) {
    String sql = "SELECT t.ASSIGNEE_ AS member, m.tenant_id_ AS tenant, COUNT(*) AS led,"
        + " SUM(CASE WHEN t.DELETE_REASON_ = 'completed' THEN 1 ELSE 0 END) AS done,"
        + " SUM(CASE WHEN t.DELETE_REASON_ = 'completed' AND (t.DUE_DATE_ IS NULL OR t.END_TIME_ <= t.DUE_DATE_)"
        + " THEN 1 ELSE 0 END) AS on_time, COUNT(DISTINCT t.ROOT_PROC_INST_ID_) AS matters"
        + " FROM " + kenliMatters() + " JOIN ACT_HI_TASKINST t ON t.ROOT_PROC_INST_ID_ = m.matter_id_"
        + " JOIN ACT_ID_MEMBERSHIP g ON g.USER_ID_ = t.ASSIGNEE_ AND g.GROUP_ID_ = " + MatterSql.literal(RoleGroup.PARTY_MEMBER.id())
        + " WHERE t.ASSIGNEE_ IS NOT NULL AND (t.DELETE_REASON_ IS NULL OR t.DELETE_REASON_ = 'completed')"
        + " GROUP BY t.ASSIGNEE_, m.tenant_id_";
    return jdbc.query(sql, MatterSql.parameters(filter, now), (rs, i) -> new Vanguard(rs.getString("member"),
        rs.getString("tenant"), rs.getLong("led"), rs.getLong("done"), rs.getLong("on_time"), rs.getLong("matters")));
  }
}
