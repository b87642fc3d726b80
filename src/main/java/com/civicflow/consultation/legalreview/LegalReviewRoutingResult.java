package com.civicflow.consultation.legalreview;

import static com.civicflow.consultation.legalreview.LegalReviewVariables.REVIEW_LEVEL;
import static com.civicflow.consultation.legalreview.LegalReviewVariables.REVIEW_REQUIRED;
import static com.civicflow.consultation.legalreview.LegalReviewVariables.ROUTING_REASON;

import java.util.Map;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;

/**
 * End of the decision step: spreads the table's single result ({@code legalReviewRouting}) into the
 * plain output variables and refuses a level the process cannot route (an administrator's typo in the
 * table becomes an incident on the matter instead of a silently skipped review).
 */
@Component("legalReviewRoutingResult")
class LegalReviewRoutingResult implements ExecutionListener {

  static final String RESULT_VARIABLE = "legalReviewRouting";

  @Override
  public void notify(DelegateExecution execution) {
    Object result = execution.getVariable(RESULT_VARIABLE);
    if (!(result instanceof Map<?, ?> routing)) {
      throw new ProcessEngineException("决策表 " + LegalReviewVariables.DECISION_KEY + " 没有返回结果（最后一条规则应兜底）");
    }
    ReviewLevel level = ReviewLevel.byId(String.valueOf(routing.get(REVIEW_LEVEL.name())));
    boolean required = Boolean.TRUE.equals(routing.get(REVIEW_REQUIRED.name()));
    if (required == (level == ReviewLevel.NONE)) {
      throw new ProcessEngineException("决策表 " + LegalReviewVariables.DECISION_KEY
          + " 的结果自相矛盾: legalReviewRequired=" + required + "，legalReviewLevel=" + level.id());
    }
    REVIEW_REQUIRED.set(execution, required);
    REVIEW_LEVEL.set(execution, level.id());
    Object reason = routing.get(ROUTING_REASON.name());
    ROUTING_REASON.set(execution, reason == null ? null : reason.toString());
    execution.removeVariable(RESULT_VARIABLE);
  }
}
