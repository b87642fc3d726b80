package com.civicflow.consultation.meetingschedule;

import com.civicflow.consultation.matter.MatterVariables;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.history.HistoricVariableInstance;
import org.springframework.stereotype.Component;

/** One line of a scheduled meeting's agenda per matter: its number, its topic and its current stage. */
@Component
public class AgendaLines {

  private final HistoryService history;

  AgendaLines(HistoryService history) {
    this.history = history;
  }

  /** {@code MINZULU-2026-0001 楼道堆物清理（审议 — 准备议事协商会议）}. */
  public String line(String processInstanceId, String matterNumber) {
    return matterNumber + " " + value(processInstanceId, MatterVariables.TOPIC.name())
        + "（" + value(processInstanceId, MatterVariables.STAGE.name()) + "）";
  }

  private String value(String processInstanceId, String name) {
    HistoricVariableInstance variable = history.createHistoricVariableInstanceQuery()
        .processInstanceId(processInstanceId).variableName(name).singleResult();
    return variable == null || variable.getValue() == null ? "" : variable.getValue().toString();
  }
}
