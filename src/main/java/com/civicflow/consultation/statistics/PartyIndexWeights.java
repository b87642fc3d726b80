package com.civicflow.consultation.statistics;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.camunda.bpm.dmn.engine.DmnDecision;
import org.camunda.bpm.dmn.engine.DmnEngine;
import org.camunda.bpm.dmn.engine.DmnEngineConfiguration;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.DecisionDefinition;
import org.camunda.bpm.engine.variable.Variables;
import org.springframework.stereotype.Component;

/**
 * The weights a district gives the inputs of 堡垒指数 and 先锋指数, from the decision table
 * {@value #DECISION} an administrator edits in Modeler (hit policy COLLECT: one row per index and indicator). The
 * seed gives no formula: a weighted figure is Σ weight × indicator, computed only when the district has weighted
 * every row of that index with indicators this report knows. The latest deployed version is read from the repository
 * and evaluated by a plain DMN engine of its own (no decision history: the statistics only read, in a read-only
 * transaction).
 */
@Component
class PartyIndexWeights {

  static final String DECISION = "kenli-party-index-weights";
  static final String FORTRESS = "堡垒指数";
  static final String VANGUARD = "先锋指数";

  /** One index's weights for one district: indicator → weight, or why there is no weighted figure. */
  record Weights(Map<String, Double> byIndicator, String missing) {

    boolean complete() {
      return missing == null;
    }

    /** Σ weight × value over the indicators, or null when a weight is missing or an indicator has no value. */
    Double weigh(Map<String, Object> values) {
      if (!complete()) {
        return null;
      }
      double sum = 0;
      for (Map.Entry<String, Double> weight : byIndicator.entrySet()) {
        if (!(values.get(weight.getKey()) instanceof Number value)) {
          return null;
        }
        sum += weight.getValue() * value.doubleValue();
      }
      return Math.round(sum * 100.0) / 100.0;
    }

    /** How the page explains the weighted figure. */
    String describe() {
      if (!complete()) {
        return "加权值：" + missing + "，不计算加权值。";
      }
      StringBuilder formula = new StringBuilder();
      byIndicator.forEach((indicator, weight) -> formula.append(formula.isEmpty() ? "" : " + ").append(weight).append(" × ")
          .append(indicator));
      return "加权值 = " + formula + "（权重由区里在决策表 " + DECISION + " 中确定，比率按百分数计）。";
    }
  }

  private final RepositoryService repository;
  private final DmnEngine dmn;
  /** Parsed tables by decision definition id (a redeployment is a new id). */
  private final Map<String, DmnDecision> parsed = new ConcurrentHashMap<>();

  PartyIndexWeights(RepositoryService repository) {
    this.repository = repository;
    this.dmn = DmnEngineConfiguration.createDefaultDmnEngineConfiguration().buildEngine();
  }

  private List<Map<String, Object>> rows(String districtId) {
    DecisionDefinition latest = repository.createDecisionDefinitionQuery().decisionDefinitionKey(DECISION)
        .withoutTenantId().latestVersion().singleResult();
    if (latest == null) {
      return List.of();
    }
    DmnDecision table = parsed.computeIfAbsent(latest.getId(), id -> {
      try (InputStream in = repository.getDecisionModel(id)) {
        return dmn.parseDecision(DECISION, in);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    });
    return dmn.evaluateDecisionTable(table, Variables.createVariables().putValue("districtId", districtId)).getResultList();
  }

  /** The district's weights of one index, checked against the indicators the index has. */
  Weights of(String districtId, String index, List<String> indicators) {
    List<Map<String, Object>> rows = rows(districtId);
    Map<String, Double> weights = new LinkedHashMap<>();
    for (Map<String, Object> row : rows) {
      if (!index.equals(row.get("index"))) {
        continue;
      }
      String indicator = String.valueOf(row.get("indicator"));
      if (!indicators.contains(indicator)) {
        return new Weights(Map.of(), "决策表 " + DECISION + " 中的指标“" + indicator + "”不是" + index + "的指标");
      }
      if (!(row.get("weight") instanceof Number weight)) {
        return new Weights(Map.of(), "区里尚未在决策表 " + DECISION + " 中填写“" + indicator + "”的权重");
      }
      weights.put(indicator, weight.doubleValue());
    }
    return Optional.of(weights).filter(w -> !w.isEmpty()).map(w -> new Weights(w, null))
        .orElse(new Weights(Map.of(), "决策表 " + DECISION + " 中没有该区的" + index + "权重"));
  }
}
