package com.civicflow.consultation.kenli;

import com.civicflow.consultation.matter.MatterVariables;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;

/**
 * Start listener of each step ({@code ${kenliStage}}): the matter's {@code stage} becomes the step's name
 * as Tasklist and Cockpit show it, which begins with the seed's word (e.g. “定 — 审核研究确定议题”).
 */
@Component("kenliStage")
class KenliStage implements ExecutionListener {

  @Override
  public void notify(DelegateExecution execution) {
    String name = execution.getCurrentActivityName();
    if (name != null) {
      execution.getProcessInstance().setVariable(MatterVariables.STAGE.name(), name.replace('\n', ' '));
    }
  }
}
