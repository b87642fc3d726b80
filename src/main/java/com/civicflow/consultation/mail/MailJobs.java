package com.civicflow.consultation.mail;

import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.persistence.entity.ExecutionEntity;
import org.camunda.bpm.engine.impl.persistence.entity.JobEntity;
import org.camunda.bpm.engine.impl.persistence.entity.MessageEntity;

/** Creates the asynchronous jobs that send stored messages ({@link MailJobHandler}). */
final class MailJobs {

  private MailJobs() {}

  /**
   * A job bound to the matter's process instance: its failures become incidents on that matter in
   * Cockpit. It is not tied to an activity, so leaving the current step never removes it.
   */
  static void queue(ExecutionEntity execution, String messageId) {
    ExecutionEntity instance = execution.getProcessInstance();
    MessageEntity job = newJob(messageId);
    job.setExecution(instance);
    job.setProcessDefinitionId(instance.getProcessDefinitionId());
    job.setProcessDefinitionKey(instance.getProcessDefinition().getKey());
    job.setTenantId(instance.getTenantId());
    Context.getCommandContext().getJobManager().send(job);
  }

  /** The same message again, in a job of its own, when the process instance ended before it was sent. */
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
    return job;
  }
}
