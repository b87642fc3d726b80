package com.civicflow.consultation.archive;

import static com.civicflow.consultation.archive.Values.time;

import java.util.ArrayDeque;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.history.HistoricVariableInstance;
import org.springframework.stereotype.Component;

/**
 * Assembles one matter's file (一事一档) from the engine's history: the matter and every process it called
 * (call activities, recursively), every step with who did it and when and what they submitted, minutes,
 * votes, notices and objections, legal review, implementation, overdue episodes and evaluation, and the
 * final value of every variable of every process as the complete record.
 */
@Component
class MatterFileAssembler {

  static final String SCHEMA = "civicflow-matter-file/1";

  private final HistoryService history;
  private final StepHistory stepHistory;
  private final NoticeSection notices;
  private final FormLabels formLabels;
  private final VariableSections sections;
  private final People people;

  MatterFileAssembler(HistoryService history, StepHistory stepHistory, NoticeSection notices, FormLabels formLabels,
      VariableSections sections, People people) {
    this.history = history;
    this.stepHistory = stepHistory;
    this.notices = notices;
    this.formLabels = formLabels;
    this.sections = sections;
    this.people = people;
  }

  Map<String, Object> assemble(String rootProcessInstanceId) {
    HistoricProcessInstance root = history.createHistoricProcessInstanceQuery().processInstanceId(rootProcessInstanceId).singleResult();
    if (root == null) {
      throw new IllegalStateException("No history for process instance " + rootProcessInstanceId);
    }
    List<HistoricProcessInstance> processes = withCalledProcesses(root);
    Map<String, Object> file = new LinkedHashMap<>();
    Map<String, Map<String, Object>> variables = new LinkedHashMap<>();
    List<Map<String, Object>> steps = new ArrayList<>();
    List<Map<String, Object>> minutes = new ArrayList<>();
    List<Map<String, Object>> votes = new ArrayList<>();
    List<Map<String, Object>> noticeList = new ArrayList<>();
    List<Map<String, Object>> overdue = new ArrayList<>();
    List<Map<String, Object>> processList = new ArrayList<>();
    Map<String, String> labels = new java.util.TreeMap<>();
    for (HistoricProcessInstance process : processes) {
      processList.add(describe(process));
      formLabels.ofDefinition(process.getProcessDefinitionId()).forEach(labels::putIfAbsent);
      variables.put(process.getId(), finalValues(process));
      StepHistory.Result result = stepHistory.of(process);
      steps.addAll(result.steps());
      for (Map<String, Object> update : result.updates()) {
        String name = update.get("variable").toString();
        if (update.get("value") != null && MatterFileSections.MINUTES.matcher(name).matches()) {
          minutes.add(update);
        } else if (update.get("value") != null && MatterFileSections.VOTES.matcher(name).matches()) {
          votes.add(update);
        }
      }
      if (MatterFileSections.NOTICE_PROCESS.equals(process.getProcessDefinitionKey())) {
        noticeList.add(notices.of(process, result));
      }
      overdue.addAll(sections.overdueEpisodes(process));
    }
    Map<String, Object> rootValues = variables.get(root.getId());
    file.put("schema", SCHEMA);
    file.put("matterNumber", root.getBusinessKey());
    file.put("topic", rootValues.get("topic"));
    file.put("communityId", root.getTenantId());
    file.put("communityName", rootValues.get("communityName"));
    file.put("processKey", root.getProcessDefinitionKey());
    file.put("processName", root.getProcessDefinitionName());
    file.put("startedAt", time(root.getStartTime()));
    file.put("endedAt", time(root.getEndTime()));
    file.put("state", root.getState());
    file.put("endReason", root.getDeleteReason());
    file.put("initiator", root.getStartUserId() != null ? root.getStartUserId() : rootValues.get("initiator"));
    file.put("processes", processList);
    steps.sort(Comparator.comparing((Map<String, Object> step) -> OffsetDateTime.parse((String) step.get("startedAt"))));
    file.put("steps", steps);
    file.put("minutes", minutes);
    file.put("votes", votes);
    file.put("notices", noticeList);
    file.put("legalReview", VariableSections.section(processes, variables, MatterFileSections.LEGAL_REVIEW));
    file.put("implementation", VariableSections.section(processes, variables, MatterFileSections.IMPLEMENTATION));
    file.put("overdueEpisodes", overdue);
    file.put("evaluation", VariableSections.section(processes, variables, MatterFileSections.EVALUATION));
    file.put("variables", variables);
    MatterFileSections.LABELS.forEach(labels::putIfAbsent);
    file.put("labels", labels);
    file.put("people", people.namesIn(file));
    return file;
  }

  private List<HistoricProcessInstance> withCalledProcesses(HistoricProcessInstance root) {
    List<HistoricProcessInstance> all = new ArrayList<>();
    Deque<HistoricProcessInstance> next = new ArrayDeque<>(List.of(root));
    while (!next.isEmpty()) {
      HistoricProcessInstance process = next.poll();
      all.add(process);
      next.addAll(history.createHistoricProcessInstanceQuery().superProcessInstanceId(process.getId())
          .orderByProcessInstanceStartTime().asc().list());
    }
    return all;
  }

  private static Map<String, Object> describe(HistoricProcessInstance process) {
    Map<String, Object> p = new LinkedHashMap<>();
    p.put("id", process.getId());
    p.put("key", process.getProcessDefinitionKey());
    p.put("name", process.getProcessDefinitionName());
    p.put("calledBy", process.getSuperProcessInstanceId());
    p.put("businessKey", process.getBusinessKey());
    p.put("startedAt", time(process.getStartTime()));
    p.put("endedAt", time(process.getEndTime()));
    p.put("state", process.getState());
    return p;
  }

  private Map<String, Object> finalValues(HistoricProcessInstance process) {
    Map<String, Object> values = new java.util.TreeMap<>();
    for (HistoricVariableInstance v : history.createHistoricVariableInstanceQuery().processInstanceId(process.getId())
        .disableCustomObjectDeserialization().list()) {
      if (StepHistory.notFiled(v.getName())) {
        continue;
      }
      if (process.getId().equals(v.getExecutionId()) || !values.containsKey(v.getName())) {
        values.put(v.getName(), Values.plain(v.getTypedValue()));
      }
    }
    return values;
  }
}
