package com.civicflow.consultation.haimen;

import com.civicflow.consultation.matter.MatterVariables;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;

/**
 * Start listener of each step of the 海门 models: the matter's {@code stage} (top-level, for Cockpit and
 * Tasklist filters) becomes the step's name, which is the seed's own words.
 */
@Component("haimenStage")
class StepStage implements ExecutionListener {

  @Override
  public void notify(DelegateExecution execution) {
    String name = execution.getCurrentActivityName();
    if (name != null) {
      MatterVariables.STAGE.set(execution.getProcessInstance(), name.replace('\n', ' '));
    }
  }
}
