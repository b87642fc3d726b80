package com.civicflow.consultation.statistics;

import java.time.Instant;
import java.util.List;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Repository;

/** Legality reviews by level and outcome; public notices with the objections lodged and upheld. */
@Repository
class ReviewFigures {

  /** Reviews at a level (street, district, none) with an outcome (null while the review runs or when none was needed). */
  record Review(String level, String outcome, long reviews) {}

  /** Notices of a kind (会议通知, 协商结果 …), the objections residents lodged and the notices whose objection was upheld. */
  record Notices(String kind, long notices, long lodged, long upheld) {}

  private final NamedParameterJdbcTemplate jdbc;

  ReviewFigures(NamedParameterJdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  List<Review> reviews(StatisticsFilter filter, Instant now) {
    String sql = "SELECT v.level_ AS review_level, v.outcome_ AS outcome, COUNT(*) AS reviews"
        + MatterSql.ofMatters(ReportingTables.REVIEW, "v") + " GROUP BY v.level_, v.outcome_";
    return jdbc.query(sql, MatterSql.parameters(filter, now), (rs, i) -> new Review(rs.getString("review_level"),
        rs.getString("outcome"), rs.getLong("reviews")));
  }

  List<Notices> notices(StatisticsFilter filter, Instant now) {
    String sql = "SELECT n.kind_ AS notice_kind, COUNT(*) AS notices, SUM(n.objections_) AS lodged, SUM(n.upheld_) AS upheld"
        + MatterSql.ofMatters(ReportingTables.NOTICE, "n") + " GROUP BY n.kind_";
    return jdbc.query(sql, MatterSql.parameters(filter, now), (rs, i) -> new Notices(rs.getString("notice_kind"),
        rs.getLong("notices"), rs.getLong("lodged"), rs.getLong("upheld")));
  }
}
