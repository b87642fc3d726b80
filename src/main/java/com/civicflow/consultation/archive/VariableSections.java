package com.civicflow.consultation.archive;

import static com.civicflow.consultation.archive.Values.time;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.history.HistoricIncident;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.springframework.stereotype.Component;

/** The file's sections read from variables (legal review, implementation, evaluation) and overdue incidents. */
@Component
class VariableSections {

  private final HistoryService history;

  VariableSections(HistoryService history) {
    this.history = history;
  }

  /** The section's variables per process that holds any of them; a copy passed back to a caller is left out. */
  static List<Map<String, Object>> section(List<HistoricProcessInstance> processes,
      Map<String, Map<String, Object>> variables, List<String> names) {
    List<Map<String, Object>> entries = new ArrayList<>();
    List<Map<String, Object>> seen = new ArrayList<>();
    List<HistoricProcessInstance> calledFirst = new ArrayList<>(processes.subList(1, processes.size()));
    calledFirst.add(processes.get(0));
    for (HistoricProcessInstance process : calledFirst) {
      Map<String, Object> values = new LinkedHashMap<>();
      names.forEach(n -> {
        if (variables.get(process.getId()).get(n) != null) {
          values.put(n, variables.get(process.getId()).get(n));
        }
      });
      if (!values.isEmpty() && !seen.contains(values)) {
        seen.add(values);
        Map<String, Object> entry = new LinkedHashMap<>();
        entry.put("process", process.getProcessDefinitionKey());
        entry.put("processName", process.getProcessDefinitionName());
        entry.put("endedAt", time(process.getEndTime()));
        entry.put("values", values);
        entries.add(entry);
      }
    }
    return entries;
  }

  List<Map<String, Object>> overdueEpisodes(HistoricProcessInstance process) {
    List<Map<String, Object>> episodes = new ArrayList<>();
    for (HistoricIncident incident : history.createHistoricIncidentQuery().processInstanceId(process.getId())
        .incidentType(MatterFileSections.OVERDUE_INCIDENT).orderByCreateTime().asc().list()) {
      Map<String, Object> e = new LinkedHashMap<>();
      e.put("process", process.getProcessDefinitionKey());
      e.put("activityId", incident.getActivityId());
      e.put("message", incident.getIncidentMessage());
      e.put("startedAt", time(incident.getCreateTime()));
      e.put("endedAt", time(incident.getEndTime()));
      e.put("resolved", incident.isResolved());
      episodes.add(e);
    }
    return episodes;
  }
}
