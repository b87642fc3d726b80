package com.civicflow.consultation.dongcheng;

import static com.civicflow.consultation.dongcheng.PeriodicVariables.*;

import com.civicflow.consultation.matter.FormOptions;
import com.civicflow.consultation.matter.InvalidSubmissionException;
import com.civicflow.consultation.matter.Submission;
import com.civicflow.consultation.organisation.OrganisationDirectory;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.spin.plugin.variable.SpinValues;
import org.springframework.stereotype.Service;

/**
 * One community's part of a rating round: the rows it rates — the street (for every matter of the period) and each
 * department that took part in a matter (协助办理的事项: {@code assistingDepartments}) — prefilled for the form's
 * table; what comes back must be those rows, each rated 1–5.
 */
@Service
class CommunityRating {

  private static final ObjectMapper JSON = new ObjectMapper();

  private final HistoryService history;
  private final OrganisationDirectory directory;

  CommunityRating(HistoryService history, OrganisationDirectory directory) {
    this.history = history;
    this.directory = directory;
  }

  void prepare(DelegateExecution execution) {
    List<HistoricProcessInstance> matters = history.createHistoricProcessInstanceQuery()
        .processDefinitionKey(DongchengConsultation.PROCESS_KEY).tenantIdIn(execution.getTenantId())
        .startedAfter(new java.util.Date(RATING_FROM.required(execution).getTime() - 1))
        .startedBefore(RATING_TO.required(execution)).orderByProcessInstanceStartTime().asc().list();
    Map<String, List<String>> departments = new LinkedHashMap<>();
    for (HistoricProcessInstance matter : matters) {
      history.createHistoricVariableInstanceQuery().processInstanceId(matter.getId())
          .variableName(DongchengVariables.ASSISTING_DEPARTMENTS.name()).list().stream()
          .filter(v -> v.getValue() != null)
          .forEach(v -> EvaluationSteps.departments(v.getValue().toString())
              .forEach(d -> departments.computeIfAbsent(d, k -> new ArrayList<>()).add(matter.getBusinessKey())));
    }
    ArrayNode rows = JSON.createArrayNode();
    rows.addObject().put("name", directory.streetOf(execution.getTenantId()).name() + "办事处").put("kind", STREET)
        .put("matters", matters.size() + " 件：" + String.join("、", matters.stream().map(HistoricProcessInstance::getBusinessKey).toList()));
    departments.forEach((name, numbers) -> rows.addObject().put("name", name).put("kind", DEPARTMENT)
        .put("matters", numbers.size() + " 件：" + String.join("、", numbers)));
    rows.forEach(row -> ((com.fasterxml.jackson.databind.node.ObjectNode) row).putNull("rating").put("comment", ""));
    RATING_ITEMS.set(execution, SpinValues.jsonValue(rows.toString()).create());
    RATING_EXPECTED.set(execution, rows.toString());
  }

  void rated(DelegateTask task) {
    Submission form = Submission.of(task);
    RATING_PARTICIPANTS.set(task, form.text(RATING_PARTICIPANTS, "参加评议的各类主体"));
    List<com.fasterxml.jackson.databind.JsonNode> prepared = new ArrayList<>();
    try {
      JSON.readTree(RATING_EXPECTED.required(task)).forEach(prepared::add);
    } catch (java.io.IOException e) {
      throw new IllegalStateException(e);
    }
    List<String> expected = prepared.stream().map(row -> row.path("name").asText()).toList();
    List<Map<String, String>> rows = FormOptions.rows(RATING_ITEMS.from(task).orElse(null));
    if (rows.size() != expected.size()) {
      throw new InvalidSubmissionException("评议表应有 " + expected.size() + " 行（街道和参与的区有关部门），不能增减");
    }
    ArrayNode stored = JSON.createArrayNode();
    for (int i = 0; i < rows.size(); i++) {
      Map<String, String> row = rows.get(i);
      if (!expected.get(i).equals(row.getOrDefault("name", ""))) {
        throw new InvalidSubmissionException("第 " + (i + 1) + " 行的被评议单位应为“" + expected.get(i) + "”，不能修改");
      }
      String given = row.getOrDefault("rating", "").replaceAll("\\.0+$", "");
      if (!given.matches("[1-5]")) {
        throw new InvalidSubmissionException("请为“" + expected.get(i) + "”评 1–5 分（整数）");
      }
      String comment = row.getOrDefault("comment", "");
      if (comment.length() > 500) {
        throw new InvalidSubmissionException("“" + expected.get(i) + "”的评议意见不能超过 500 字");
      }
      stored.addObject().put("name", expected.get(i)).put("kind", prepared.get(i).path("kind").asText())
          .put("matters", prepared.get(i).path("matters").asText()).put("rating", Integer.parseInt(given)).put("comment", comment);
    }
    RATING_ITEMS.set(task, SpinValues.jsonValue(stored.toString()).create());
  }
}
