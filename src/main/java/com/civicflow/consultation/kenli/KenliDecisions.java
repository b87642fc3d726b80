package com.civicflow.consultation.kenli;

import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;

/**
 * End listener of the two business-rule tasks ({@code ${kenliDecisionResult}}): the table's single result
 * (result variable {@code kenliDecisionOutputs}; the engine keeps {@code decisionResult} for itself) becomes plain top-level variables, one per output column, so
 * that forms, candidate groups and gateways read them by name and Cockpit can filter by them.
 */
@Component("kenliDecisionResult")
class KenliDecisions implements ExecutionListener {

  static final String RESULT_VARIABLE = "kenliDecisionOutputs";

  @Override
  public void notify(DelegateExecution execution) {
    Object result = execution.getVariable(RESULT_VARIABLE);
    if (!(result instanceof Map<?, ?> outputs)) {
      throw new IllegalStateException("决策表没有给出结果（" + execution.getCurrentActivityName() + "）");
    }
    outputs.forEach((name, value) -> execution.getProcessInstance().setVariable(name.toString(), value));
    execution.removeVariable(RESULT_VARIABLE);
  }
}
