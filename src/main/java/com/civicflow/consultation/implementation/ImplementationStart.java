package com.civicflow.consultation.implementation;

import static com.civicflow.consultation.implementation.ImplementationVariables.COMPLETION_DEADLINE;
import static com.civicflow.consultation.implementation.ImplementationVariables.EVALUATED_BY_CALLER;
import static com.civicflow.consultation.implementation.ImplementationVariables.FEEDBACK_DEADLINE;
import static com.civicflow.consultation.implementation.ImplementationVariables.HANDLER;
import static com.civicflow.consultation.implementation.ImplementationVariables.IMPLEMENTATION_CLOSED;
import static com.civicflow.consultation.implementation.ImplementationVariables.RESPONSIBLE_UNIT;
import static com.civicflow.consultation.implementation.ImplementationVariables.RESPONSIBLE_UNIT_NAME;
import static com.civicflow.consultation.implementation.ImplementationVariables.REWORK_COUNT;

import com.civicflow.consultation.calendar.WorkingDays;
import com.civicflow.consultation.matter.InvalidSubmissionException;
import com.civicflow.consultation.matter.MatterVariables;
import com.civicflow.consultation.organisation.OrganisationDirectory;
import com.civicflow.consultation.organisation.ResponsibleUnit;
import java.util.Date;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.springframework.stereotype.Component;

/**
 * Start listener of {@code implementation-supervision}: checks the caller's inputs before anything
 * happens — a known responsible unit serving the matter's community, an existing handler of that unit,
 * a completion deadline in the future, a valid feedback deadline — and refuses bad input with a Chinese
 * message, so that the caller's step fails and changes nothing. {@link #check} is also the task listener
 * {@code implementationInputCheck} a calling model puts on the form that names the unit and deadlines.
 */
@Component("implementationStart")
class ImplementationStart implements ExecutionListener {

  private final OrganisationDirectory directory;
  private final IdentityService identity;
  private final ImplementationDeadlines deadlines;

  ImplementationStart(OrganisationDirectory directory, IdentityService identity, ImplementationDeadlines deadlines) {
    this.directory = directory;
    this.identity = identity;
    this.deadlines = deadlines;
  }

  /** What the inputs mean once checked. */
  record Inputs(ResponsibleUnit unit, String handler, Date completionDeadline) {}

  @Override
  public void notify(DelegateExecution execution) {
    Inputs inputs = check(execution, execution.getTenantId());
    RESPONSIBLE_UNIT.set(execution, inputs.unit().id());
    HANDLER.set(execution, inputs.handler());
    RESPONSIBLE_UNIT_NAME.set(execution, inputs.unit().name());
    REWORK_COUNT.set(execution, 0L);
    EVALUATED_BY_CALLER.set(execution, EVALUATED_BY_CALLER.from(execution).orElse(false));
    IMPLEMENTATION_CLOSED.set(execution, false);
    MatterVariables.STAGE.set(execution, ImplementationProcess.STAGE_IMPLEMENT);
    deadlines.scheduleCompletion(execution, inputs.completionDeadline());
  }

  /** Checks the inputs in a scope (the called instance, or the caller's task); changes nothing. */
  Inputs check(VariableScope scope, String tenantId) {
    ResponsibleUnit unit = responsibleUnit(scope, tenantId);
    String handler = HANDLER.from(scope).map(String::trim).filter(h -> !h.isEmpty()).orElse(null);
    if (handler != null && identity.createUserQuery().userId(handler).memberOfGroup(unit.id()).count() == 0) {
      throw new InvalidSubmissionException("承办人“" + handler + "”不是“" + unit.name() + "”的人员");
    }
    Date deadline = deadlines.future(scope.getVariable(COMPLETION_DEADLINE.name()), "办结时限");
    Object feedback = scope.getVariable(FEEDBACK_DEADLINE);
    if (feedback != null && !feedback.toString().isBlank()) {
      Date feedbackDate = deadlines.parse(feedback, "反馈时限");
      if (!WorkingDays.isWorkdays(feedback.toString()) && !feedbackDate.after(deadline)) {
        throw new InvalidSubmissionException("“反馈时限”必须晚于“办结时限”");
      }
    }
    return new Inputs(unit, handler, deadline);
  }

  private ResponsibleUnit responsibleUnit(VariableScope scope, String tenant) {
    String id = RESPONSIBLE_UNIT.from(scope).map(String::trim).orElse("");
    if (id.isEmpty()) {
      throw new InvalidSubmissionException("请指定“责任单位”");
    }
    ResponsibleUnit unit = directory.responsibleUnit(id)
        .orElseThrow(() -> new InvalidSubmissionException("组织目录中没有责任单位“" + id + "”"));
    if (identity.createGroupQuery().groupId(id).count() == 0) {
      throw new InvalidSubmissionException("责任单位“" + unit.name() + "”尚未建立用户组");
    }
    if (tenant != null && !directory.tenantsServedBy(id).contains(tenant)) {
      throw new InvalidSubmissionException("责任单位“" + unit.name() + "”不承办" + directory.unit(tenant).name() + "的事项");
    }
    return unit;
  }
}
