package com.civicflow.consultation.kenli;

import static com.civicflow.consultation.kenli.KenliVariables.COMPLETION_DEADLINE;
import static com.civicflow.consultation.kenli.KenliVariables.HANDLER;
import static com.civicflow.consultation.kenli.KenliVariables.HANDLING_ROUND;
import static com.civicflow.consultation.kenli.KenliVariables.RESPONSIBLE_UNIT;

import com.civicflow.consultation.matter.InvalidSubmissionException;
import com.civicflow.consultation.matter.Submission;
import com.civicflow.consultation.organisation.OrganisationDirectory;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * 办 — complete listener of 明确落实办理人和办结时限 ({@code ${kenliHandlerCheck}}): the responsible unit
 * serves the matter's community, the handler (optional) belongs to it, the completion deadline lies in the
 * future. Counts the round of 办 (an unsatisfied evaluation sends the matter back here).
 */
@Component("kenliHandlerCheck")
class HandlerCheck implements TaskListener {

  private final OrganisationDirectory directory;
  private final IdentityService identity;

  HandlerCheck(OrganisationDirectory directory, IdentityService identity) {
    this.directory = directory;
    this.identity = identity;
  }

  @Override
  public void notify(DelegateTask task) {
    Submission form = Submission.of(task);
    String unit = form.text(RESPONSIBLE_UNIT, "责任单位");
    if (directory.responsibleUnit(unit).isEmpty()) {
      throw new InvalidSubmissionException("责任单位“" + unit + "”不在组织目录中");
    }
    if (!directory.tenantsServedBy(unit).contains(task.getTenantId())) {
      throw new InvalidSubmissionException("“" + directory.responsibleUnit(unit).orElseThrow().name() + "”不负责本社区的事项");
    }
    String handler = HANDLER.from(task).map(String::trim).filter(s -> !s.isEmpty()).orElse(null);
    if (handler != null && identity.createUserQuery().userId(handler).memberOfGroup(unit).count() == 0) {
      throw new InvalidSubmissionException("办理人“" + handler + "”不是该责任单位的人员");
    }
    RESPONSIBLE_UNIT.set(task, unit);
    HANDLER.set(task, handler);
    COMPLETION_DEADLINE.set(task, form.futureDateTime(COMPLETION_DEADLINE, "办结时限"));
    HANDLING_ROUND.set(task, HANDLING_ROUND.from(task).orElse(0L) + 1);
  }
}
