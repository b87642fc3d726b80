package com.civicflow.consultation.dongcheng;

import static com.civicflow.consultation.dongcheng.DongchengVariables.DEPARTMENT_NAME;
import static com.civicflow.consultation.dongcheng.DongchengVariables.DEPARTMENT_RATING;
import static com.civicflow.consultation.dongcheng.DongchengVariables.STREET_RATING;

import com.civicflow.consultation.organisation.OrgLevel;
import com.civicflow.consultation.organisation.OrganisationDirectory;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.history.HistoricVariableInstance;
import org.springframework.stereotype.Service;

/**
 * 评议结果作为街道和区有关部门年度绩效考核指标: the residents' ratings (1–5) of the street and of the
 * departments, over the finished and running {@code dongcheng-consultation} matters of the given tenants,
 * per street and per department (number of ratings, average).
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
    List<String> matters = history.createHistoricProcessInstanceQuery()
        .processDefinitionKey(DongchengConsultation.PROCESS_KEY).tenantIdIn(tenants.toArray(String[]::new))
        .list().stream()
        .filter(pi -> pi.getStartTime().toInstant().atZone(com.civicflow.consultation.matter.Submission.ZONE).getYear() == year)
        .map(pi -> pi.getId()).toList();
    Map<String, Map<String, Object>> byMatter = new HashMap<>();
    Map<String, String> tenantOf = new HashMap<>();
    for (int i = 0; i < matters.size(); i += 500) {
      for (HistoricVariableInstance v : history.createHistoricVariableInstanceQuery()
          .processInstanceIdIn(matters.subList(i, Math.min(matters.size(), i + 500)).toArray(String[]::new))
          .variableNameIn(STREET_RATING.name(), DEPARTMENT_RATING.name(), DEPARTMENT_NAME.name()).list()) {
        byMatter.computeIfAbsent(v.getProcessInstanceId(), k -> new HashMap<>()).put(v.getName(), v.getValue());
        tenantOf.put(v.getProcessInstanceId(), v.getTenantId());
      }
    }
    Map<String, long[]> streets = new TreeMap<>();
    Map<String, long[]> departments = new TreeMap<>();
    byMatter.forEach((matter, values) -> {
      if (values.get(STREET_RATING.name()) instanceof Number rating) {
        add(streets, streetName(tenantOf.get(matter)), rating.longValue());
      }
      if (values.get(DEPARTMENT_RATING.name()) instanceof Number rating && values.get(DEPARTMENT_NAME.name()) != null) {
        add(departments, values.get(DEPARTMENT_NAME.name()).toString(), rating.longValue());
      }
    });
    return new Summary(year, lines(streets), lines(departments));
  }

  private String streetName(String tenant) {
    boolean street = directory.find(tenant).map(u -> u.level() == OrgLevel.STREET).orElse(false);
    return directory.fullName(street ? tenant : directory.streetOf(tenant).id());
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
