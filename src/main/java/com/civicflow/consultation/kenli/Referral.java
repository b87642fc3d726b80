package com.civicflow.consultation.kenli;

import static com.civicflow.consultation.kenli.KenliVariables.CATALOGUE_REASON;
import static com.civicflow.consultation.kenli.KenliVariables.CONSULTATION_LEVEL;
import static com.civicflow.consultation.kenli.KenliVariables.ORGANISING_BODY;
import static com.civicflow.consultation.kenli.KenliVariables.ORG_UNIT_ID;
import static com.civicflow.consultation.kenli.KenliVariables.ORG_UNIT_NAME;
import static com.civicflow.consultation.kenli.KenliVariables.RAISED_BY;
import static com.civicflow.consultation.kenli.KenliVariables.REFERRAL_LEVEL;
import static com.civicflow.consultation.kenli.KenliVariables.REFERRAL_REASON;
import static com.civicflow.consultation.kenli.KenliVariables.REFERRED_FROM;
import static com.civicflow.consultation.kenli.KenliVariables.REFERRED_FROM_INSTANCE;
import static com.civicflow.consultation.kenli.KenliVariables.REFERRED_TO;
import static com.civicflow.consultation.kenli.KenliVariables.TOPIC_CHANNEL;
import static com.civicflow.consultation.kenli.KenliVariables.TOPIC_DESCRIPTION;
import static com.civicflow.consultation.matter.MatterVariables.COMMUNITY_ID;
import static com.civicflow.consultation.matter.MatterVariables.TOPIC;

import com.civicflow.consultation.organisation.OrgUnit;
import com.civicflow.consultation.organisation.OrganisationDirectory;
import com.civicflow.consultation.matter.StartOnBehalf;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.Variables;
import org.springframework.stereotype.Component;

/**
 * 提请 — service task 提请上级议事组织 ({@code ${kenliReferral}}, asynchronous: it runs as a job, with no user on
 * the job executor; the upper level is another tenant, which only {@link StartOnBehalf} lets it start in). Starts a linked
 * consultation of the same model at the level the table {@code kenli-eight-step-level} names (楼栋/小区 →
 * 社区党群议事会, 社区 → 镇街联席会, 镇街 → 区), in that level's tenant, with {@code referredFrom} = this
 * matter's number; this matter records {@code referredTo} and waits for the message
 * {@value KenliProcess#REFERRAL_ANSWERED} that {@link ReferralAnswer} sends when the upper one ends.
 */
@Component("kenliReferral")
class Referral implements JavaDelegate {

  private final OrganisationDirectory directory;
  private final RuntimeService runtime;

  Referral(OrganisationDirectory directory, RuntimeService runtime) {
    this.directory = directory;
    this.runtime = runtime;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String level = REFERRAL_LEVEL.required(execution);
    OrgUnit target = directory.unit(ORG_UNIT_ID.required(execution));
    while (target.level() != KenliStart.LEVELS.get(level)) {
      target = directory.parentOf(target.id())
          .orElseThrow(() -> new IllegalStateException("没有可提请的上级议事组织: " + level));
    }
    String reason = REFERRAL_REASON.from(execution).or(() -> CATALOGUE_REASON.from(execution)).orElse("超出本级职责范围");
    VariableMap variables = Variables.createVariables()
        .putValue(COMMUNITY_ID.name(), directory.tenantOf(target.id()))
        .putValue(CONSULTATION_LEVEL.name(), level)
        .putValue(ORG_UNIT_ID.name(), target.id())
        .putValue(TOPIC.name(), TOPIC.required(execution))
        .putValue(TOPIC_DESCRIPTION.name(), TOPIC_DESCRIPTION.required(execution) + "\n【提请理由】" + reason)
        .putValue(TOPIC_CHANNEL.name(), KenliProcess.CHANNEL_REFERRAL)
        .putValue(RAISED_BY.name(), ORG_UNIT_NAME.required(execution) + ORGANISING_BODY.required(execution))
        .putValue(REFERRED_FROM.name(), execution.getProcessBusinessKey())
        .putValue(REFERRED_FROM_INSTANCE.name(), execution.getProcessInstanceId());
    ProcessInstance upper = StartOnBehalf.of(execution,
        () -> runtime.startProcessInstanceByKey(KenliProcess.PROCESS_KEY, variables));
    REFERRED_TO.set(execution, upper.getBusinessKey());
    REFERRAL_REASON.set(execution, reason);
  }
}
