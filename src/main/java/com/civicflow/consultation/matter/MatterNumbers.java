package com.civicflow.consultation.matter;

import java.time.Year;
import java.time.ZoneId;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Readable matter numbers, {@code <COMMUNITY>-<year>-<seq>} (e.g. {@code MINZULU-2026-0007}), counted
 * per tenant and year in the engine's own database and transaction: a start that fails gives its number
 * back.
 */
@Component
public class MatterNumbers {

  static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
  private final JdbcTemplate jdbc;

  MatterNumbers(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
    jdbc.execute("CREATE TABLE IF NOT EXISTS cc_matter_counter ("
        + "scope_ VARCHAR(100) NOT NULL PRIMARY KEY, last_value_ INTEGER NOT NULL)");
  }

  public String next(String tenantId) {
    int year = Year.from(ClockUtil.getCurrentTime().toInstant().atZone(ZONE)).getValue();
    String scope = tenantId + "/" + year;
    int value = increment(scope);
    return "%s-%d-%04d".formatted(tenantId.toUpperCase().replace("-", ""), year, value);
  }

  private int increment(String scope) {
    for (int attempt = 0; ; attempt++) {
      if (jdbc.update("UPDATE cc_matter_counter SET last_value_ = last_value_ + 1 WHERE scope_ = ?", scope) == 1) {
        return jdbc.queryForObject("SELECT last_value_ FROM cc_matter_counter WHERE scope_ = ?", Integer.class, scope);
      }
      try {
        jdbc.update("INSERT INTO cc_matter_counter (scope_, last_value_) VALUES (?, 1)", scope);
        return 1;
      } catch (DuplicateKeyException raced) {
        if (attempt > 2) {
          throw raced;
        }
      }
    }
  }
}
