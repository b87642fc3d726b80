package com.civicflow.consultation.statistics;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The statistics as one CSV file (RFC 4180, UTF-8 with a byte-order mark so that Excel shows the Chinese): the
 * filter, then each table under its title, separated by an empty line. Text that a spreadsheet would take for a
 * formula (=, +, -, @) is prefixed with an apostrophe.
 */
final class CsvExport {

  private CsvExport() {}

  static byte[] of(StatisticsReport report, List<String> heading) {
    StringBuilder csv = new StringBuilder("\uFEFF");
    heading.forEach(line -> csv.append(cell(line)).append("\r\n"));
    for (Table table : report.tables()) {
      csv.append("\r\n").append(cell(table.title())).append("\r\n");
      csv.append(line(table.columns().stream().map(Object.class::cast).toList()));
      table.rows().forEach(row -> csv.append(line(row)));
    }
    return csv.toString().getBytes(StandardCharsets.UTF_8);
  }

  private static String line(List<Object> cells) {
    return cells.stream().map(CsvExport::cell).collect(Collectors.joining(",")) + "\r\n";
  }

  static String cell(Object value) {
    if (value == null) {
      return "";
    }
    if (value instanceof Number) {
      return value.toString();
    }
    String text = value.toString();
    if (!text.isEmpty() && "=+-@".indexOf(text.charAt(0)) >= 0) {
      text = "'" + text;
    }
    boolean quote = text.contains(",") || text.contains("\"") || text.contains("\n") || text.contains("\r");
    return quote ? "\"" + text.replace("\"", "\"\"") + "\"" : text;
  }
}
