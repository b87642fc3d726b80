package com.civicflow.consultation.implementation;

import static com.civicflow.consultation.matter.MatterVariables.OVERDUE;
import static com.civicflow.consultation.matter.MatterVariables.OVERDUE_SINCE;

import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.camunda.bpm.engine.runtime.Incident;
import org.springframework.stereotype.Component;

/**
 * The marks of an overdue matter that supervisors see: the plain variables {@code overdue} and
 * {@code overdueSince}, on this instance and on the calling (top-level) matter, and an incident of type
 * {@code overdue} on the late task in Cockpit. Completing the late task resolves its incident and, when
 * nothing else is late, clears the marks.
 */
@Component
class OverdueMarks {

  private final RuntimeService runtime;

  OverdueMarks(RuntimeService runtime) {
    this.runtime = runtime;
  }

  void mark(DelegateExecution execution, Date since) {
    for (VariableScope matter : matters(execution)) {
      if (!OVERDUE.from(matter).orElse(false)) {
        OVERDUE.set(matter, true);
        OVERDUE_SINCE.set(matter, since);
      }
    }
  }

  /** Raises the overdue incident on the late task's execution, once per task. */
  void raiseIncident(String taskExecutionId, String taskId, String message) {
    boolean raised = runtime.createIncidentQuery().executionId(taskExecutionId)
        .incidentType(ImplementationProcess.INCIDENT_OVERDUE).count() > 0;
    if (!raised) {
      runtime.createIncident(ImplementationProcess.INCIDENT_OVERDUE, taskExecutionId, taskId, message);
    }
  }

  /** The late task is done: its incident is resolved; the matter is no longer overdue if nothing else is. */
  void resolve(DelegateTask task) {
    List<String> resolved = runtime.createIncidentQuery().executionId(task.getExecutionId())
        .incidentType(ImplementationProcess.INCIDENT_OVERDUE).list().stream().map(Incident::getId).toList();
    resolved.forEach(runtime::resolveIncident);
    boolean stillLate = runtime.createIncidentQuery().processInstanceId(task.getProcessInstanceId())
        .incidentType(ImplementationProcess.INCIDENT_OVERDUE).list().stream()
        .anyMatch(incident -> !resolved.contains(incident.getId())); // the query does not see this transaction
    if (!stillLate) {
      for (VariableScope matter : matters(task.getExecution())) {
        OVERDUE.set(matter, false);
        matter.removeVariable(OVERDUE_SINCE.name());
      }
    }
  }

  /** This process instance and every calling instance up to the top-level matter. */
  private static List<VariableScope> matters(DelegateExecution execution) {
    List<VariableScope> result = new ArrayList<>();
    for (DelegateExecution instance = execution.getProcessInstance(); instance != null;
        instance = instance.getSuperExecution() == null ? null : instance.getSuperExecution().getProcessInstance()) {
      result.add(instance);
    }
    return result;
  }
}
