package com.civicflow.consultation.archive;

import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.jobexecutor.JobHandler;
import org.camunda.bpm.engine.impl.jobexecutor.JobHandlerConfiguration;
import org.camunda.bpm.engine.impl.persistence.entity.ExecutionEntity;
import org.camunda.bpm.engine.impl.persistence.entity.JobEntity;

/**
 * The asynchronous filing job: a message job (type {@value #TYPE}) carrying the ended instance's id. The
 * job executor runs it after the ending transaction committed, retries it (engine default: 3 times) and
 * raises a failed-job incident in Cockpit when it keeps failing; a retried job files the matter again.
 */
class MatterFilingJobHandler implements JobHandler<MatterFilingJobHandler.Target> {

  static final String TYPE = "matter-filing";
  private final MatterFiling filing;

  MatterFilingJobHandler(MatterFiling filing) {
    this.filing = filing;
  }

  record Target(String processInstanceId) implements JobHandlerConfiguration {
    @Override
    public String toCanonicalString() {
      return processInstanceId;
    }
  }

  @Override
  public String getType() {
    return TYPE;
  }

  @Override
  public void execute(Target target, ExecutionEntity execution, CommandContext commandContext, String tenantId) {
    filing.file(target.processInstanceId());
  }

  @Override
  public Target newConfiguration(String canonicalString) {
    return new Target(canonicalString);
  }

  @Override
  public void onDelete(Target target, JobEntity job) {
    // nothing to clean up
  }
}
