package com.civicflow.consultation.bench;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * The benchmark at district scale, on demand: {@code ./mvnw -Pbench verify} (docs/benchmark.md). Not a timed test: it
 * fails only when it could not measure; the figures are in target/bench/.
 */
class DistrictScaleBench {

  @Test
  void measures() {
    BenchReport report = DistrictBench.run(BenchConfig.of(System.getProperty("bench.scale", "full")));
    assertThat(report.get("scale")).isNotNull();
  }
}
