package com.civicflow.consultation.statistics;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Rounding of the figures as the page and the exports show them, and rows of counts with their total. */
final class Figures {

  static final String TOTAL = "合计";

  private Figures() {}

  /** part / whole in per cent with one decimal, or null when there is no whole. */
  static Double percent(long part, long whole) {
    return whole == 0 ? null : Math.round(part * 1000.0 / whole) / 10.0;
  }

  /** Days with one decimal, or null. */
  static Double days(Double value) {
    return value == null ? null : Math.round(value * 10.0) / 10.0;
  }

  /** A row per label with its counts (each {@code columns} long), then the total row. */
  static List<List<Object>> withTotal(Map<String, long[]> counts, int columns) {
    long[] total = new long[columns];
    List<List<Object>> rows = new ArrayList<>();
    counts.forEach((label, values) -> {
      rows.add(row(label, values));
      for (int i = 0; i < columns; i++) {
        total[i] += values[i];
      }
    });
    rows.add(row(TOTAL, total));
    return rows;
  }

  private static List<Object> row(String label, long[] values) {
    List<Object> row = new ArrayList<>(List.of(label));
    for (long value : values) {
      row.add(value);
    }
    return row;
  }

  /** A percentage for a headline: "8.3%", or "—" without a whole. */
  static String percentText(Double percent) {
    return percent == null ? "—" : percent + "%";
  }
}
