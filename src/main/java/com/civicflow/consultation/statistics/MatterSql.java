package com.civicflow.consultation.statistics;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;

/**
 * The SQL every figure starts from: {@code m}, the matters in scope — top-level instances of the chosen models'
 * matter processes, in the filter's tenants, raised in its period — with whether each was not admitted. Ids of
 * processes and steps come from the model catalogue and are written into the SQL as checked literals; whatever the
 * user chose (tenants, models, dates) is a bound parameter.
 */
final class MatterSql {

  private static final Pattern ID = Pattern.compile("[A-Za-z0-9_-]+");

  private MatterSql() {}

  /** {@code WITH m AS (…)}: matter_id, matter_key, started_at, ended_at, matter_state, not_admitted (1/0). */
  static String matters(StatisticsFilter filter) {
    return "WITH m AS (SELECT p.PROC_INST_ID_ AS matter_id, p.PROC_DEF_KEY_ AS matter_key, p.START_TIME_ AS started_at,"
        + " p.END_TIME_ AS ended_at, p.STATE_ AS matter_state,"
        + " CASE WHEN p.END_TIME_ IS NOT NULL AND " + notAdmitted(filter.models()) + " THEN 1 ELSE 0 END AS not_admitted"
        + " FROM ACT_HI_PROCINST p WHERE p.SUPER_PROCESS_INSTANCE_ID_ IS NULL AND p.PROC_DEF_KEY_ IN (:matterKeys)"
        + " AND p.TENANT_ID_ IN (:tenants) AND p.START_TIME_ >= :from AND p.START_TIME_ < :to) ";
  }

  private static String notAdmitted(List<ConsultationModel> models) {
    return anyOf(models.stream().filter(model -> model.notAdmittedEnd().isPresent()).map(model ->
        "(p.PROC_DEF_KEY_ = " + literal(model.matterKey()) + " AND p.END_ACT_ID_ = " + literal(model.notAdmittedEnd().get())
            + model.admittedStep().map(step -> " AND NOT EXISTS (SELECT 1 FROM ACT_HI_ACTINST x WHERE x.PROC_INST_ID_ ="
                + " p.PROC_INST_ID_ AND x.ACT_ID_ = " + literal(step) + ")").orElse("") + ")").toList());
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
