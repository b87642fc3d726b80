package com.civicflow.consultation.legalreview;

import static com.civicflow.consultation.legalreview.LegalReviewVariables.CORRECTION;
import static com.civicflow.consultation.legalreview.LegalReviewVariables.OPINION;
import static com.civicflow.consultation.legalreview.LegalReviewVariables.OUTCOME;
import static com.civicflow.consultation.legalreview.LegalReviewVariables.REVIEWER;
import static com.civicflow.consultation.legalreview.LegalReviewVariables.REVISED_RESULT_TEXT;

import com.civicflow.consultation.matter.InvalidSubmissionException;
import com.civicflow.consultation.matter.Submission;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.stereotype.Component;

/**
 * Complete listener of the review tasks ({@code ${legalReviewSubmission}}): checks the decision on the
 * server (outcome one of the three, an opinion, the revised text for 修改后合法, the correction for 不合法)
 * and records who reviewed: the user completing the task, never a form field. A refused submission rolls
 * the completion back; the task stays open.
 */
@Component("legalReviewSubmission")
class LegalReviewSubmission implements TaskListener {

  @Override
  public void notify(DelegateTask task) {
    Submission submission = Submission.of(task);
    LegalReviewOutcome outcome = LegalReviewOutcome.byId(
        submission.oneOf(OUTCOME, "审核结论", LegalReviewOutcome.ids())).orElseThrow();
    String opinion = submission.text(OPINION, "审核意见");
    String revised = outcome == LegalReviewOutcome.LAWFUL_WITH_CHANGES
        ? submission.text(REVISED_RESULT_TEXT, "修改后的协商成果") : null;
    String correction = outcome == LegalReviewOutcome.UNLAWFUL
        ? submission.text(CORRECTION, "依法纠正意见") : null;
    String reviewer = reviewer(task);
    OUTCOME.set(task, outcome.id());
    OPINION.set(task, opinion);
    REVISED_RESULT_TEXT.set(task, revised);
    CORRECTION.set(task, correction);
    REVIEWER.set(task, reviewer);
  }

  /** The authenticated user completing the task (Tasklist, REST), else the task's assignee. */
  private static String reviewer(DelegateTask task) {
    Authentication user = Context.getCommandContext().getAuthentication();
    if (user != null && user.getUserId() != null) {
      return user.getUserId();
    }
    if (task.getAssignee() != null) {
      return task.getAssignee();
    }
    throw new InvalidSubmissionException("无法确定审核人：请先认领任务，再提交审核结论");
  }
}
