package com.civicflow.consultation.statistics;

import static com.civicflow.consultation.statistics.MatterSql.literal;
import static com.civicflow.consultation.statistics.MatterSql.variable;

import com.civicflow.consultation.legalreview.LegalReviewVariables;
import com.civicflow.consultation.notice.NoticeVariables;
import com.civicflow.consultation.notice.PublicNotice;
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
    String sql = MatterSql.matters(filter)
        + "SELECT l.TEXT_ AS review_level, o.TEXT_ AS outcome, COUNT(*) AS reviews FROM m"
        + " JOIN ACT_HI_PROCINST r ON r.ROOT_PROC_INST_ID_ = m.matter_id"
        + variable("l", "r.PROC_INST_ID_", LegalReviewVariables.REVIEW_LEVEL.name())
        + variable("o", "r.PROC_INST_ID_", LegalReviewVariables.OUTCOME.name())
        + " WHERE r.PROC_DEF_KEY_ = " + literal(LegalReviewVariables.PROCESS_KEY) + " GROUP BY l.TEXT_, o.TEXT_";
    return jdbc.query(sql, MatterSql.parameters(filter, now), (rs, i) -> new Review(rs.getString("review_level"),
        rs.getString("outcome"), rs.getLong("reviews")));
  }

  List<Notices> notices(StatisticsFilter filter, Instant now) {
    String sql = MatterSql.matters(filter)
        + "SELECT k.TEXT_ AS notice_kind, COUNT(*) AS notices, SUM(COALESCE(c.LONG_, 0)) AS lodged,"
        + " SUM(CASE WHEN u.LONG_ = 1 THEN 1 ELSE 0 END) AS upheld FROM m"
        + " JOIN ACT_HI_PROCINST n ON n.ROOT_PROC_INST_ID_ = m.matter_id"
        + variable("k", "n.PROC_INST_ID_", NoticeVariables.NOTICE_KIND.name())
        + variable("c", "n.PROC_INST_ID_", NoticeVariables.OBJECTION_COUNT.name())
        + variable("u", "n.PROC_INST_ID_", NoticeVariables.OBJECTION_UPHELD.name())
        + " WHERE n.PROC_DEF_KEY_ = " + literal(PublicNotice.PROCESS_KEY) + " GROUP BY k.TEXT_";
    return jdbc.query(sql, MatterSql.parameters(filter, now), (rs, i) -> new Notices(rs.getString("notice_kind"),
        rs.getLong("notices"), rs.getLong("lodged"), rs.getLong("upheld")));
  }
}
