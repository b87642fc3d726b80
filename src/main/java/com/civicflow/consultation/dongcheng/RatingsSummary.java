package com.civicflow.consultation.dongcheng;

import com.civicflow.consultation.matter.FormOptions;
import com.civicflow.consultation.organisation.OrganisationDirectory;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.history.HistoricVariableInstance;
import org.springframework.stereotype.Service;

/**
 * 评议结果作为街道和区有关部门年度绩效考核指标: the ratings (1–5) the communities gave in the streets' periodic rating
 * rounds of the given year ({@code dongcheng-community-rating}, completed), over the given tenants, per street and
 * per department (number of ratings, average).
 */
@Service
public class RatingsSummary {

  /** One line of the summary. */
  public record Line(String name, long ratings, double average) {}

  /** The summary for annual performance review. */
  public record Summary(int year, List<Line> streets, List<Line> departments) {}

  private final HistoryService history;
  private final OrganisationDirectory directory;

  RatingsSummary(HistoryService history, OrganisationDirectory directory) {
    this.history = history;
    this.directory = directory;
  }

  public Summary of(int year, List<String> tenants) {
    if (tenants.isEmpty()) {
      return new Summary(year, List.of(), List.of());
    }
    List<String> ratings = history.createHistoricProcessInstanceQuery()
        .processDefinitionKey(PeriodicVariables.COMMUNITY_RATING_KEY).tenantIdIn(tenants.toArray(String[]::new)).finished()
        .variableValueEquals(PeriodicVariables.RATING_YEAR.name(), (long) year).list().stream().map(pi -> pi.getId()).toList();
    Map<String, long[]> streets = new TreeMap<>();
    Map<String, long[]> departments = new TreeMap<>();
    for (int i = 0; i < ratings.size(); i += 500) {
      for (HistoricVariableInstance v : history.createHistoricVariableInstanceQuery()
          .processInstanceIdIn(ratings.subList(i, Math.min(ratings.size(), i + 500)).toArray(String[]::new))
          .variableName(PeriodicVariables.RATING_ITEMS.name()).list()) {
        for (Map<String, String> row : FormOptions.rows(v.getValue())) {
          String rating = row.getOrDefault("rating", "");
          if (!rating.matches("[1-5]")) {
            continue;
          }
          if (PeriodicVariables.STREET.equals(row.get("kind"))) {
            add(streets, directory.fullName(directory.streetOf(v.getTenantId()).id()), Long.parseLong(rating));
          } else {
            add(departments, row.getOrDefault("name", ""), Long.parseLong(rating));
          }
        }
      }
    }
    return new Summary(year, lines(streets), lines(departments));
  }

  private static void add(Map<String, long[]> totals, String name, long rating) {
    long[] total = totals.computeIfAbsent(name, k -> new long[2]);
    total[0]++;
    total[1] += rating;
  }

  private static List<Line> lines(Map<String, long[]> totals) {
    List<Line> lines = new ArrayList<>();
    totals.forEach((name, t) -> lines.add(new Line(name, t[0], Math.round(t[1] * 100.0 / t[0]) / 100.0)));
    return lines;
  }
}
