package com.civicflow.consultation.dongcheng;

import java.sql.Timestamp;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * 协商资金 (table {@code cc_dc_funding}) and its yearly audit per community ({@code cc_dc_funding_audit}), written in
 * the engine's transaction (same DataSource): a funding is recorded only with the step that decided it.
 */
@Repository
public class FundingLedger {

  /** One funding a residents' (representatives') meeting decided. */
  public record Funding(String matterNumber, String topic, String source, long amount, String use, String meetingKind,
      String votes, Date decidedAt, int year) {}

  /** The street's audit of a community's funding in one year. */
  public record Audit(int year, String auditor, String conclusion, String opinion, int records, long total, Date auditedAt) {}

  private final JdbcTemplate jdbc;

  FundingLedger(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  void record(String tenantId, String processInstanceId, Funding funding) {
    jdbc.update("INSERT INTO cc_dc_funding (id_, tenant_id_, year_, matter_number_, proc_inst_id_, topic_, source_, amount_, use_,"
        + " meeting_kind_, votes_, decided_at_) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        UUID.randomUUID().toString(), tenantId, funding.year(), funding.matterNumber(), processInstanceId, funding.topic(),
        funding.source(), funding.amount(), funding.use(), funding.meetingKind(), funding.votes(),
        new Timestamp(funding.decidedAt().getTime()));
  }

  /** A community's fundings, newest first; one year or all ({@code year} null). */
  public List<Funding> of(String tenantId, Integer year) {
    return jdbc.query("SELECT * FROM cc_dc_funding WHERE tenant_id_ = ?" + (year == null ? "" : " AND year_ = " + year)
        + " ORDER BY decided_at_ DESC", (rs, i) -> new Funding(rs.getString("matter_number_"), rs.getString("topic_"),
            rs.getString("source_"), rs.getLong("amount_"), rs.getString("use_"), rs.getString("meeting_kind_"),
            rs.getString("votes_"), rs.getTimestamp("decided_at_"), rs.getInt("year_")), tenantId);
  }

  public Optional<Audit> audit(String tenantId, int year) {
    return audits(tenantId).stream().filter(a -> a.year() == year).findFirst();
  }

  public List<Audit> audits(String tenantId) {
    return jdbc.query("SELECT * FROM cc_dc_funding_audit WHERE tenant_id_ = ? ORDER BY year_ DESC",
        (rs, i) -> new Audit(rs.getInt("year_"), rs.getString("auditor_"), rs.getString("conclusion_"), rs.getString("opinion_"),
            rs.getInt("records_"), rs.getLong("total_"), rs.getTimestamp("audited_at_")), tenantId);
  }

  void recordAudit(String tenantId, Audit audit, String auditedBy, String processInstanceId) {
    jdbc.update("INSERT INTO cc_dc_funding_audit (tenant_id_, year_, auditor_, conclusion_, opinion_, records_, total_,"
        + " audited_by_, audited_at_, proc_inst_id_) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", tenantId, audit.year(),
        audit.auditor(), audit.conclusion(), audit.opinion(), audit.records(), audit.total(), auditedBy,
        new Timestamp(audit.auditedAt().getTime()), processInstanceId);
  }
}
