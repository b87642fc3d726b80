package com.civicflow.consultation.legalreview;

import static com.civicflow.consultation.legalreview.LegalReviewVariables.ESCALATION_CAUSE;
import static com.civicflow.consultation.legalreview.LegalReviewVariables.ESCALATION_LEVEL;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * The escalation service tasks ({@code ${legalReviewEscalation}}): local inputs {@code escalationLevel}
 * (street | district) and {@code escalationCause} (routing | overdue).
 */
@Component("legalReviewEscalation")
class LegalReviewEscalation implements JavaDelegate {

  private final ReviewEscalations escalations;

  LegalReviewEscalation(ReviewEscalations escalations) {
    this.escalations = escalations;
  }

  @Override
  public void execute(DelegateExecution execution) {
    escalations.escalate(execution,
        ReviewLevel.byId(ESCALATION_LEVEL.required(execution)),
        EscalationCause.byId(ESCALATION_CAUSE.required(execution)));
  }
}
