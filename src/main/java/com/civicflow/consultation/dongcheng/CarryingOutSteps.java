package com.civicflow.consultation.dongcheng;

import static com.civicflow.consultation.dongcheng.DongchengVariables.*;

import com.civicflow.consultation.legalreview.LegalReviewVariables;
import com.civicflow.consultation.matter.MatterVariables;
import com.civicflow.consultation.matter.Submission;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.springframework.stereotype.Service;

/**
 * 群策群力，共建共享 and 转办: the legal review's result applied, how the result is carried out and
 * paid for, the committee's follow-up (difficulty → street assists; new dispute → linked consultation),
 * the street's assistance and its answer to a transferred item.
 */
@Service
class CarryingOutSteps {

  /** After 合法性审核: a lawful-with-changes result is the revised text from now on. */
  void legallyReviewed(DelegateExecution execution) {
    if ("lawful-with-changes".equals(LegalReviewVariables.OUTCOME.from(execution).orElse(""))) {
      LegalReviewVariables.REVISED_RESULT_TEXT.from(execution).filter(t -> !t.isBlank())
          .ifPresent(revised -> RESULT_TEXT.set(execution, revised));
    }
  }

  /** 结果公开: the result and how it was carried out, for the 协商结果 notice. */
  void resultNotice(DelegateExecution execution) {
    RESULT_NOTICE_TITLE.set(execution, "协商成果及办理实施情况：" + MatterVariables.TOPIC.from(execution).orElse(""));
    RESULT_NOTICE_TEXT.set(execution, "协商成果：" + RESULT_TEXT.from(execution).orElse("")
        + "\n落实方式：" + IMPLEMENTATION_MODE.from(execution).orElse("") + "\n" + FundingSteps.shown(execution)
        + "\n办理实施情况：" + execution.getVariable("implementationReport")
        + "\n居民评议：" + execution.getVariable("evaluationResult")
        + IMPLEMENTATION_SUPERVISION_VERDICT.from(execution).map(v -> "\n居民监督小组：" + v).orElse(""));
  }

  void planned(DelegateTask task) {
    Submission form = Submission.of(task);
    form.oneOf(IMPLEMENTATION_MODE, "落实方式", MODES);
    FundingSteps.planned(task, form);
  }

  void tracked(DelegateTask task) {
    Submission form = Submission.of(task);
    String outcome = form.oneOf(TRACKING_OUTCOME, "落实情况", TRACKING);
    switch (outcome) {
      case "落实困难" -> ASSISTANCE_REQUEST.set(task, form.text(ASSISTANCE_REQUEST, "需街道和职能部门协助的事项"));
      case "出现新分歧" -> NEW_DISPUTE_TOPIC.set(task, form.text(NEW_DISPUTE_TOPIC, "新分歧（新协商议题）"));
      default -> TRACKING_NOTE.set(task, TRACKING_NOTE.from(task).orElse(""));
    }
  }

  void assisted(DelegateTask task) {
    Submission form = Submission.of(task);
    ASSISTANCE_REPORT.set(task, form.text(ASSISTANCE_REPORT, "协助办理情况"));
    EvaluationSteps.addDepartments(task, form.text(DEPARTMENTS_ASSISTED, "协助办理的部门"));
  }

  void transferAnswered(DelegateTask task) {
    Submission form = Submission.of(task);
    TRANSFER_FEEDBACK.set(task, form.text(TRANSFER_FEEDBACK, "转办事项落实反馈"));
    LIFT_TO_STREET.set(task, form.bool(LIFT_TO_STREET, "上升为街道协商议题"));
  }
}
