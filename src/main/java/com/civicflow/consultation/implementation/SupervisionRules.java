package com.civicflow.consultation.implementation;

import com.civicflow.consultation.matter.Submission;
import com.civicflow.consultation.organisation.OrganisationDirectory;
import java.time.Duration;
import java.time.format.DateTimeFormatter;
import java.util.Date;
import org.camunda.bpm.dmn.engine.DmnDecisionResultEntries;
import org.camunda.bpm.engine.DecisionService;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.variable.Variables;
import org.springframework.stereotype.Component;

/**
 * The deadlines and supervision rules of {@code implementation-supervision}, per district, from the decision table
 * {@code implementation-supervision-rules} (办理时限与督办规则) that an administrator edits in Modeler: reminder before
 * a deadline, how often an overdue task is escalated again, after how many street rounds the district supervises,
 * the default feedback deadline, the residents' evaluation window and how many reworks 不满意 allows.
 */
@Component
public class SupervisionRules {

  public static final String DECISION = "implementation-supervision-rules";

  private static final DateTimeFormatter ISO = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ssXXX");

  /** One district's rules. */
  public record Rules(int reminderWorkdays, Duration escalationInterval, int districtAfterRounds, int feedbackWorkdays,
      int evaluationWorkdays, int maxReworks) {

    /** The overdue timer cycle of a deadline (ISO 8601 repeating interval): at the deadline, then every interval. */
    public String escalationCycle(Date deadline) {
      return "R/" + ISO.format(deadline.toInstant().atZone(Submission.ZONE)) + "/" + escalationInterval;
    }
  }

  private final DecisionService decisions;
  private final OrganisationDirectory directory;

  SupervisionRules(DecisionService decisions, OrganisationDirectory directory) {
    this.decisions = decisions;
    this.directory = directory;
  }

  /** The rules for the district of the matter a task or execution belongs to. */
  public Rules of(VariableScope scope) {
    String tenantId = scope instanceof DelegateExecution execution ? execution.getTenantId()
        : scope instanceof DelegateTask task ? task.getTenantId() : null;
    String districtId = tenantId == null ? null
        : directory.find(tenantId).map(unit -> directory.districtOf(unit.id()).id()).orElse(null);
    return forDistrict(districtId);
  }

  /**
   * Evaluates the table. Inside the engine (a listener or delegate working for whoever completes a task) the
   * evaluation is the product's own, not the user's: it runs without the user's authorization check.
   */
  public Rules forDistrict(String districtId) {
    CommandContext context = Context.getCommandContext();
    boolean checking = context != null && context.isAuthorizationCheckEnabled();
    if (checking) {
      context.disableAuthorizationCheck();
    }
    try {
      DmnDecisionResultEntries rules = decisions.evaluateDecisionByKey(DECISION).decisionDefinitionWithoutTenantId()
          .variables(Variables.createVariables().putValue("districtId", districtId)).evaluate().getSingleResult();
      if (rules == null) {
        throw new ProcessEngineException("办理时限与督办规则（" + DECISION + "）没有适用于区“" + districtId + "”的规则：请在表中保留默认行");
      }
      return new Rules(number(rules, "reminderWorkdays"), Duration.ofDays(number(rules, "escalationIntervalDays")),
          number(rules, "districtAfterRounds"), number(rules, "feedbackWorkdays"), number(rules, "evaluationWorkdays"),
          number(rules, "maxReworks"));
    } finally {
      if (checking) {
        context.enableAuthorizationCheck();
      }
    }
  }

  private static int number(DmnDecisionResultEntries rules, String name) {
    Object value = rules.getEntry(name);
    if (!(value instanceof Number number) || number.intValue() < 0 || name.equals("escalationIntervalDays") && number.intValue() < 1) {
      throw new ProcessEngineException("办理时限与督办规则（" + DECISION + "）的“" + name + "”无效: " + value);
    }
    return number.intValue();
  }
}
