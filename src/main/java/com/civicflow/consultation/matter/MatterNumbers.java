package com.civicflow.consultation.matter;

import java.time.Year;
import java.time.ZoneId;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Readable matter numbers, {@code <COMMUNITY>-<year>-<seq>} (e.g. {@code MINZULU-2026-0007}), counted
 * per tenant and year in the engine's own database and transaction (table {@code cc_matter_counter}, created by
 * the Liquibase changelog): a start that fails gives its number back. One atomic upsert per number, so two
 * nodes starting matters of one community at the same moment wait for each other's row instead of failing:
 * PostgreSQL's {@code INSERT … ON CONFLICT DO UPDATE … RETURNING}; H2 (one node only) has no {@code ON CONFLICT}
 * and takes the standard {@code MERGE}.
 */
@Component
public class MatterNumbers {

  static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
  private static final String POSTGRES_UPSERT = "INSERT INTO cc_matter_counter (scope_, last_value_) VALUES (?, 1) "
      + "ON CONFLICT (scope_) DO UPDATE SET last_value_ = cc_matter_counter.last_value_ + 1 RETURNING last_value_";
  private static final String MERGE = "MERGE INTO cc_matter_counter c USING (VALUES (CAST(? AS VARCHAR(100)))) AS s(scope_) "
      + "ON c.scope_ = s.scope_ WHEN MATCHED THEN UPDATE SET last_value_ = c.last_value_ + 1 "
      + "WHEN NOT MATCHED THEN INSERT (scope_, last_value_) VALUES (s.scope_, 1)";

  private final JdbcTemplate jdbc;
  private volatile Boolean postgres;

  MatterNumbers(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  public String next(String tenantId) {
    int year = Year.from(ClockUtil.getCurrentTime().toInstant().atZone(ZONE)).getValue();
    String scope = tenantId + "/" + year;
    int value = increment(scope);
    return "%s-%d-%04d".formatted(tenantId.toUpperCase().replace("-", ""), year, value);
  }

  private int increment(String scope) {
    if (isPostgres()) {
      return jdbc.queryForObject(POSTGRES_UPSERT, Integer.class, scope);
    }
    jdbc.update(MERGE, scope);
    return jdbc.queryForObject("SELECT last_value_ FROM cc_matter_counter WHERE scope_ = ?", Integer.class, scope);
  }

  private boolean isPostgres() {
    if (postgres == null) {
      postgres = jdbc.execute((ConnectionCallback<Boolean>) c -> "PostgreSQL".equals(c.getMetaData().getDatabaseProductName()));
    }
    return postgres;
  }
}
