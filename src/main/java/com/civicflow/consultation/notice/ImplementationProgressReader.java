package com.civicflow.consultation.notice;

import com.civicflow.consultation.matter.MatterVariables;
import com.civicflow.consultation.matter.ProcessVariable;
import com.civicflow.consultation.matter.Submission;
import java.util.Date;
import java.util.HashMap;
import java.util.Map;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.history.HistoricVariableInstance;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.stereotype.Component;

/** Reads the progress of a matter's implementation ({@code implementation-supervision}, shared contract). */
@Component
class ImplementationProgressReader {

  static final String PROCESS_KEY = "implementation-supervision";
  static final String IMPLEMENT_TASK = "Task_Implement";
  static final ProcessVariable<String> RESPONSIBLE_UNIT = ProcessVariable.string("responsibleUnit");
  static final String COMPLETION_DEADLINE = "completionDeadline";

  private final HistoryService history;
  private final IdentityService identity;

  ImplementationProgressReader(HistoryService history, IdentityService identity) {
    this.history = history;
    this.identity = identity;
  }

  ImplementationProgress of(String matterNumber) {
    if (matterNumber == null) {
      return ImplementationProgress.notAssigned();
    }
    HistoricProcessInstance latest = history.createHistoricProcessInstanceQuery()
        .processDefinitionKey(PROCESS_KEY).processInstanceBusinessKey(matterNumber)
        .orderByProcessInstanceStartTime().desc().listPage(0, 1).stream().findFirst().orElse(null);
    if (latest == null) {
      return ImplementationProgress.notAssigned();
    }
    Map<String, Object> variables = new HashMap<>();
    for (HistoricVariableInstance v : history.createHistoricVariableInstanceQuery()
        .processInstanceId(latest.getId()).variableNameIn(RESPONSIBLE_UNIT.name(), COMPLETION_DEADLINE,
            MatterVariables.OVERDUE.name()).list()) {
      if (latest.getId().equals(v.getExecutionId()) || !variables.containsKey(v.getName())) {
        variables.put(v.getName(), v.getValue());
      }
    }
    Object deadlineValue = variables.get(COMPLETION_DEADLINE);
    Date deadline = deadline(deadlineValue);
    String state;
    if (latest.getEndTime() != null) {
      state = finishedLate(latest.getId(), deadline) ? ImplementationProgress.DONE_LATE : ImplementationProgress.DONE;
    } else if (Boolean.TRUE.equals(variables.get(MatterVariables.OVERDUE.name()))
        || deadline != null && deadline.before(ClockUtil.getCurrentTime())) {
      state = ImplementationProgress.OVERDUE;
    } else {
      state = ImplementationProgress.IN_PROGRESS;
    }
    String deadlineText = deadline == null && deadlineValue != null ? deadlineValue.toString() : null;
    return new ImplementationProgress(state, unitName(variables.get(RESPONSIBLE_UNIT.name())), deadline, deadlineText);
  }

  /** Whether the unit's last 实施 step ended after the completion deadline. */
  private boolean finishedLate(String implementationId, Date deadline) {
    return deadline != null && history.createHistoricActivityInstanceQuery().processInstanceId(implementationId)
        .activityId(IMPLEMENT_TASK).finished().orderByHistoricActivityInstanceEndTime().desc().listPage(0, 1).stream()
        .anyMatch(implement -> implement.getEndTime().after(deadline));
  }

  private String unitName(Object unitId) {
    if (unitId == null) {
      return null;
    }
    Group group = identity.createGroupQuery().groupId(unitId.toString()).singleResult();
    return group == null ? null : group.getName();
  }

  private static Date deadline(Object value) {
    if (value instanceof Date d) {
      return d;
    }
    if (value instanceof String s && !s.isBlank() && Character.isDigit(s.charAt(0))) {
      try {
        return Submission.parseDateTime(s.trim(), "办结时限");
      } catch (RuntimeException notADate) {
        return null;
      }
    }
    return null;
  }
}
