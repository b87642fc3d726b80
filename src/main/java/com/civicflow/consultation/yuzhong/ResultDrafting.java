package com.civicflow.consultation.yuzhong;

import static com.civicflow.consultation.yuzhong.YuzhongVariables.AFFECTS_PUBLIC_SAFETY;
import static com.civicflow.consultation.yuzhong.YuzhongVariables.COMPLETION_DEADLINE;
import static com.civicflow.consultation.yuzhong.YuzhongVariables.CONSULTATION_LEVEL;
import static com.civicflow.consultation.yuzhong.YuzhongVariables.ESTIMATED_COST;
import static com.civicflow.consultation.yuzhong.YuzhongVariables.HOUSEHOLDS_AFFECTED;
import static com.civicflow.consultation.yuzhong.YuzhongVariables.IMPLEMENTATION_TEXT;
import static com.civicflow.consultation.yuzhong.YuzhongVariables.INVOLVES_DEMOLITION;
import static com.civicflow.consultation.yuzhong.YuzhongVariables.INVOLVES_FEES;
import static com.civicflow.consultation.yuzhong.YuzhongVariables.LEGAL_REVIEW_OUTCOME;
import static com.civicflow.consultation.yuzhong.YuzhongVariables.LEVELS;
import static com.civicflow.consultation.yuzhong.YuzhongVariables.RESPONSIBLE_UNIT;
import static com.civicflow.consultation.yuzhong.YuzhongVariables.RESULT_TEXT;
import static com.civicflow.consultation.yuzhong.YuzhongVariables.REVISED_RESULT_TEXT;
import static com.civicflow.consultation.yuzhong.YuzhongVariables.TOUCHES_PROPERTY_RIGHTS;

import com.civicflow.consultation.matter.Submission;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.springframework.stereotype.Service;

/**
 * 合议 and what follows it: the committee's resolution draft with the facts the legality review reads;
 * after the review, the text to carry out; the responsible unit and deadline named for implementation
 * (their full check is the shared {@code implementationInputCheck}).
 */
@Service
class ResultDrafting {

  void drafted(DelegateTask task) {
    Submission form = Submission.of(task);
    RESULT_TEXT.set(task, form.text(RESULT_TEXT, "协商成果（决议草案）"));
    ESTIMATED_COST.set(task, form.number(ESTIMATED_COST, "估算金额（元）", 0, 10_000_000_000L));
    HOUSEHOLDS_AFFECTED.set(task, form.number(HOUSEHOLDS_AFFECTED, "涉及户数", 0, 1_000_000));
    TOUCHES_PROPERTY_RIGHTS.set(task, form.bool(TOUCHES_PROPERTY_RIGHTS, "涉及产权"));
    INVOLVES_FEES.set(task, form.bool(INVOLVES_FEES, "涉及收费"));
    INVOLVES_DEMOLITION.set(task, form.bool(INVOLVES_DEMOLITION, "涉及拆除"));
    AFFECTS_PUBLIC_SAFETY.set(task, form.bool(AFFECTS_PUBLIC_SAFETY, "涉及公共安全"));
    CONSULTATION_LEVEL.set(task, form.oneOf(CONSULTATION_LEVEL, "协商层级", LEVELS));
  }

  /** End of the legality review: carry out the reviewer's revised text when there is one. */
  void reviewed(DelegateExecution execution) {
    boolean revised = "lawful-with-changes".equals(LEGAL_REVIEW_OUTCOME.from(execution).orElse(null));
    IMPLEMENTATION_TEXT.set(execution, revised
        ? REVISED_RESULT_TEXT.from(execution).orElse(RESULT_TEXT.required(execution))
        : RESULT_TEXT.required(execution));
  }

  void implementationAssigned(DelegateTask task) {
    Submission form = Submission.of(task);
    RESPONSIBLE_UNIT.set(task, form.text(RESPONSIBLE_UNIT, "责任单位"));
    form.text(COMPLETION_DEADLINE, "办结时限");
  }
}
