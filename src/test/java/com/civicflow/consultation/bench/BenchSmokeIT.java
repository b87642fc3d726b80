package com.civicflow.consultation.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import org.junit.jupiter.api.Test;

/**
 * The benchmark's smoke configuration, in every {@code ./mvnw verify}: the same code as the full run on a handful of
 * communities, tasks and matters, so that the benchmark keeps working. Checks that every figure was measured, not how
 * fast (target/bench-smoke/).
 */
class BenchSmokeIT {

  @Test
  void theBenchmarkRunsOnASmallDistrict() {
    BenchConfig config = BenchConfig.of("smoke");
    BenchReport report = DistrictBench.run(config);
    assertThat(report.get("filter_p95_ms")).isNotNull();
    assertThat(report.get("overdue_10k_s")).isNotNull();
    assertThat(report.get("task_complete_p95_ms")).isNotNull();
    assertThat(report.get("lifecycle_ratio")).isNotNull();
    assertThat(report.get("history_rows_per_matter")).isNotNull();
    assertThat(Files.exists(config.output().resolve("report.md"))).isTrue();
    assertThat(Files.exists(config.output().resolve("task-completion.png"))).isTrue();
  }
}
