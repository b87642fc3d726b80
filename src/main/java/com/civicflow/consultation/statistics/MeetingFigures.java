package com.civicflow.consultation.statistics;

import java.time.Instant;
import java.util.Arrays;
import java.util.EnumMap;
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
    if (filter.empty()) {
      return held;
    }
    String sql = "SELECT process_key_ AS process_key, step_id_ AS step_id, form_ AS form, COUNT(*) AS held"
        + " FROM " + ReportingTables.MEETING + " WHERE tenant_id_ IN (:tenants) AND process_key_ IN (:processKeys)"
        + " AND held_at_ >= :from AND held_at_ < :to GROUP BY process_key_, step_id_, form_";
    jdbc.query(sql, MatterSql.parameters(filter, now), rs -> {
      String form = rs.getString("form");
      long count = rs.getLong("held");
      MeetingStep.of(rs.getString("process_key"), rs.getString("step_id"))
          .ifPresent(step -> held.merge(step.kindOf(form), count, Long::sum));
    });
    return held;
  }

  /** Not filtered by model: a topic is raised online before any model takes it up. */
  OnlineTopics onlineTopics(StatisticsFilter filter, Instant now) {
    if (filter.tenants().isEmpty()) {
      return new OnlineTopics(0, 0, 0, 0);
    }
    String sql = "SELECT COUNT(*) AS received, SUM(CASE WHEN admitted_ = 1 THEN 1 ELSE 0 END) AS admitted,"
        + " SUM(CASE WHEN admitted_ = 0 THEN 1 ELSE 0 END) AS declined, SUM(CASE WHEN ended_at_ IS NULL THEN 1 ELSE 0 END) AS pending"
        + " FROM " + ReportingTables.TOPIC + " WHERE tenant_id_ IN (:tenants) AND received_at_ >= :from AND received_at_ < :to";
    return jdbc.queryForObject(sql, MatterSql.parameters(filter, now), (rs, i) -> new OnlineTopics(rs.getLong("received"),
        rs.getLong("admitted"), rs.getLong("declined"), rs.getLong("pending")));
  }
}
