package com.civicflow.consultation.form;

import com.civicflow.consultation.organisation.StartOnBehalf;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.persistence.entity.ExecutionEntity;

/**
 * The server-side check of one Camunda Form ({@link SubmittedValues}), attached by {@link FormCheckParseListener}
 * as the first complete listener of every user task with a form, and as the first start listener of every process
 * whose start event has one. A start made by process code for another matter (垦利 提请, 东城 关联协商) or by a
 * call activity is no person's submission and is not checked against the start form.
 */
record FormCheck(String formKey, String binding) implements TaskListener, ExecutionListener {

  @Override
  public void notify(DelegateTask task) {
    ExecutionEntity execution = (ExecutionEntity) task.getExecution();
    if (execution != null) {
      SubmittedValues.check(DeployedForms.fields(execution.getProcessDefinition().getDeploymentId(), formKey, binding), task);
    }
  }

  @Override
  public void notify(DelegateExecution start) {
    if (start.getSuperExecution() != null || StartOnBehalf.active()) {
      return;
    }
    ExecutionEntity execution = (ExecutionEntity) start;
    SubmittedValues.check(DeployedForms.fields(execution.getProcessDefinition().getDeploymentId(), formKey, binding), start);
  }
}
