package com.civicflow.consultation.dongcheng;

import static com.civicflow.consultation.dongcheng.DongchengVariables.SUPERVISION_GROUP_MEMBERS;

import com.civicflow.consultation.matter.InvalidSubmissionException;
import com.civicflow.consultation.matter.ProcessVariable;
import com.civicflow.consultation.matter.Submission;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.springframework.stereotype.Service;

/**
 * The checks of two steps earlier versions of {@code dongcheng-consultation} had at the end of every matter — the
 * 居委会 signing off for the supervision group, the per-matter rating — kept so that matters started on those versions
 * and still waiting there can be completed after an upgrade. New versions have neither step.
 */
@Service
class EarlierVersionSteps {

  static final ProcessVariable<String> SUPERVISION_GROUP_OPINION = ProcessVariable.string("supervisionGroupOpinion");
  static final ProcessVariable<Boolean> SUPERVISION_GROUP_SIGNED_OFF = ProcessVariable.bool("supervisionGroupSignedOff");
  static final ProcessVariable<String> DEPARTMENT_NAME = ProcessVariable.string("ratedDepartment");
  static final ProcessVariable<String> DEPARTMENT_FEEDBACK = ProcessVariable.string("departmentFeedback");
  static final ProcessVariable<Long> STREET_RATING = ProcessVariable.number("streetRating");
  static final ProcessVariable<Long> DEPARTMENT_RATING = ProcessVariable.number("departmentRating");

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
