package com.civicflow.consultation.form;

import com.civicflow.consultation.matter.StartOnBehalf;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.delegate.TaskListener;
import java.util.Optional;
import org.camunda.bpm.engine.impl.persistence.entity.ExecutionEntity;
import org.camunda.bpm.engine.impl.persistence.entity.ProcessDefinitionEntity;
import org.camunda.bpm.engine.repository.ProcessDefinition;

/**
 * The server-side check of one Camunda Form ({@link SubmittedValues}), attached by {@link FormCheckParseListener}
 * as the first complete listener of every user task with a form, and as the first start listener of every process
 * whose start event has one. A start made by process code for another matter (垦利 提请, 东城 关联协商) or by a
 * call activity is no person's submission and is not checked against the start form.
 */
public record FormCheck(String formKey, String binding) implements TaskListener, ExecutionListener {

  /** The process definition property holding the check of the process's start form. */
  static final String START_FORM = "startFormCheck";

  /**
   * The label the process's start form gives the field {@code key}, for messages about a start variable checked
   * before any listener runs (the tenant provider reads {@code communityId} when the instance is created).
   */
  public static Optional<String> startFormLabel(ProcessDefinition definition, String key) {
    if (!(definition instanceof ProcessDefinitionEntity entity) || !(entity.getProperty(START_FORM) instanceof FormCheck check)) {
      return Optional.empty();
    }
    return DeployedForms.fields(entity.getDeploymentId(), check.formKey(), check.binding()).stream()
        .filter(field -> field.key().equals(key)).map(FormField::label).findFirst();
  }

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
