package com.civicflow.consultation.statistics;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;

/**
 * The SQL shared by the figures and the reporting rows: the rows of the matters in scope — in the filter's tenants,
 * of its models, raised in its period — and the helpers that write ids of the catalogue into SQL as checked literals. Whatever the user chose (tenants, models, dates) is a bound
 * parameter.
 */
final class MatterSql {

  private static final Pattern ID = Pattern.compile("[A-Za-z0-9_-]+");

  private MatterSql() {}

  /**
   * The rows of a reporting table that belong to the matters in scope: {@code FROM table alias WHERE …} on the
   * matter's tenant, model and start, which every such table holds.
   */
  static String ofMatters(String table, String alias) {
    return " FROM " + table + " " + alias + " WHERE " + alias + ".tenant_id_ IN (:tenants) AND " + alias
        + ".model_key_ IN (:matterKeys) AND " + alias + ".started_at_ >= :from AND " + alias + ".started_at_ < :to";
  }

  /** The filter's values (and the engine clock's now) as parameters: tenants, matterKeys, processKeys, from, to, now. */
  static MapSqlParameterSource parameters(StatisticsFilter filter, Instant now) {
    return new MapSqlParameterSource()
        .addValue("tenants", filter.tenants())
        .addValue("matterKeys", filter.models().stream().map(ConsultationModel::matterKey).toList())
        .addValue("processKeys", filter.models().stream().flatMap(m -> m.processKeys().stream()).toList())
        .addValue("from", Timestamp.from(filter.from()))
        .addValue("to", Timestamp.from(filter.to()))
        .addValue("now", Timestamp.from(now));
  }

  /** A process-scope variable of an instance: {@code LEFT JOIN ACT_HI_VARINST alias ON …}. */
  static String variable(String alias, String instanceColumn, String name) {
    return " LEFT JOIN ACT_HI_VARINST " + alias + " ON " + alias + ".PROC_INST_ID_ = " + instanceColumn + " AND "
        + alias + ".EXECUTION_ID_ = " + instanceColumn + " AND " + alias + ".NAME_ = " + literal(name) + " AND "
        + alias + ".STATE_ = 'CREATED'";
  }

  /** The conditions joined by OR, or a condition that is never true. */
  static String anyOf(List<String> conditions) {
    return conditions.isEmpty() ? "1 = 0" : conditions.stream().collect(Collectors.joining(" OR ", "(", ")"));
  }

  /** An id from the catalogue as an SQL string literal; anything but letters, digits, '_' and '-' is refused. */
  static String literal(String id) {
    if (id == null || !ID.matcher(id).matches()) {
      throw new IllegalArgumentException("not an id: " + id);
    }
    return "'" + id + "'";
  }
}
