package com.civicflow.consultation.statistics;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

/**
 * The statistics as an Excel workbook (fastexcel writes the OOXML): a sheet 说明 with the filter, then one sheet per
 * table with its title, bold column headers and numbers as numbers.
 */
final class XlsxExport {

  private XlsxExport() {}

  static byte[] of(StatisticsReport report, List<String> heading) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (Workbook workbook = new Workbook(out, "社区协商统计分析", "1.0")) {
      Worksheet about = workbook.newWorksheet("说明");
      about.width(0, 80);
      for (int i = 0; i < heading.size(); i++) {
        about.value(i, 0, heading.get(i));
      }
      for (Table table : report.tables()) {
        write(workbook.newWorksheet(sheetName(table.title())), table);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("统计表导出失败", e);
    }
    return out.toByteArray();
  }

  private static void write(Worksheet sheet, Table table) {
    sheet.value(0, 0, table.title());
    sheet.style(0, 0).bold().fontSize(13).set();
    for (int c = 0; c < table.columns().size(); c++) {
      sheet.value(1, c, table.columns().get(c));
      sheet.style(1, c).bold().fillColor("E8EDF3").set();
      sheet.width(c, c == 0 ? 28 : 16);
    }
    for (int r = 0; r < table.rows().size(); r++) {
      List<Object> row = table.rows().get(r);
      for (int c = 0; c < row.size(); c++) {
        Object value = row.get(c);
        if (value instanceof Number number) {
          sheet.value(r + 2, c, number);
        } else if (value != null) {
          sheet.value(r + 2, c, value.toString());
        }
      }
    }
    if (table.note() != null) {
      sheet.value(table.rows().size() + 3, 0, table.note());
    }
    sheet.freezePane(1, 2);
  }

  /** Excel allows 31 characters and none of : \ / ? * [ ]. */
  static String sheetName(String title) {
    String name = title.replaceAll("[:\\\\/?*\\[\\]]", "·");
    return name.length() > 31 ? name.substring(0, 31) : name;
  }
}
