package com.civicflow.consultation.bench;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;

/**
 * The history one matter leaves once it has ended: the rows of every history table (and byte arrays) that carry its
 * top-level instance ({@code ROOT_PROC_INST_ID_}) — its called processes, tasks, variables, details, job logs … —
 * and their size as PostgreSQL stores them ({@code pg_column_size} of each row); plus the factor by which the
 * history tables' indexes and TOAST make that bigger on disk.
 */
final class HistoryFootprint {

  record Footprint(long rows, long bytes, Map<String, Long> rowsByTable) {}

  private HistoryFootprint() {}

  static Footprint of(DataSource dataSource, String rootProcessInstanceId) {
    long rows = 0;
    long bytes = 0;
    Map<String, Long> byTable = new LinkedHashMap<>();
    try (Connection connection = dataSource.getConnection()) {
      for (String table : tables(connection)) {
        try (PreparedStatement count = connection.prepareStatement("SELECT count(*), coalesce(sum(pg_column_size(t.*)), 0) FROM "
            + table + " t WHERE root_proc_inst_id_ = ?")) {
          count.setString(1, rootProcessInstanceId);
          try (ResultSet result = count.executeQuery()) {
            result.next();
            if (result.getLong(1) > 0) {
              byTable.put(table, result.getLong(1));
            }
            rows += result.getLong(1);
            bytes += result.getLong(2);
          }
        }
      }
      // the product's own records of the matter: its files (一事一档, one per ended instance) and its mail
      for (String own : List.of(
          "cc_matter_file t WHERE process_instance_id_ IN (SELECT id_ FROM act_hi_procinst WHERE root_proc_inst_id_ = ?)",
          "cc_mail_outbox t WHERE matter_ = (SELECT business_key_ FROM act_hi_procinst WHERE id_ = ?)")) {
        try (PreparedStatement count = connection.prepareStatement(
            "SELECT count(*), coalesce(sum(pg_column_size(t.*)), 0) FROM " + own)) {
          count.setString(1, rootProcessInstanceId);
          try (ResultSet result = count.executeQuery()) {
            result.next();
            byTable.put(own.substring(0, own.indexOf(' ')), result.getLong(1));
            rows += result.getLong(1);
            bytes += result.getLong(2);
          }
        } catch (SQLException missing) {
          connection.rollback();
        }
      }
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
    return new Footprint(rows, bytes, byTable);
  }

  /** Total size on disk of the history tables (with indexes and TOAST) over the size of their rows. */
  static double diskFactor(DataSource dataSource) {
    try (Connection connection = dataSource.getConnection()) {
      long total = 0;
      long heap = 0;
      for (String table : tables(connection)) {
        try (PreparedStatement size = connection.prepareStatement(
            "SELECT pg_total_relation_size(?::regclass), (SELECT coalesce(sum(pg_column_size(t.*)), 0) FROM " + table + " t)")) {
          size.setString(1, table);
          try (ResultSet result = size.executeQuery()) {
            result.next();
            total += result.getLong(1);
            heap += result.getLong(2);
          }
        }
      }
      return heap == 0 ? Double.NaN : (double) total / heap;
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  private static List<String> tables(Connection connection) throws SQLException {
    List<String> tables = new ArrayList<>();
    try (PreparedStatement query = connection.prepareStatement("SELECT table_name FROM information_schema.columns "
        + "WHERE column_name = 'root_proc_inst_id_' AND table_schema = current_schema() "
        + "AND (table_name LIKE 'act_hi_%' OR table_name = 'act_ge_bytearray') ORDER BY table_name");
        ResultSet result = query.executeQuery()) {
      while (result.next()) {
        tables.add(result.getString(1));
      }
    }
    return tables;
  }
}
