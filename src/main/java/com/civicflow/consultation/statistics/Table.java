package com.civicflow.consultation.statistics;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;

/**
 * One table of the statistics, as the page shows it, the chart draws it and CSV/XLSX export it: cells are text or
 * numbers (null for "not applicable"). When {@code totalRow} is set the last row is the total and no chart shows it.
 */
public record Table(String id, String title, String note, List<String> columns, List<List<Object>> rows, boolean totalRow,
    Chart chart) {

  public Table {
    columns = List.copyOf(columns);
    rows = rows.stream().map(row -> Collections.unmodifiableList(new ArrayList<>(row))).toList();
  }

  /**
   * How the page charts a table (ECharts): {@code type} bar (grouped), stack (stacked bars), hbar (horizontal
   * bars) or pie; {@code category} the columns naming a bar or slice (joined), {@code series} the columns of values.
   * A pie with one value column has a slice per row, with several (and one row) a slice per column.
   */
  public record Chart(String type, List<Integer> category, List<Integer> series) {}

  /** The cells of one column, top to bottom. */
  public List<Object> column(int index) {
    return rows.stream().map(row -> row.get(index)).toList();
  }

  /** The row whose first cell is this label. */
  public Optional<List<Object>> row(String label) {
    return rows.stream().filter(row -> label.equals(row.get(0))).findFirst();
  }
}
