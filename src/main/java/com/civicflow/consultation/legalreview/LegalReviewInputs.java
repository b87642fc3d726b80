package com.civicflow.consultation.legalreview;

import static com.civicflow.consultation.legalreview.LegalReviewVariables.AFFECTS_PUBLIC_SAFETY;
import static com.civicflow.consultation.legalreview.LegalReviewVariables.CATEGORY;
import static com.civicflow.consultation.legalreview.LegalReviewVariables.CONSULTATION_LEVEL;
import static com.civicflow.consultation.legalreview.LegalReviewVariables.CORRECTION;
import static com.civicflow.consultation.legalreview.LegalReviewVariables.ESTIMATED_COST;
import static com.civicflow.consultation.legalreview.LegalReviewVariables.HOUSEHOLDS_AFFECTED;
import static com.civicflow.consultation.legalreview.LegalReviewVariables.INVOLVES_DEMOLITION;
import static com.civicflow.consultation.legalreview.LegalReviewVariables.INVOLVES_FEES;
import static com.civicflow.consultation.legalreview.LegalReviewVariables.OPINION;
import static com.civicflow.consultation.legalreview.LegalReviewVariables.OUTCOME;
import static com.civicflow.consultation.legalreview.LegalReviewVariables.REVIEWER;
import static com.civicflow.consultation.legalreview.LegalReviewVariables.REVISED_RESULT_TEXT;
import static com.civicflow.consultation.legalreview.LegalReviewVariables.TOUCHES_PROPERTY_RIGHTS;

import com.civicflow.consultation.matter.ProcessVariable;
import java.util.List;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;

/**
 * Start of the decision step: brings the caller's inputs into the types the decision table expects
 * (numbers as Long, flags as Boolean; a missing flag means "no", a missing number "unknown") and clears
 * the outputs of an earlier review of the same matter, which {@code <camunda:in variables="all"/>} would
 * otherwise carry in (a matter that went back to drafting is reviewed afresh).
 */
@Component("legalReviewInputs")
class LegalReviewInputs implements ExecutionListener {

  private static final List<ProcessVariable<Boolean>> FLAGS =
      List.of(TOUCHES_PROPERTY_RIGHTS, INVOLVES_FEES, INVOLVES_DEMOLITION, AFFECTS_PUBLIC_SAFETY);
  private static final List<ProcessVariable<Long>> NUMBERS = List.of(ESTIMATED_COST, HOUSEHOLDS_AFFECTED);
  private static final List<ProcessVariable<String>> TEXTS = List.of(CATEGORY, CONSULTATION_LEVEL);
  private static final List<ProcessVariable<String>> OUTPUTS =
      List.of(OUTCOME, OPINION, REVIEWER, REVISED_RESULT_TEXT, CORRECTION);

  @Override
  public void notify(DelegateExecution execution) {
    FLAGS.forEach(flag -> flag.set(execution, flag(execution.getVariable(flag.name()), flag)));
    NUMBERS.forEach(number -> number.set(execution, number(execution.getVariable(number.name()), number)));
    TEXTS.forEach(text -> text.set(execution, text(execution.getVariable(text.name()))));
    OUTPUTS.forEach(output -> output.set(execution, null));
  }

  private static Boolean flag(Object value, ProcessVariable<Boolean> variable) {
    if (value == null || value instanceof Boolean) {
      return Boolean.TRUE.equals(value);
    }
    String text = value.toString().trim();
    if (text.isEmpty() || "false".equalsIgnoreCase(text)) {
      return false;
    }
    if ("true".equalsIgnoreCase(text)) {
      return true;
    }
    throw new ProcessEngineException("合法性审核的输入 " + variable.name() + " 应为 true/false，实际为“" + text + "”");
  }

  private static Long number(Object value, ProcessVariable<Long> variable) {
    try {
      if (value == null || value.toString().isBlank()) {
        return null;
      }
      if (value instanceof Number n) {
        return Math.round(n.doubleValue());
      }
      return Math.round(Double.parseDouble(value.toString().trim()));
    } catch (NumberFormatException e) {
      throw new ProcessEngineException("合法性审核的输入 " + variable.name() + " 应为数字，实际为“" + value + "”");
    }
  }

  private static String text(Object value) {
    return value == null || value.toString().isBlank() ? null : value.toString().trim();
  }
}
