package com.civicflow.consultation.archive;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.persistence.entity.ExecutionEntity;
import org.camunda.bpm.engine.impl.persistence.entity.MessageEntity;
import org.camunda.bpm.engine.impl.util.ClockUtil;

/**
 * Runs when any process instance ends (added to every diagram by {@link ArchiveParseListener}), whatever
 * the outcome (completed or cancelled). For a top-level matter it only queues the filing job in the same
 * transaction: nothing is assembled while the user who completed the last task waits. The job is due at once, so
 * the job executor, acquiring by due date, takes it in turn with timers. A run of a platform schedule (a timer
 * start event, no tenant) is no matter and is not filed.
 */
class MatterEndListener implements ExecutionListener {

  @Override
  public void notify(DelegateExecution execution) {
    ExecutionEntity instance = (ExecutionEntity) execution.getProcessInstance();
    if (instance.getSuperExecution() != null || instance.getSuperCaseExecution() != null) {
      return; // called processes are filed with the matter that called them
    }
    if (instance.getTenantId() == null) {
      return; // every matter belongs to a community, street or district
    }
    MessageEntity job = new MessageEntity();
    job.setJobHandlerType(MatterFilingJobHandler.TYPE);
    job.setJobHandlerConfiguration(new MatterFilingJobHandler.Target(instance.getId()));
    job.setProcessInstanceId(instance.getId());
    job.setProcessDefinitionId(instance.getProcessDefinitionId());
    job.setProcessDefinitionKey(instance.getProcessDefinition().getKey());
    job.setDeploymentId(instance.getProcessDefinition().getDeploymentId());
    job.setTenantId(instance.getTenantId());
    job.setDuedate(ClockUtil.getCurrentTime());
    Context.getCommandContext().getJobManager().send(job);
  }
}
