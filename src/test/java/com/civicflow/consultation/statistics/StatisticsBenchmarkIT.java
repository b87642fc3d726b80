package com.civicflow.consultation.statistics;

import com.civicflow.consultation.TestPostgres;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.ProcessEngine;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Measures the statistics at volume on embedded PostgreSQL; runs only when asked for, with the number of finished
 * matters:
 * <pre>./mvnw verify -Dtest=NONE -Dsurefire.failIfNoSpecifiedTests=false -Dit.test=StatisticsBenchmarkIT -Dstatistics.benchmark.matters=100000</pre>
 * The known matters are made by {@link StatisticsScenario}, then their history is copied ({@link StatisticsLoad}) until
 * there are that many finished matters, and the reporting tables are rebuilt from it; each filter is timed over 20 calls ({@link StatisticsBenchmark}). The figures are printed and written
 * to {@code target/benchmarks/statistics.md}. Nothing is asserted: it is a measurement, not a test. With
 * {@code -Dstatistics.benchmark.url=jdbc:postgresql://…} it uses that server instead of an embedded one and keeps the
 * data: a second run with no more matters than there are measures again without making any.
 */
@SpringBootTest
@ActiveProfiles("postgres")
@DirtiesContext
@EnabledIfSystemProperty(named = "statistics.benchmark.matters", matches = "\\d+")
class StatisticsBenchmarkIT {

  static final String EXTERNAL = System.getProperty("statistics.benchmark.url", "");
  static final EmbeddedPostgres POSTGRES = EXTERNAL.isEmpty() ? TestPostgres.start() : null;
  static final int RUNS = Integer.getInteger("statistics.benchmark.runs", 20);

  @DynamicPropertySource
  static void database(DynamicPropertyRegistry registry) {
    if (POSTGRES != null) {
      TestPostgres.register(registry, POSTGRES);
    } else {
      TestPostgres.register(registry, EXTERNAL);
    }
  }

  @Autowired ProcessEngine engine;
  @Autowired JdbcTemplate jdbc;
  @Autowired Statistics statistics;
  @Autowired StatisticsAccess access;
  @Autowired ReportingRows reportingRows;

  @Test
  void measure() throws IOException {
    long wanted = Long.parseLong(System.getProperty("statistics.benchmark.matters"));
    long started = System.nanoTime();
    long matters = StatisticsLoad.finishedMatters(jdbc, "");
    if (matters < wanted) {
      if (matters == 0) {
        StatisticsScenario.run(engine);
      }
      matters = StatisticsLoad.cloneFinishedMatters(jdbc, wanted);
    }
    double copied = (System.nanoTime() - started) / 1e9;
    started = System.nanoTime();
    reportingRows.rebuild();
    double rebuilt = (System.nanoTime() - started) / 1e9;
    for (String table : List.of(ReportingTables.MATTER, ReportingTables.RESULT, ReportingTables.REVIEW, ReportingTables.NOTICE,
        ReportingTables.MEETING, ReportingTables.TOPIC)) {
      jdbc.execute("ANALYZE " + table); // as autovacuum would shortly after the rebuild
    }
    List<String> lines = new ArrayList<>();
    lines.add("# Statistics at volume (" + java.time.LocalDate.now() + ")");
    lines.add("");
    lines.add(String.format("%,d finished matters (history copied in %.0f s, reporting tables rebuilt from it in %.1f s);"
        + " rows: %s", matters, copied, rebuilt, StatisticsLoad.TABLES.stream().map(t -> t + " "
            + String.format("%,d", jdbc.queryForObject("SELECT COUNT(*) FROM " + t, Long.class))).toList()));
    lines.add("");
    lines.add("| who | filter | timing of Statistics.report |");
    lines.add("| --- | --- | --- |");
    measure(lines, "admin", null, null, null, "everything");
    measure(lines, "yuzhong-supervisor", null, null, null, "渝中区, all time");
    measure(lines, "jiefangbei-office", null, null, null, "解放碑街道, all time");
    measure(lines, "yuzhong-supervisor", "minzulu", "2025-01-01", "2025-12-31", "民族路社区, 2025");
    lines.forEach(System.out::println);
    Path report = Path.of("target", "benchmarks", "statistics.md");
    Files.createDirectories(report.getParent());
    Files.write(report, lines);
  }

  private void measure(List<String> lines, String user, String unit, String from, String to, String label) {
    StatisticsFilter filter = access.scope(user, unit, null, from, to).filter();
    lines.add("| " + user + " | " + label + " | " + StatisticsBenchmark.measure(statistics, filter, RUNS) + " |");
  }
}
