package com.civicflow.consultation.mail;

import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.persistence.entity.ExecutionEntity;
import org.camunda.bpm.engine.impl.persistence.entity.JobEntity;
import org.camunda.bpm.engine.impl.persistence.entity.MessageEntity;
import org.camunda.bpm.engine.impl.util.ClockUtil;

/**
 * Creates the asynchronous jobs that send stored messages ({@link MailJobHandler}). A mail job names the matter
 * (process instance, definition, tenant) but is not bound to its execution and is not exclusive: sending does not
 * touch the matter, so the job neither conflicts with nor waits for the matter's own steps on another node (a job
 * bound to the matter's execution changes the execution row when it is deleted and failed with an optimistic
 * locking conflict whenever someone worked on the same matter at that moment). It is not removed when the matter
 * ends first. It is due at once, so it is acquired in due-date order with everything else.
 */
final class MailJobs {

  private MailJobs() {}

  static void queue(ExecutionEntity execution, String messageId) {
    ExecutionEntity instance = execution.getProcessInstance();
    MessageEntity job = newJob(messageId);
    job.setProcessInstanceId(instance.getId());
    job.setProcessDefinitionId(instance.getProcessDefinitionId());
    job.setProcessDefinitionKey(instance.getProcessDefinition().getKey());
    job.setDeploymentId(instance.getProcessDefinition().getDeploymentId());
    job.setTenantId(instance.getTenantId());
    Context.getCommandContext().getJobManager().send(job);
  }

  /** The same message again, in a job of its own, when an old job bound to an ended process instance is removed. */
  static void requeueUnbound(JobEntity previous, String messageId) {
    MessageEntity job = newJob(messageId);
    job.setProcessDefinitionId(previous.getProcessDefinitionId());
    job.setProcessDefinitionKey(previous.getProcessDefinitionKey());
    job.setDeploymentId(previous.getDeploymentId());
    job.setTenantId(previous.getTenantId());
    Context.getCommandContext().getJobManager().send(job);
  }

  private static MessageEntity newJob(String messageId) {
    MessageEntity job = new MessageEntity();
    job.setJobHandlerType(MailJobHandler.TYPE);
    job.setJobHandlerConfigurationRaw(messageId);
    job.setExclusive(false);
    job.setDuedate(ClockUtil.getCurrentTime());
    return job;
  }
}
