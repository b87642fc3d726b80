package com.civicflow.consultation.kenli;

import static com.civicflow.consultation.legalreview.LegalReviewVariables.OUTCOME;
import static com.civicflow.consultation.legalreview.LegalReviewVariables.RESULT_TEXT;
import static com.civicflow.consultation.legalreview.LegalReviewVariables.REVISED_RESULT_TEXT;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;

/**
 * End listener of the call to {@code legality-review} ({@code ${kenliLegalReviewAdoption}}): a result found
 * lawful after changes (修改后合法) is carried out in its revised wording.
 */
@Component("kenliLegalReviewAdoption")
class LegalReviewAdoption implements ExecutionListener {

  @Override
  public void notify(DelegateExecution execution) {
    if ("lawful-with-changes".equals(OUTCOME.from(execution).orElse(null))) {
      REVISED_RESULT_TEXT.from(execution).ifPresent(text -> RESULT_TEXT.set(execution, text));
    }
  }
}
