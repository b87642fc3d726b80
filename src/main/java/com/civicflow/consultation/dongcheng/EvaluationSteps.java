package com.civicflow.consultation.dongcheng;

import static com.civicflow.consultation.dongcheng.DongchengVariables.*;

import com.civicflow.consultation.matter.InvalidSubmissionException;
import com.civicflow.consultation.matter.Submission;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.springframework.stereotype.Service;

/** 评估反馈，结果公开: third-party evaluation, the residents' supervision group, departments' feedback, ratings. */
@Service
class EvaluationSteps {

  void evaluatedByThirdParty(DelegateTask task) {
    Submission form = Submission.of(task);
    EVALUATOR_ORGANISATION.set(task, form.text(EVALUATOR_ORGANISATION, "第三方评估机构"));
    THIRD_PARTY_EVALUATION.set(task, form.text(THIRD_PARTY_EVALUATION, "评估结论"));
  }

  void signedOff(DelegateTask task) {
    Submission form = Submission.of(task);
    form.text(SUPERVISION_GROUP_MEMBERS, "居民监督小组成员");
    form.text(SUPERVISION_GROUP_OPINION, "监督意见");
    if (!form.bool(SUPERVISION_GROUP_SIGNED_OFF, "监督小组确认")) {
      throw new InvalidSubmissionException("居民监督小组尚未确认协商过程公开透明，请在监督小组确认后再提交");
    }
  }

  void rated(DelegateTask task) {
    Submission form = Submission.of(task);
    DEPARTMENT_FEEDBACK.set(task, form.text(DEPARTMENT_FEEDBACK, "部门和街道反馈情况"));
    DEPARTMENT_NAME.set(task, form.text(DEPARTMENT_NAME, "被评议的区有关部门"));
    STREET_RATING.set(task, form.number(STREET_RATING, "对街道的评议（1–5 分）", 1, 5));
    DEPARTMENT_RATING.set(task, form.number(DEPARTMENT_RATING, "对部门的评议（1–5 分）", 1, 5));
  }
}
