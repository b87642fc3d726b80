package com.civicflow.consultation.mail;

import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.incident.DefaultIncidentHandler;
import org.camunda.bpm.engine.impl.incident.IncidentContext;
import org.camunda.bpm.engine.impl.incident.IncidentHandler;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.persistence.entity.ExecutionEntity;
import org.camunda.bpm.engine.impl.persistence.entity.JobEntity;
import org.camunda.bpm.engine.runtime.Incident;

/**
 * The engine's handler of failed-job incidents, with one addition: a mail job that runs out of retries is not
 * bound to the matter's execution ({@link MailJobs}), so its incident would belong to the process definition only;
 * it is raised on the matter instead (its process instance, while that still runs), where supervisors see it in
 * Cockpit and retry it. Every other incident is the engine's.
 */
class MailIncidents implements IncidentHandler {

  private final DefaultIncidentHandler engine = new DefaultIncidentHandler(Incident.FAILED_JOB_HANDLER_TYPE);

  @Override
  public String getIncidentHandlerType() {
    return Incident.FAILED_JOB_HANDLER_TYPE;
  }

  @Override
  public Incident handleIncident(IncidentContext context, String message) {
    CommandContext commandContext = Context.getCommandContext();
    if (context.getExecutionId() == null && context.getConfiguration() != null && commandContext != null) {
      JobEntity job = commandContext.getJobManager().findJobById(context.getConfiguration());
      if (job != null && MailJobHandler.TYPE.equals(job.getJobHandlerType()) && job.getProcessInstanceId() != null) {
        ExecutionEntity matter = commandContext.getExecutionManager().findExecutionById(job.getProcessInstanceId());
        if (matter != null) {
          context.setExecutionId(matter.getId());
        }
      }
    }
    return engine.handleIncident(context, message);
  }

  @Override
  public void resolveIncident(IncidentContext context) {
    engine.resolveIncident(context);
  }

  @Override
  public void deleteIncident(IncidentContext context) {
    engine.deleteIncident(context);
  }
}
