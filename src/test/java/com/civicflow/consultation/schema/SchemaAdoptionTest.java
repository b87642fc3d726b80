package com.civicflow.consultation.schema;

import com.civicflow.consultation.matter.MatterNumbers;
import java.util.UUID;
import org.camunda.bpm.engine.ProcessEngine;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The upgrade of an installation that predates Liquibase, on H2 (the default profile's database, e.g. a
 * developer's ./data): the old engine and the old application created the database; the application starts on
 * it and adopts it (SchemaAdoptionIT does the same on PostgreSQL).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.MOCK)
@ActiveProfiles("test")
class SchemaAdoptionTest {

  static final String URL = "jdbc:h2:mem:adoption-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1";

  @DynamicPropertySource
  static void oldDatabase(DynamicPropertyRegistry registry) {
    OldInstallation.create(URL, "sa", "");
    registry.add("spring.datasource.url", () -> URL);
  }

  @Autowired JdbcTemplate jdbc;
  @Autowired ProcessEngine engine;
  @Autowired MatterNumbers numbers;

  @Test
  void anInstallationTheEngineCreatedItselfIsAdoptedWithItsData() {
    AdoptedSchema.assertAdopted(jdbc, engine, numbers);
  }
}
