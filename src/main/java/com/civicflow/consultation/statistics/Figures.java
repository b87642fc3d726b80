package com.civicflow.consultation.statistics;

/** Rounding of the figures as the page and the exports show them. */
final class Figures {

  private Figures() {}

  /** part / whole in per cent with one decimal, or null when there is no whole. */
  static Double percent(long part, long whole) {
    return whole == 0 ? null : Math.round(part * 1000.0 / whole) / 10.0;
  }

  /** Days with one decimal, or null. */
  static Double days(Double value) {
    return value == null ? null : Math.round(value * 10.0) / 10.0;
  }

  /** A percentage for a headline: "8.3%", or "—" without a whole. */
  static String percentText(Double percent) {
    return percent == null ? "—" : percent + "%";
  }
}
