package com.civicflow.consultation.statistics;

import java.util.List;

/**
 * A user's checked request: the filter the figures use, what the page offers to choose from (only the user's own
 * units and their districts' models) and what was chosen, as the form shows it again.
 */
public record StatisticsScope(StatisticsFilter filter, List<Option> units, List<Option> models, String unit, String model,
    String from, String to, String description) {

  /** A choice in a select: value and the label shown (indented by level for units). */
  public record Option(String value, String label) {}

  /** The chosen filter as query parameters (for the export links). */
  public String query() {
    StringBuilder query = new StringBuilder();
    append(query, "unit", unit);
    append(query, "model", model);
    append(query, "from", from);
    append(query, "to", to);
    return query.toString();
  }

  private static void append(StringBuilder query, String name, String value) {
    if (value != null && !value.isEmpty()) {
      query.append(query.isEmpty() ? "?" : "&").append(name).append('=')
          .append(java.net.URLEncoder.encode(value, java.nio.charset.StandardCharsets.UTF_8));
    }
  }
}
