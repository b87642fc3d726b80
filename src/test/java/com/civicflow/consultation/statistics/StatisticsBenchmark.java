package com.civicflow.consultation.statistics;

import java.util.Arrays;

/**
 * Measures {@link Statistics#report} for one filter: a few warm-up calls, then {@code runs} timed calls in a row;
 * the timings' median, 95th percentile and maximum in milliseconds. A measuring tool, not a test: it asserts nothing.
 */
public final class StatisticsBenchmark {

  /** Milliseconds over {@code runs} calls. */
  public record Timing(int runs, double p50, double p95, double max) {
    @Override
    public String toString() {
      return String.format("%d calls: p50 %.0f ms, p95 %.0f ms, max %.0f ms", runs, p50, p95, max);
    }
  }

  private StatisticsBenchmark() {}

  public static Timing measure(Statistics statistics, StatisticsFilter filter, int runs) {
    for (int i = 0; i < 3; i++) {
      statistics.report(filter);
    }
    double[] millis = new double[runs];
    for (int i = 0; i < runs; i++) {
      long start = System.nanoTime();
      statistics.report(filter);
      millis[i] = (System.nanoTime() - start) / 1e6;
    }
    Arrays.sort(millis);
    return new Timing(runs, percentile(millis, 0.50), percentile(millis, 0.95), millis[runs - 1]);
  }

  /** Nearest-rank percentile of sorted values. */
  static double percentile(double[] sorted, double p) {
    return sorted[Math.max(0, (int) Math.ceil(p * sorted.length) - 1)];
  }
}
