package com.civicflow.consultation.bench;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import com.civicflow.consultation.system.TasklistFilters;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.sql.DataSource;
import org.slf4j.LoggerFactory;

/**
 * The four shared Tasklist filters, first page, as Tasklist loads them for a community member, a street office and a
 * district supervisor (logged in, the webapp's own REST calls); after {@code ANALYZE}. Also captures the SQL the
 * engine ran for 本组待办 and shows PostgreSQL's plan for it (EXPLAIN ANALYZE with the same parameters).
 */
final class FilterBench {

  static final List<String> FILTERS = List.of(TasklistFilters.MINE, TasklistFilters.GROUP, TasklistFilters.DUE_SOON,
      TasklistFilters.OVERDUE);
  static final Map<String, String> USERS = new LinkedHashMap<>();

  static {
    USERS.put(GeneratedOrganisation.COMMUNITY_MEMBER, "community member (议事委员)");
    USERS.put(GeneratedOrganisation.STREET_OFFICE, "street office (街道办事处)");
    USERS.put(GeneratedOrganisation.SUPERVISOR, "district supervisor (区督办)");
  }

  private static final String TASK_QUERY = "org.camunda.bpm.engine.impl.persistence.entity.TaskEntity.selectTaskByQueryCriteria";

  record Timing(String user, String role, String filter, long visible, double p50, double p95) {}

  record Result(List<Timing> timings, String groupFilterSql, String groupFilterPlan) {
    double worstP95() {
      return timings.stream().mapToDouble(Timing::p95).max().orElse(Double.NaN);
    }

    Timing of(String user, String filter) {
      return timings.stream().filter(t -> t.user().equals(user) && t.filter().equals(filter)).findFirst().orElseThrow();
    }
  }

  private FilterBench() {}

  static Result measure(ProductContext app, int samples) {
    analyze(app.bean(DataSource.class));
    TasklistFilters filters = app.bean(TasklistFilters.class);
    List<Timing> timings = new ArrayList<>();
    String sql = "";
    String plan = "";
    for (Map.Entry<String, String> user : USERS.entrySet()) {
      TasklistSession session = TasklistSession.login(app.port(), user.getKey(), "demo");
      for (String filter : FILTERS) {
        String id = filters.byName(filter).getId();
        long visible = 0;
        for (int i = 0; i < 5; i++) {
          visible = session.firstPage(id).path("count").asLong();
        }
        List<Double> times = new ArrayList<>();
        for (int i = 0; i < samples; i++) {
          long start = System.nanoTime();
          session.firstPage(id);
          times.add(Stats.millisSince(start));
        }
        timings.add(new Timing(user.getKey(), user.getValue(), filter, visible, Stats.median(times), Stats.p95(times)));
      }
      if (user.getKey().equals(GeneratedOrganisation.COMMUNITY_MEMBER)) {
        String groupFilter = filters.byName(TasklistFilters.GROUP).getId();
        List<String> lines = captureSql(() -> session.firstPage(groupFilter));
        sql = lines.isEmpty() ? "" : lines.get(0);
        plan = lines.isEmpty() ? "(no SQL captured)" : explain(app.bean(DataSource.class), lines.get(0), lines.get(1));
      }
    }
    return new Result(timings, sql, plan);
  }

  static void analyze(DataSource dataSource) {
    try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
      statement.execute("ANALYZE");
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  /** The SQL (with ?) and parameter line MyBatis logs for the task query while the action runs. */
  static List<String> captureSql(Runnable action) {
    Logger logger = (Logger) LoggerFactory.getLogger(TASK_QUERY);
    ListAppender<ILoggingEvent> appender = new ListAppender<>();
    appender.start();
    Level level = logger.getLevel();
    logger.addAppender(appender);
    logger.setLevel(Level.DEBUG);
    try {
      action.run();
    } finally {
      logger.setLevel(level);
      logger.detachAppender(appender);
    }
    String sql = null;
    String parameters = null;
    for (ILoggingEvent event : appender.list) {
      String message = event.getFormattedMessage();
      if (message.contains("Preparing:") && sql == null) {
        sql = message.substring(message.indexOf("Preparing:") + "Preparing:".length()).trim();
      } else if (message.contains("Parameters:") && parameters == null) {
        parameters = message.substring(message.indexOf("Parameters:") + "Parameters:".length()).trim();
      }
    }
    return sql == null ? List.of() : List.of(sql, parameters == null ? "" : parameters);
  }

  private static final Pattern PARAMETER = Pattern.compile("(.*?)\\((String|Integer|Long|Timestamp|Boolean|Date)\\)(?:, |$)");

  /** PostgreSQL's plan for the statement with these parameters: EXPLAIN (ANALYZE, BUFFERS). */
  static String explain(DataSource dataSource, String sql, String parameters) {
    try (Connection connection = dataSource.getConnection();
        PreparedStatement statement = connection.prepareStatement("EXPLAIN (ANALYZE, BUFFERS) " + sql)) {
      Matcher matcher = PARAMETER.matcher(parameters);
      int index = 1;
      while (matcher.find()) {
        String value = matcher.group(1);
        switch (matcher.group(2)) {
          case "Integer" -> statement.setInt(index, Integer.parseInt(value));
          case "Long" -> statement.setLong(index, Long.parseLong(value));
          case "Boolean" -> statement.setBoolean(index, Boolean.parseBoolean(value));
          case "Timestamp", "Date" -> statement.setTimestamp(index, Timestamp.valueOf(value));
          default -> statement.setString(index, value);
        }
        index++;
      }
      StringBuilder plan = new StringBuilder();
      try (ResultSet rows = statement.executeQuery()) {
        while (rows.next()) {
          plan.append(rows.getString(1)).append('\n');
        }
      }
      return plan.toString();
    } catch (SQLException | RuntimeException e) {
      return "(EXPLAIN failed: " + e.getMessage() + ")";
    }
  }
}
