package com.civicflow.consultation.statistics;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Volume for measuring the statistics (PostgreSQL only): copies the real history of every finished top-level instance
 * — each matter with its called legality reviews, notices and implementations — in the four tables the statistics
 * read ({@code ACT_HI_PROCINST}, {@code ACT_HI_ACTINST}, {@code ACT_HI_TASKINST}, {@code ACT_HI_VARINST}) until there
 * are at least the wanted number of finished matters. Every copy keeps its rows' shape and links — each id's last six
 * characters become "z" and the copy's number (ids keep their length; the engine's ids end in its node's hex digits,
 * so no copy meets an original or another copy) — and is moved back by (copy mod 1095) days, so that the matters
 * spread over three years.
 */
public final class StatisticsLoad {

  static final List<String> TABLES = List.of("act_hi_procinst", "act_hi_actinst", "act_hi_taskinst", "act_hi_varinst");
  /** The columns holding ids of instances, executions, activity instances and tasks: they get the copy's number. */
  static final Set<String> ID_COLUMNS = Set.of("id_", "proc_inst_id_", "root_proc_inst_id_", "execution_id_",
      "super_process_instance_id_", "act_inst_id_", "task_id_", "parent_act_inst_id_", "call_proc_inst_id_",
      "parent_task_id_");
  static final int COPIES_PER_STATEMENT = 500;

  private StatisticsLoad() {}

  /** Finished matters afterwards. */
  public static long cloneFinishedMatters(JdbcTemplate jdbc, long matters) {
    List<String> templates = jdbc.queryForList("SELECT id_ FROM act_hi_procinst WHERE super_process_instance_id_ IS NULL"
        + " AND end_time_ IS NOT NULL AND id_ !~ 'z[0-9]{5}$'", String.class);
    long perCopy = finishedMatters(jdbc, "AND p.id_ !~ 'z[0-9]{5}$'");
    if (perCopy == 0) {
      throw new IllegalStateException("no finished matter to copy: run the full runs first");
    }
    long copies = (matters - finishedMatters(jdbc, "") + perCopy - 1) / perCopy;
    String roots = templates.stream().map(id -> "'" + id + "'").collect(Collectors.joining(","));
    for (long first = 1; first <= copies; first += COPIES_PER_STATEMENT) {
      long last = Math.min(copies, first + COPIES_PER_STATEMENT - 1);
      for (String table : TABLES) {
        jdbc.update(copy(jdbc, table, roots, first, last));
      }
    }
    TABLES.forEach(table -> jdbc.execute("ANALYZE " + table));
    return finishedMatters(jdbc, "");
  }

  static long finishedMatters(JdbcTemplate jdbc, String condition) {
    String keys = List.of(ConsultationModel.values()).stream().map(m -> "'" + m.matterKey() + "'").collect(Collectors.joining(","));
    return jdbc.queryForObject("SELECT COUNT(*) FROM act_hi_procinst p WHERE p.super_process_instance_id_ IS NULL"
        + " AND p.end_time_ IS NOT NULL AND p.proc_def_key_ IN (" + keys + ") " + condition, Long.class);
  }

  private static String copy(JdbcTemplate jdbc, String table, String roots, long first, long last) {
    List<String[]> columns = jdbc.query("SELECT column_name, data_type FROM information_schema.columns WHERE table_name = ?"
        + " ORDER BY ordinal_position", (rs, i) -> new String[] {rs.getString(1), rs.getString(2)}, table);
    String names = columns.stream().map(c -> c[0]).collect(Collectors.joining(", "));
    String values = columns.stream().map(c -> ID_COLUMNS.contains(c[0])
        ? "overlay(t." + c[0] + " placing 'z' || lpad(n::text, 5, '0') from length(t." + c[0] + ") - 5)"
        : c[1].startsWith("timestamp") ? "t." + c[0] + " - make_interval(days => (n % 1095)::int)" : "t." + c[0])
        .collect(Collectors.joining(", "));
    return "INSERT INTO " + table + " (" + names + ") SELECT " + values + " FROM " + table + " t CROSS JOIN generate_series("
        + first + ", " + last + ") AS n WHERE t.root_proc_inst_id_ IN (" + roots + ")";
  }
}
