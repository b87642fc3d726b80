package com.civicflow.consultation.points;

import com.civicflow.consultation.matter.InvalidSubmissionException;
import java.sql.Timestamp;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;

/**
 * The 治理积分 ledger (tables {@code cc_points_account}, {@code cc_points_entry}, Liquibase changelog): one account per
 * resident or shop per community (tenant), its balance and every entry. Plain SQL that H2 and PostgreSQL both accept,
 * written in the engine's transaction: a refused submission or a failed job leaves nothing behind. An entry's
 * {@code sourceKey} is written once: the same earning again (a retried job, another meeting round, a rework) changes
 * nothing. A redemption takes the points with one conditional update, so the balance never goes below zero, also when
 * two redemptions race.
 */
@Service
public class PointsLedger {

  /** Who records the earnings the matters make. */
  public static final String SYSTEM = "系统";

  private final JdbcTemplate jdbc;
  private volatile Boolean postgres;

  PointsLedger(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  /** An account: a resident (居民) or a shop (商户) of a community. */
  public record Account(String id, String tenantId, String holder, String holderKind, long balance, boolean hasCode) {}

  /** One line of an account. */
  public record Entry(String kind, long points, String matter, String note, String recordedBy, Date recordedAt) {}

  /** What a recording wrote: the entry (or none when it was written before) and the balance after it. */
  public record Recorded(Account account, boolean written, long balance) {}

  public Optional<Account> find(String tenantId, String holder) {
    return jdbc.query("SELECT id_, tenant_id_, holder_, holder_kind_, balance_, code_hash_ FROM cc_points_account"
        + " WHERE tenant_id_ = ? AND holder_ = ?", (rs, i) -> account(rs), tenantId, holder).stream().findFirst();
  }

  /** The account of the holder in the community, opened (without a code) when there is none. */
  public Account open(String tenantId, String holder, String holderKind) {
    return find(tenantId, holder).orElseGet(() -> {
      // two matters (on two nodes) may open the same holder's account at once: one atomic statement that leaves an
      // account opened meanwhile alone — a failed INSERT would abort the engine's whole transaction on PostgreSQL
      Object[] values = {UUID.randomUUID().toString(), tenantId, holder, holderKind, now()};
      if (isPostgres()) {
        jdbc.update("INSERT INTO cc_points_account (id_, tenant_id_, holder_, holder_kind_, balance_, created_at_)"
            + " VALUES (?, ?, ?, ?, 0, ?) ON CONFLICT DO NOTHING", values);
      } else {
        jdbc.update("MERGE INTO cc_points_account a USING (VALUES (CAST(? AS VARCHAR(64)), CAST(? AS VARCHAR(64)),"
            + " CAST(? AS VARCHAR(100)), CAST(? AS VARCHAR(16)), CAST(? AS TIMESTAMP)))"
            + " AS s(id_, tenant_id_, holder_, holder_kind_, created_at_)"
            + " ON a.tenant_id_ = s.tenant_id_ AND a.holder_ = s.holder_ WHEN NOT MATCHED THEN INSERT"
            + " (id_, tenant_id_, holder_, holder_kind_, balance_, created_at_)"
            + " VALUES (s.id_, s.tenant_id_, s.holder_, s.holder_kind_, 0, s.created_at_)", values);
      }
      return find(tenantId, holder).orElseThrow();
    });
  }

  private boolean isPostgres() {
    if (postgres == null) {
      postgres = jdbc.execute((org.springframework.jdbc.core.ConnectionCallback<Boolean>) c ->
          "PostgreSQL".equals(c.getMetaData().getDatabaseProductName()));
    }
    return postgres;
  }

  /**
   * Adds an earning once per {@code sourceKey}.
   *
   * @return whether it was written now (false: it had been written before)
   */
  public Recorded earn(Account account, PointsKind kind, long points, String matter, String note, String sourceKey,
      String recordedBy) {
    if (!kind.earns() || points < 0) {
      throw new IllegalArgumentException(kind.label() + " 不是获得积分");
    }
    if (written(sourceKey)) {
      return new Recorded(account, false, balance(account.id()));
    }
    jdbc.update("UPDATE cc_points_account SET balance_ = balance_ + ? WHERE id_ = ?", points, account.id());
    insert(account, kind, points, matter, note, sourceKey, recordedBy);
    return new Recorded(account, true, balance(account.id()));
  }

  /** Takes the points for goods or a service; refused (nothing changes) when the balance does not cover them. */
  public Recorded redeem(Account account, long points, String note, String sourceKey, String recordedBy) {
    if (written(sourceKey)) {
      return new Recorded(account, false, balance(account.id()));
    }
    int taken = jdbc.update("UPDATE cc_points_account SET balance_ = balance_ - ? WHERE id_ = ? AND balance_ >= ?",
        points, account.id(), points);
    if (taken == 0) {
      throw new InvalidSubmissionException("“" + account.holder() + "”的积分余额为 " + balance(account.id()) + " 分，不足以兑换 "
          + points + " 分：积分不能为负数，未作兑换");
    }
    insert(account, PointsKind.REDEMPTION, -points, null, note, sourceKey, recordedBy);
    return new Recorded(account, true, balance(account.id()));
  }

  /** Gives the account a new personal code (an earlier one stops working); returns the code, which is not kept. */
  public String issueCode(Account account) {
    String code = PointsCodes.next();
    jdbc.update("UPDATE cc_points_account SET code_hash_ = ? WHERE id_ = ?", PointsCodes.digest(code), account.id());
    return code;
  }

  /** The account of a personal code in a community; empty for a code that is not one, or of another community. */
  public Optional<Account> byCode(String tenantId, String typedCode) {
    return PointsCodes.normalise(typedCode).flatMap(code -> jdbc.query("SELECT id_, tenant_id_, holder_, holder_kind_,"
        + " balance_, code_hash_ FROM cc_points_account WHERE tenant_id_ = ? AND code_hash_ = ?", (rs, i) -> account(rs),
        tenantId, PointsCodes.digest(code)).stream().findFirst());
  }

  /** The account's entries, newest first. */
  public List<Entry> entries(Account account, int limit) {
    return jdbc.query("SELECT kind_, points_, matter_, note_, recorded_by_, recorded_at_ FROM cc_points_entry"
            + " WHERE account_id_ = ? ORDER BY recorded_at_ DESC, id_ LIMIT ?",
        (rs, i) -> new Entry(rs.getString(1), rs.getLong(2), rs.getString(3), rs.getString(4), rs.getString(5),
            rs.getTimestamp(6)), account.id(), limit);
  }

  long balance(String accountId) {
    return jdbc.queryForObject("SELECT balance_ FROM cc_points_account WHERE id_ = ?", Long.class, accountId);
  }

  private boolean written(String sourceKey) {
    Integer count = jdbc.queryForObject("SELECT COUNT(*) FROM cc_points_entry WHERE source_key_ = ?", Integer.class, sourceKey);
    return count != null && count > 0;
  }

  private void insert(Account account, PointsKind kind, long points, String matter, String note, String sourceKey,
      String recordedBy) {
    String shortNote = note == null || note.length() <= 1000 ? note : note.substring(0, 1000);
    jdbc.update("INSERT INTO cc_points_entry (id_, account_id_, tenant_id_, kind_, points_, matter_, note_, source_key_,"
        + " recorded_by_, recorded_at_) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", UUID.randomUUID().toString(), account.id(),
        account.tenantId(), kind.label(), points, matter, shortNote, sourceKey, recordedBy, now());
  }

  private static Timestamp now() {
    return new Timestamp(ClockUtil.getCurrentTime().getTime());
  }

  private static Account account(java.sql.ResultSet rs) throws java.sql.SQLException {
    return new Account(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getLong(5), rs.getString(6) != null);
  }
}
