package com.civicflow.consultation.bench;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * National scale from the measured per-matter figures (docs/scale.md): about 600,000 communities and villages, 2
 * matters a month each. Only the inputs marked as assumptions are not measured: the national figures, working hours,
 * the peak factor, how long a matter stays open and the history's time to live (the diagrams' own, 10 years).
 */
final class ScaleProjection {

  static final long COMMUNITIES = 600_000;
  static final int MATTERS_PER_MONTH = 2;
  /** The diagrams' historyTimeToLive: 3,650 days. */
  static final int TTL_YEARS = 10;
  /** An average province (31 provincial units) and a large one. */
  static final long AVERAGE_PROVINCE = COMMUNITIES / 31;
  static final long LARGE_PROVINCE = 50_000;
  /** Working time over which the year's task completions fall, and how much busier the busiest hour is. */
  static final double WORKING_SECONDS_PER_YEAR = 250 * 8 * 3600.0;
  static final double PEAK_FACTOR = 3;
  /** Months a matter stays open, start to archive (the full runs' deadlines: about a month of implementation). */
  static final double MONTHS_OPEN = 2;
  static final double GIB = 1024.0 * 1024 * 1024;

  private ScaleProjection() {}

  /**
   * @param rows history rows per matter, by model
   * @param bytes history bytes per matter, by model
   * @param tasks user tasks per matter, by model
   * @param diskFactor on-disk size of the history tables over their rows' bytes
   * @param completionsPerSecond task completions per second one node (2 cores, PostgreSQL on the same cores)
   *     sustained with 100 matters in flight
   */
  static Map<String, Object> project(Map<String, Long> rows, Map<String, Long> bytes, Map<String, Long> tasks,
      double diskFactor, double completionsPerSecond) {
    double rowsPerMatter = mean(rows.values().stream().map(Long::doubleValue).toList());
    double bytesPerMatter = mean(bytes.values().stream().map(Long::doubleValue).toList());
    double tasksPerMatter = mean(tasks.values().stream().map(Long::doubleValue).toList());
    long mattersPerYear = COMMUNITIES * MATTERS_PER_MONTH * 12;
    Map<String, Object> projection = new LinkedHashMap<>();
    projection.put("matters_per_year", mattersPerYear);
    projection.put("history_rows_per_matter_mean", Math.round(rowsPerMatter));
    projection.put("history_bytes_per_matter_mean", Math.round(bytesPerMatter));
    projection.put("history_rows_per_year", Math.round(mattersPerYear * rowsPerMatter));
    projection.put("history_gib_per_year_on_disk", Stats.round(mattersPerYear * bytesPerMatter * diskFactor / GIB, 0));
    projection.put("history_gib_at_ttl_on_disk", Stats.round(TTL_YEARS * mattersPerYear * bytesPerMatter * diskFactor / GIB, 0));
    double rowsPerDay = mattersPerYear * rowsPerMatter / 365;
    projection.put("cleanup_rows_per_day", Math.round(rowsPerDay));
    projection.put("cleanup_rows_per_second_in_4h_window", Math.round(rowsPerDay / (4 * 3600)));
    for (Map.Entry<String, Long> province : Map.of("average_province", AVERAGE_PROVINCE, "large_province", LARGE_PROVINCE)
        .entrySet()) {
      long matters = province.getValue() * MATTERS_PER_MONTH * 12;
      double peak = matters * tasksPerMatter / WORKING_SECONDS_PER_YEAR * PEAK_FACTOR;
      Map<String, Object> p = new LinkedHashMap<>();
      p.put("communities", province.getValue());
      p.put("matters_per_year", matters);
      p.put("matters_in_flight", Math.round(province.getValue() * MATTERS_PER_MONTH * MONTHS_OPEN));
      p.put("open_tasks_estimate", Math.round(province.getValue() * MATTERS_PER_MONTH * MONTHS_OPEN * 1.2));
      p.put("peak_task_completions_per_second", Stats.round(peak, 2));
      p.put("nodes_2_core_at_measured_rate", Math.max(2, (long) Math.ceil(peak / completionsPerSecond * 2)));
      p.put("history_gib_per_year_on_disk", Stats.round(matters * bytesPerMatter * diskFactor / GIB, 1));
      p.put("history_gib_at_ttl_on_disk", Stats.round(TTL_YEARS * matters * bytesPerMatter * diskFactor / GIB, 0));
      projection.put(province.getKey(), p);
    }
    return projection;
  }

  private static double mean(List<Double> values) {
    return values.stream().mapToDouble(Double::doubleValue).average().orElse(Double.NaN);
  }
}
