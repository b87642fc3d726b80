package com.civicflow.consultation.matter;

import static com.civicflow.consultation.matter.MatterVariables.CLIENT_BUSINESS_KEY;
import static com.civicflow.consultation.matter.MatterVariables.COMMITTEE_GROUP;
import static com.civicflow.consultation.matter.MatterVariables.COMMUNITY_ID;
import static com.civicflow.consultation.matter.MatterVariables.COMMUNITY_NAME;
import static com.civicflow.consultation.matter.MatterVariables.DISTRICT_ID;
import static com.civicflow.consultation.matter.MatterVariables.INITIATOR;
import static com.civicflow.consultation.matter.MatterVariables.MATTER_NUMBER;
import static com.civicflow.consultation.matter.MatterVariables.OVERDUE;
import static com.civicflow.consultation.matter.MatterVariables.STREET_ID;

import com.civicflow.consultation.organisation.OrgLevel;
import com.civicflow.consultation.organisation.OrgUnit;
import com.civicflow.consultation.organisation.OrganisationDirectory;
import com.civicflow.consultation.organisation.RoleGroup;
import java.util.Set;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.impl.persistence.entity.ExecutionEntity;
import org.springframework.stereotype.Component;

/**
 * Runs at the start of every process instance (added to every diagram by {@link MatterParseListener}):
 * gives a matter its number (the business key — always the product's own: a key a REST client or Tasklist's start
 * dialog sends is kept as {@code clientBusinessKey}) and the plain variables supervisors filter by. A called
 * process (legality review, implementation, notice …) carries the calling matter's number and community.
 */
@Component
public class MatterContextListener implements ExecutionListener {

  private final OrganisationDirectory directory;
  private final MatterNumbers numbers;

  MatterContextListener(OrganisationDirectory directory, MatterNumbers numbers) {
    this.directory = directory;
    this.numbers = numbers;
  }

  @Override
  public void notify(DelegateExecution execution) {
    DelegateExecution caller = execution.getSuperExecution();
    String tenantId = execution.getTenantId();
    if (caller != null) {
      String number = caller.getProcessBusinessKey();
      if (execution.getProcessBusinessKey() == null && number != null) {
        execution.setProcessBusinessKey(number);
      }
      MATTER_NUMBER.set(execution, number);
    } else if (tenantId != null) {
      refuseOtherLevels(execution, directory.unit(tenantId));
      String given = execution.getProcessBusinessKey();
      String number = given;
      if (isMatter(execution) || given == null || given.isBlank()) {
        number = numbers.next(tenantId);
        execution.setProcessBusinessKey(number);
        if (given != null && !given.isBlank()) {
          CLIENT_BUSINESS_KEY.set(execution, given);
        }
      }
      MATTER_NUMBER.set(execution, number);
      Authentication user = Context.getCommandContext().getAuthentication();
      // a job (the job executor) has an authentication with no user: such a start has no initiator
      if (user != null && user.getUserId() != null && INITIATOR.from(execution).isEmpty()) {
        INITIATOR.set(execution, user.getUserId());
      }
    }
    if (tenantId != null) {
      OrgUnit unit = directory.unit(tenantId);
      COMMUNITY_ID.set(execution, unit.id());
      COMMUNITY_NAME.set(execution, unit.name());
      if (unit.level() != OrgLevel.DISTRICT) {
        STREET_ID.set(execution, directory.streetOf(unit.id()).id());
      }
      DISTRICT_ID.set(execution, directory.districtOf(unit.id()).id());
      COMMITTEE_GROUP.set(execution, RoleGroup.committeeAt(unit.level()).id());
    }
    if (OVERDUE.from(execution).isEmpty()) {
      OVERDUE.set(execution, false);
    }
  }

  /** Every process is a matter unless its diagram says {@code consultationMatter=false}. */
  private static boolean isMatter(DelegateExecution execution) {
    Object matter = ((ExecutionEntity) execution).getProcessDefinition().getProperty(MatterParseListener.CONSULTATION_MATTER);
    return !Boolean.FALSE.equals(matter);
  }

  /** A model that names the levels it runs at ({@link MatterParseListener#CONSULTATION_LEVELS}) starts at those only. */
  private static void refuseOtherLevels(DelegateExecution execution, OrgUnit unit) {
    Object levels = ((ExecutionEntity) execution).getProcessDefinition().getProperty(MatterParseListener.CONSULTATION_LEVELS);
    if (levels instanceof Set<?> allowed && !allowed.contains(unit.level())) {
      String where = allowed.stream().map(l -> ((OrgLevel) l).label()).collect(Collectors.joining("、"));
      throw new InvalidSubmissionException("“" + ((ExecutionEntity) execution).getProcessDefinition().getName() + "”在" + where
          + "开展，“" + unit.name() + "”是" + unit.level().label() + "：请选择" + where);
    }
  }
}
