package com.civicflow.consultation.archive;

import static com.civicflow.consultation.archive.Values.time;

import com.civicflow.consultation.matter.FormOptions;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.history.HistoricActivityInstance;
import org.camunda.bpm.engine.history.HistoricDetail;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.history.HistoricTaskInstance;
import org.camunda.bpm.engine.history.HistoricVariableUpdate;
import org.camunda.bpm.engine.history.UserOperationLogEntry;
import org.springframework.stereotype.Component;

/**
 * Every step of one process instance, in order: what it was, when, who was assigned, who completed it
 * (user operation log) and the form data submitted at it (variable updates linked to the task by task
 * id, activity instance or the completing operation). Also returns each update as an event, for the
 * minutes and votes sections.
 */
@Component
class StepHistory {

  /** Variables that show what a form offered ({@code …Options}), not what anybody entered or decided: not filed. */
  static boolean notFiled(String variableName) {
    return FormOptions.isOffered(variableName);
  }

  private final HistoryService history;

  StepHistory(HistoryService history) {
    this.history = history;
  }

  record Result(List<Map<String, Object>> steps, List<Map<String, Object>> updates,
      Map<String, String> completedBy, Map<String, String> taskByActivityInstance) {}

  Result of(HistoricProcessInstance process) {
    String pid = process.getId();
    Map<String, HistoricTaskInstance> taskById = new HashMap<>();
    Map<String, String> taskByActivityInstance = new HashMap<>();
    for (HistoricTaskInstance task : history.createHistoricTaskInstanceQuery().processInstanceId(pid).list()) {
      taskById.put(task.getId(), task);
      taskByActivityInstance.put(task.getActivityInstanceId(), task.getId());
    }
    Map<String, String> completedBy = new HashMap<>();
    Map<String, String> taskByOperation = new HashMap<>();
    for (UserOperationLogEntry entry : history.createUserOperationLogQuery().processInstanceId(pid)
        .operationType(UserOperationLogEntry.OPERATION_TYPE_COMPLETE).list()) {
      if (entry.getTaskId() != null) {
        completedBy.putIfAbsent(entry.getTaskId(), entry.getUserId());
        taskByOperation.put(entry.getOperationId(), entry.getTaskId());
      }
    }
    Map<String, Map<String, Object>> formData = new HashMap<>();
    List<Map<String, Object>> updates = new ArrayList<>();
    for (HistoricDetail detail : history.createHistoricDetailQuery().processInstanceId(pid).variableUpdates()
        .disableCustomObjectDeserialization().orderByTime().asc().list()) {
      HistoricVariableUpdate update = (HistoricVariableUpdate) detail;
      if (notFiled(update.getVariableName())) {
        continue;
      }
      String taskId = update.getTaskId() != null ? update.getTaskId()
          : taskByActivityInstance.getOrDefault(update.getActivityInstanceId(), taskByOperation.get(update.getUserOperationId()));
      Object value = Values.plain(update.getTypedValue());
      Map<String, Object> event = new LinkedHashMap<>();
      event.put("variable", update.getVariableName());
      event.put("value", value);
      event.put("at", time(update.getTime()));
      HistoricTaskInstance task = taskId == null ? null : taskById.get(taskId);
      event.put("step", task == null ? null : task.getName());
      event.put("by", taskId == null ? null : completedBy.get(taskId));
      event.put("process", process.getProcessDefinitionKey());
      updates.add(event);
      if (taskId != null) {
        formData.computeIfAbsent(taskId, k -> new LinkedHashMap<>()).put(update.getVariableName(), value);
      }
    }
    List<Map<String, Object>> steps = new ArrayList<>();
    for (HistoricActivityInstance activity : history.createHistoricActivityInstanceQuery().processInstanceId(pid)
        .orderByHistoricActivityInstanceStartTime().asc().orderPartiallyByOccurrence().asc().list()) {
      Map<String, Object> step = new LinkedHashMap<>();
      step.put("process", process.getProcessDefinitionKey());
      step.put("processName", process.getProcessDefinitionName());
      step.put("activityId", activity.getActivityId());
      step.put("name", activity.getActivityName());
      step.put("type", activity.getActivityType());
      step.put("startedAt", time(activity.getStartTime()));
      step.put("endedAt", time(activity.getEndTime()));
      step.put("canceled", activity.isCanceled());
      String taskId = activity.getTaskId() != null ? activity.getTaskId() : taskByActivityInstance.get(activity.getId());
      if (taskId != null) {
        step.put("assignee", taskById.containsKey(taskId) ? taskById.get(taskId).getAssignee() : activity.getAssignee());
        step.put("completedBy", completedBy.get(taskId));
        step.put("formData", formData.getOrDefault(taskId, Map.of()));
      }
      if (activity.getCalledProcessInstanceId() != null) {
        step.put("calledProcessInstance", activity.getCalledProcessInstanceId());
      }
      steps.add(step);
    }
    return new Result(steps, updates, completedBy, taskByActivityInstance);
  }
}
