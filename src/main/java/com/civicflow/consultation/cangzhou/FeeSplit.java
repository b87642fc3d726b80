package com.civicflow.consultation.cangzhou;

import static com.civicflow.consultation.cangzhou.CangzhouVariables.FEE_EMPTY;
import static com.civicflow.consultation.cangzhou.CangzhouVariables.FEE_EMPTY_TOTAL;
import static com.civicflow.consultation.cangzhou.CangzhouVariables.FEE_OCCUPIED;
import static com.civicflow.consultation.cangzhou.CangzhouVariables.FEE_OCCUPIED_TOTAL;
import static com.civicflow.consultation.cangzhou.CangzhouVariables.FEE_SPLIT;
import static com.civicflow.consultation.cangzhou.CangzhouVariables.FEE_SPLIT_TEXT;
import static com.civicflow.consultation.cangzhou.CangzhouVariables.FEE_TOTAL;
import static com.civicflow.consultation.cangzhou.CangzhouVariables.HOUSEHOLDS_EMPTY;
import static com.civicflow.consultation.cangzhou.CangzhouVariables.HOUSEHOLDS_OCCUPIED;
import static com.civicflow.consultation.legalreview.LegalReviewVariables.INVOLVES_FEES;

import com.civicflow.consultation.matter.InvalidSubmissionException;
import com.civicflow.consultation.matter.Submission;
import java.util.Optional;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.springframework.stereotype.Component;

/**
 * 费用分摊 (the seed's green belt: 常住户一年150元、空房户一年100元): amounts per household and household
 * counts as recorded, totals computed here — never taken from the form.
 */
@Component
class FeeSplit {

  static final long MAX_FEE = 1_000_000;
  static final long MAX_HOUSEHOLDS = 100_000;

  /** Records the split when the form says there is one; returns its text for the result. */
  Optional<String> record(VariableScope scope, Submission form) {
    Object split = scope.getVariable(FEE_SPLIT.name());
    if (split == null || !Boolean.parseBoolean(split.toString())) {
      FEE_SPLIT.set(scope, false);
      return Optional.empty();
    }
    long occupiedFee = form.number(FEE_OCCUPIED, "常住户每户每年（元）", 0, MAX_FEE);
    long emptyFee = form.number(FEE_EMPTY, "空房户每户每年（元）", 0, MAX_FEE);
    long occupied = form.number(HOUSEHOLDS_OCCUPIED, "常住户户数", 0, MAX_HOUSEHOLDS);
    long empty = form.number(HOUSEHOLDS_EMPTY, "空房户户数", 0, MAX_HOUSEHOLDS);
    if (occupied + empty == 0) {
      throw new InvalidSubmissionException("费用分摊须至少有一户（常住户或空房户）");
    }
    long occupiedTotal = occupiedFee * occupied;
    long emptyTotal = emptyFee * empty;
    String text = "常住户每户每年 %d 元 × %d 户 = %d 元；空房户每户每年 %d 元 × %d 户 = %d 元；合计每年 %d 元"
        .formatted(occupiedFee, occupied, occupiedTotal, emptyFee, empty, emptyTotal, occupiedTotal + emptyTotal);
    FEE_SPLIT.set(scope, true);
    FEE_OCCUPIED.set(scope, occupiedFee);
    FEE_EMPTY.set(scope, emptyFee);
    HOUSEHOLDS_OCCUPIED.set(scope, occupied);
    HOUSEHOLDS_EMPTY.set(scope, empty);
    FEE_OCCUPIED_TOTAL.set(scope, occupiedTotal);
    FEE_EMPTY_TOTAL.set(scope, emptyTotal);
    FEE_TOTAL.set(scope, occupiedTotal + emptyTotal);
    FEE_SPLIT_TEXT.set(scope, text);
    INVOLVES_FEES.set(scope, true);
    return Optional.of(text);
  }
}
