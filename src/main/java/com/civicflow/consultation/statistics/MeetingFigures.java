package com.civicflow.consultation.statistics;

import static com.civicflow.consultation.statistics.MatterSql.anyOf;
import static com.civicflow.consultation.statistics.MatterSql.literal;

import java.time.Instant;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Repository;

/** Meetings held, by kind; and the topics residents raised online (网上议事厅). */
@Repository
class MeetingFigures {

  /** Process key of a resident's topic raised on the public board; it ends with {@link #TOPIC_ADMITTED}. */
  static final String ONLINE_TOPIC_KEY = "online-topic";
  /** true = 已立项 (the community's model was started), false = 未予立项. */
  static final String TOPIC_ADMITTED = "topicAdmitted";

  /** Online topics received in the period: admitted, declined, and those still waiting for the staff. */
  record OnlineTopics(long received, long admitted, long declined, long pending) {}

  private final NamedParameterJdbcTemplate jdbc;

  MeetingFigures(NamedParameterJdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  /** Every kind, in the catalogue's order (0 for a kind no meeting was held of). */
  Map<MeetingKind, Long> meetings(StatisticsFilter filter, Instant now) {
    Map<MeetingKind, Long> held = new EnumMap<>(MeetingKind.class);
    Arrays.stream(MeetingKind.values()).forEach(kind -> held.put(kind, 0L));
    List<MeetingStep> steps = Arrays.stream(MeetingStep.values())
        .filter(step -> filter.models().stream().anyMatch(model -> model.processKeys().contains(step.processKey))).toList();
    if (filter.empty() || steps.isEmpty()) {
      return held;
    }
    String formJoin = anyOf(steps.stream().filter(step -> step.formVariable != null).map(step -> "(a.PROC_DEF_KEY_ = "
        + literal(step.processKey) + " AND a.ACT_ID_ = " + literal(step.stepId) + " AND f.NAME_ = " + literal(step.formVariable)
        + ")").toList());
    String sql = "SELECT a.PROC_DEF_KEY_ AS process_key, a.ACT_ID_ AS step_id, f.TEXT_ AS form, COUNT(*) AS held"
        + " FROM ACT_HI_ACTINST a LEFT JOIN ACT_HI_VARINST f ON f.PROC_INST_ID_ = a.PROC_INST_ID_"
        + " AND f.EXECUTION_ID_ = a.PROC_INST_ID_ AND f.STATE_ = 'CREATED' AND " + formJoin
        + " WHERE " + anyOf(steps.stream().map(step -> "(a.PROC_DEF_KEY_ = " + literal(step.processKey) + " AND a.ACT_ID_ = "
            + literal(step.stepId) + ")").toList())
        + " AND a.END_TIME_ IS NOT NULL AND (a.ACT_INST_STATE_ IS NULL OR a.ACT_INST_STATE_ <> 2)" // 2: cancelled
        + " AND a.TENANT_ID_ IN (:tenants) AND a.END_TIME_ >= :from AND a.END_TIME_ < :to"
        + " GROUP BY a.PROC_DEF_KEY_, a.ACT_ID_, f.TEXT_";
    jdbc.query(sql, MatterSql.parameters(filter, now), rs -> {
      MeetingStep step = MeetingStep.of(rs.getString("process_key"), rs.getString("step_id")).orElseThrow();
      held.merge(step.kindOf(rs.getString("form")), rs.getLong("held"), Long::sum);
    });
    return held;
  }

  /** Not filtered by model: a topic is raised online before any model takes it up. */
  OnlineTopics onlineTopics(StatisticsFilter filter, Instant now) {
    if (filter.tenants().isEmpty()) {
      return new OnlineTopics(0, 0, 0, 0);
    }
    String sql = "SELECT COUNT(*) AS received, SUM(CASE WHEN v.LONG_ = 1 THEN 1 ELSE 0 END) AS admitted,"
        + " SUM(CASE WHEN v.LONG_ = 0 THEN 1 ELSE 0 END) AS declined, SUM(CASE WHEN p.END_TIME_ IS NULL THEN 1 ELSE 0 END) AS pending"
        + " FROM ACT_HI_PROCINST p" + MatterSql.variable("v", "p.PROC_INST_ID_", TOPIC_ADMITTED)
        + " WHERE p.PROC_DEF_KEY_ = " + literal(ONLINE_TOPIC_KEY)
        + " AND p.TENANT_ID_ IN (:tenants) AND p.START_TIME_ >= :from AND p.START_TIME_ < :to";
    return jdbc.queryForObject(sql, MatterSql.parameters(filter, now), (rs, i) -> new OnlineTopics(rs.getLong("received"),
        rs.getLong("admitted"), rs.getLong("declined"), rs.getLong("pending")));
  }
}
