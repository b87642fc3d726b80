package com.civicflow.consultation.bench;

import java.nio.file.Path;
import java.util.List;

/**
 * How big the benchmark runs. {@code full} is the district scale of the issue (1,000 communities, 100,000 open
 * tasks, 10,000 overdue tasks, 10/100/1,000 matters in flight, start-up of both jars); {@code smoke} is the same
 * code on a handful of everything, a minute at most, run by every {@code ./mvnw verify} so that the benchmark keeps
 * working.
 *
 * @param districts generated districts (each runs one of the five models, in turn)
 * @param streetsPerDistrict generated streets of each district
 * @param communitiesPerStreet generated communities of each street
 * @param openTasks open tasks the district data set holds (the overdue tasks included)
 * @param overdueTasks implementation tasks that become overdue at once
 * @param inFlight matters in flight for the task completion curve
 * @param completionsPerLevel task completions measured at each level
 * @param lifecycleModels models whose lifecycle ratio is measured (their full runs' paths)
 * @param lifecycleRounds alternating rounds (real, baseline) per model after one warm-up each
 * @param filterSamples timed requests per filter and user (after warm-up)
 * @param startupRuns alternating start-ups of the product and of the bare starter (0: skipped)
 */
record BenchConfig(String scale, int districts, int streetsPerDistrict, int communitiesPerStreet, int openTasks,
    int overdueTasks, List<Integer> inFlight, int completionsPerLevel, List<String> lifecycleModels, int lifecycleRounds,
    int filterSamples, int startupRuns, Path output, Path cache) {

  static final List<String> ALL_MODELS = List.of("yuzhong", "cangzhou", "kenli", "haimen-election", "haimen-seven-step",
      "dongcheng");

  static BenchConfig of(String scale) {
    Path output = Path.of(System.getProperty("bench.output", "target/bench" + ("full".equals(scale) ? "" : "-" + scale)));
    Path cache = Path.of(System.getProperty("bench.cache", System.getProperty("user.home") + "/.cache/consultation-bench"));
    return switch (scale) {
      case "full" -> new BenchConfig(scale, 5, 20, 10, 100_000, 10_000, List.of(10, 100, 1_000), 400, ALL_MODELS,
          integer("bench.lifecycle-rounds", 5), 40, integer("bench.startup-runs", 5), output, cache);
      case "smoke" -> new BenchConfig(scale, 1, 2, 2, 160, 20, List.of(10), 20, List.of("yuzhong"), 1, 5, 0, output,
          output.resolve("cache"));
      default -> throw new IllegalArgumentException("bench.scale: full or smoke, not " + scale);
    };
  }

  /**
   * Which parts run ({@code -Dbench.phases}, comma separated; default all): {@code startup}, {@code filters},
   * {@code overdue}, {@code completion}, {@code lifecycle}; {@code data} only makes the data set's snapshot.
   */
  static boolean runs(String phase) {
    String phases = System.getProperty("bench.phases", "all");
    return phases.equals("all") || java.util.Arrays.asList(phases.split(",")).contains(phase);
  }

  int communities() {
    return districts * streetsPerDistrict * communitiesPerStreet;
  }

  boolean full() {
    return "full".equals(scale);
  }

  private static int integer(String property, int fallback) {
    return Integer.parseInt(System.getProperty(property, String.valueOf(fallback)));
  }
}
