package com.civicflow.consultation.bench;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.camunda.bpm.engine.ProcessEngine;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code lifecycle_ratio}: each model's full run, one matter at a time, on the product and on its baseline (plain
 * Camunda, the same diagrams with no-op listeners and delegates, {@link BaselineEngine}), in alternating rounds after a
 * warm-up each; complete consultations per minute of the product over those of the baseline (medians). The product's
 * warm-up run records what its code wrote, which the baseline replays. Also the history each matter leaves.
 */
final class LifecycleBench {

  private static final Logger LOG = LoggerFactory.getLogger(LifecycleBench.class);

  record Model(String model, double productSeconds, double baselineSeconds, int firings, int noOps,
      HistoryFootprint.Footprint history, List<String> failures) {
    double ratio() {
      return baselineSeconds / productSeconds;
    }

    double productPerMinute() {
      return 60 / productSeconds;
    }

    double baselinePerMinute() {
      return 60 / baselineSeconds;
    }
  }

  private LifecycleBench() {}

  static List<Model> measure(ProcessEngine product, EffectRecorder recorder, DataSource productData, BaselineEngine baseline,
      DataSource baselineData, int noOps, List<String> models, int rounds) {
    Map<String, Effects> recorded = new LinkedHashMap<>();
    for (String model : models) {
      LifecycleSteps steps = new LifecycleSteps(product, () -> {});
      recorder.recording = true;
      try {
        FullRuns.run(model, steps);
      } finally {
        recorder.recording = false;
      }
      Effects effects = recorder.take(steps.root());
      tenants(productData, steps.root()).forEach(t -> effects.tenant(t[0], t[1]));
      recorded.put(model, effects);
    }
    copyIdentity(productData, baselineData);
    List<Model> results = new ArrayList<>();
    for (String model : models) {
      Effects effects = recorded.get(model);
      runBaseline(baseline, effects, model);
      List<Double> productTimes = new ArrayList<>();
      List<Double> baselineTimes = new ArrayList<>();
      List<String> failures = new ArrayList<>();
      HistoryFootprint.Footprint history = null;
      int productFailures = Jobs.failures(product).size();
      int baselineFailures = Jobs.failures(baseline.engine()).size();
      for (int round = 0; round < rounds; round++) {
        long start = System.nanoTime();
        LifecycleSteps steps = new LifecycleSteps(product, () -> {});
        FullRuns.run(model, steps);
        productTimes.add((System.nanoTime() - start) / 1e9);
        if (history == null) {
          history = HistoryFootprint.of(productData, steps.root());
        }
        start = System.nanoTime();
        runBaseline(baseline, effects, model);
        baselineTimes.add((System.nanoTime() - start) / 1e9);
      }
      failures.addAll(new ArrayList<>(Jobs.failures(product)).subList(productFailures, Jobs.failures(product).size()));
      List<String> baselineFailed = Jobs.failures(baseline.engine());
      baselineFailed.subList(baselineFailures, baselineFailed.size()).forEach(f -> failures.add("baseline: " + f));
      Model result = new Model(model, Stats.median(productTimes), Stats.median(baselineTimes), effects.firings(), noOps,
          history, failures);
      LOG.info("Lifecycle {}: product {} s, baseline {} s, ratio {}", model, result.productSeconds(),
          result.baselineSeconds(), result.ratio());
      results.add(result);
    }
    return results;
  }

  private static void runBaseline(BaselineEngine baseline, Effects effects, String model) {
    FullRuns.run(model, new LifecycleSteps(baseline.engine(), () -> BaselineEngine.starting(effects.copy())));
  }

  /** Process key and tenant of every instance of the matter, in order of start. */
  private static List<String[]> tenants(DataSource data, String root) {
    List<String[]> tenants = new ArrayList<>();
    try (Connection connection = data.getConnection(); PreparedStatement query = connection.prepareStatement(
        "SELECT proc_def_key_, tenant_id_ FROM act_hi_procinst WHERE root_proc_inst_id_ = ? ORDER BY start_time_, id_")) {
      query.setString(1, root);
      try (ResultSet rows = query.executeQuery()) {
        while (rows.next()) {
          tenants.add(new String[] {rows.getString(1), rows.getString(2)});
        }
      }
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
    return tenants;
  }

  /** The baseline gets the product's users, groups, tenants, memberships and authorizations (as after the runs). */
  static void copyIdentity(DataSource from, DataSource to) {
    for (String table : List.of("act_id_user", "act_id_group", "act_id_membership", "act_id_tenant", "act_id_tenant_member",
        "act_ru_authorization")) {
      try (Connection source = from.getConnection(); Connection target = to.getConnection();
          PreparedStatement read = source.prepareStatement("SELECT * FROM " + table);
          ResultSet rows = read.executeQuery()) {
        target.createStatement().execute("DELETE FROM " + table);
        ResultSetMetaData columns = rows.getMetaData();
        List<String> names = new ArrayList<>();
        for (int i = 1; i <= columns.getColumnCount(); i++) {
          names.add(columns.getColumnName(i));
        }
        String insert = "INSERT INTO " + table + " (" + String.join(", ", names) + ") VALUES ("
            + String.join(", ", names.stream().map(n -> "?").toList()) + ")";
        try (PreparedStatement write = target.prepareStatement(insert)) {
          while (rows.next()) {
            for (int i = 1; i <= names.size(); i++) {
              write.setObject(i, rows.getObject(i));
            }
            write.addBatch();
          }
          write.executeBatch();
        }
      } catch (SQLException e) {
        throw new IllegalStateException("copying " + table, e);
      }
    }
  }
}
