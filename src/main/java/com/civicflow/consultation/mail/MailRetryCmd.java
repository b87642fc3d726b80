package com.civicflow.consultation.mail;

import org.camunda.bpm.engine.impl.bpmn.parser.FailedJobRetryConfiguration;
import org.camunda.bpm.engine.impl.cmd.DefaultJobRetryCmd;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.pvm.process.ActivityImpl;
import org.camunda.bpm.engine.impl.persistence.entity.JobEntity;
import org.camunda.bpm.engine.impl.util.ParseUtil;

/**
 * What happens when a mail job fails: the engine's retry strategy with the configured cycle
 * ({@code consultation.mail.retry-cycle}) instead of its default (three immediate retries), since a mail
 * job belongs to no activity that could carry a {@code camunda:failedJobRetryTimeCycle}. Other jobs keep
 * the engine's behaviour.
 */
class MailRetryCmd extends DefaultJobRetryCmd {

  private final String retryCycle;

  MailRetryCmd(String jobId, Throwable exception, String retryCycle) {
    super(jobId, exception);
    this.retryCycle = retryCycle;
  }

  @Override
  public Object execute(CommandContext commandContext) {
    JobEntity job = getJob();
    if (job == null || !MailJobHandler.TYPE.equals(job.getJobHandlerType())) {
      return super.execute(commandContext);
    }
    try {
      executeCustomStrategy(commandContext, job, null);
    } catch (Exception e) {
      executeStandardStrategy(commandContext);
    }
    return null;
  }

  @Override
  public FailedJobRetryConfiguration getFailedJobRetryConfiguration(JobEntity job, ActivityImpl activity) {
    return ParseUtil.parseRetryIntervals(retryCycle);
  }
}
