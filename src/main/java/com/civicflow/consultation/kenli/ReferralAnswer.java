package com.civicflow.consultation.kenli;

import static com.civicflow.consultation.kenli.KenliVariables.CATALOGUE_OUTCOME;
import static com.civicflow.consultation.kenli.KenliVariables.CATALOGUE_REASON;
import static com.civicflow.consultation.kenli.KenliVariables.ORGANISING_BODY;
import static com.civicflow.consultation.kenli.KenliVariables.REFERRAL_OUTCOME;
import static com.civicflow.consultation.kenli.KenliVariables.REFERRED_FROM;
import static com.civicflow.consultation.kenli.KenliVariables.REFERRED_FROM_INSTANCE;
import static com.civicflow.consultation.kenli.KenliVariables.RESIDENT_EVALUATION;
import static com.civicflow.consultation.kenli.KenliVariables.RESULT_TEXT;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * End listener of the whole {@code kenli-eight-step} process ({@code ${kenliReferralAnswer}}): when a matter
 * that was referred from the level below ends, however it ends, its outcome is sent to the lower matter
 * (message {@value KenliProcess#REFERRAL_ANSWERED}, to the process instance {@code referredFromInstanceId}), which records it as
 * {@code referralOutcome} and closes. The lower matter lies in a tenant the upper level's staff belong to,
 * but the correlation also runs from jobs without a user, so the tenant check is lifted for it alone.
 */
@Component("kenliReferralAnswer")
class ReferralAnswer implements ExecutionListener {

  private static final Logger LOG = LoggerFactory.getLogger(ReferralAnswer.class);

  @Override
  public void notify(DelegateExecution execution) {
    String lower = REFERRED_FROM.from(execution).orElse(null);
    if (lower == null) {
      return;
    }
    CommandContext context = Context.getCommandContext();
    boolean tenantCheck = context.getTenantManager().isTenantCheckEnabled();
    context.disableTenantCheck();
    try {
      var correlation = execution.getProcessEngineServices().getRuntimeService()
          .createMessageCorrelation(KenliProcess.REFERRAL_ANSWERED);
      String lowerInstance = REFERRED_FROM_INSTANCE.from(execution).orElse(null);
      // matters referred before the instance id was recorded are found by their number
      correlation = lowerInstance != null ? correlation.processInstanceId(lowerInstance) : correlation.processInstanceBusinessKey(lower);
      int answered = correlation.setVariable(REFERRAL_OUTCOME.name(), outcome(execution)).correlateAllWithResult().size();
      if (answered == 0) {
        LOG.warn("Referred matter {} ended, but matter {} no longer waits for its outcome",
            execution.getProcessBusinessKey(), lower);
      }
    } finally {
      if (tenantCheck) {
        context.enableTenantCheck();
      }
    }
  }

  static String outcome(DelegateExecution execution) {
    String body = ORGANISING_BODY.from(execution).orElse("上级议事组织") + "（" + execution.getProcessBusinessKey() + "）";
    if (KenliProcess.OUTCOME_REFUSED.equals(CATALOGUE_OUTCOME.from(execution).orElse(null))) {
      return body + "不予议事：" + CATALOGUE_REASON.from(execution).orElse("");
    }
    if (REFERRAL_OUTCOME.from(execution).isPresent()) {
      return body + "再提请上级，结果：" + REFERRAL_OUTCOME.from(execution).get();
    }
    if (RESIDENT_EVALUATION.from(execution).isPresent()) {
      return body + "已办结：" + RESULT_TEXT.from(execution).orElse("") + "（居民评价："
          + RESIDENT_EVALUATION.from(execution).get() + "）";
    }
    return body + "已终止";
  }
}
