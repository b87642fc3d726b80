package com.civicflow.consultation.statistics;

import com.civicflow.consultation.organisation.OrganisationDirectory;
import com.civicflow.consultation.points.PointsKind;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * 垦利 治理积分 per community: the points earned by kind, the points redeemed and the net, recorded in the period — one
 * aggregate query over the ledger's entries ({@code cc_points_entry}),
 * filtered by the filter's tenants; shown when the filter includes 垦利's model.
 */
@Repository
class PointsFigures {

  static final String TABLE = "points";
  static final List<PointsKind> KINDS = List.of(PointsKind.SUGGESTION, PointsKind.CONSULTATION, PointsKind.VOLUNTEERING,
      PointsKind.REDEMPTION);

  private final NamedParameterJdbcTemplate jdbc;
  private final OrganisationDirectory directory;

  PointsFigures(NamedParameterJdbcTemplate jdbc, OrganisationDirectory directory) {
    this.jdbc = jdbc;
    this.directory = directory;
  }

  /** The table, when the filter's scope holds a district that runs 垦利's model; none otherwise. */
  List<Table> tables(StatisticsFilter filter, Instant now) {
    if (!PartyIndexTables.coversKenli(filter, directory)) {
      return List.of();
    }
    Map<String, long[]> byCommunity = new LinkedHashMap<>();
    if (!filter.empty()) {
      String sql = "SELECT tenant_id_ AS tenant, kind_ AS kind, SUM(points_) AS points"
          + " FROM cc_points_entry WHERE tenant_id_ IN (:tenants) AND recorded_at_ >= :from AND recorded_at_ < :to"
          + " GROUP BY tenant_id_, kind_ ORDER BY tenant_id_";
      jdbc.query(sql, MatterSql.parameters(filter, now), rs -> {
        long[] row = byCommunity.computeIfAbsent(directory.fullName(rs.getString("tenant")), k -> new long[KINDS.size() + 1]);
        PointsKind kind = PointsKind.byLabel(rs.getString("kind")).orElse(null);
        long points = rs.getLong("points");
        if (kind != null) {
          row[KINDS.indexOf(kind)] += kind == PointsKind.REDEMPTION ? -points : points;
          row[KINDS.size()] += points;
        }
      });
    }
    return List.of(new Table(TABLE, "治理积分（垦利）",
        "居民、商户通过建言献策、议事协商、志愿服务获得的积分和兑换实物或服务用去的积分，按登记时间统计；净增 = 获得 − 兑换。"
            + "分值由管理员在积分规则表中设定（本产品默认值，原文未规定）。",
        List.of("社区", "建言献策", "议事协商", "志愿服务", "兑换", "净增"), Figures.withTotal(byCommunity, KINDS.size() + 1), true,
        new Table.Chart("bar", List.of(0), List.of(1, 2, 3, 4))));
  }
}
