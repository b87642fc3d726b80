package com.civicflow.consultation.kenli;

import static com.civicflow.consultation.kenli.KenliVariables.ARCHIVE_COMPLETE;
import static com.civicflow.consultation.kenli.KenliVariables.EVALUATION_COMMENTS;
import static com.civicflow.consultation.kenli.KenliVariables.EVALUATION_RESPONDENTS;
import static com.civicflow.consultation.kenli.KenliVariables.EVALUATION_SATISFIED;
import static com.civicflow.consultation.kenli.KenliVariables.HANDLING_ROUND;
import static com.civicflow.consultation.kenli.KenliVariables.REHANDLE;
import static com.civicflow.consultation.kenli.KenliVariables.RESIDENT_EVALUATION;
import static com.civicflow.consultation.kenli.KenliVariables.SATISFACTION_RATE;

import com.civicflow.consultation.matter.InvalidSubmissionException;
import com.civicflow.consultation.matter.Submission;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * 评 and 备 — complete listeners ({@code ${kenliEvaluationCheck}}, {@code ${kenliArchiveCheck}}). 评 is the one place
 * the residents' satisfaction is collected: the conclusion, how many took part and how many of them are satisfied
 * (the server computes the rate; 督满意度 reads it). 不满意 needs comments and, after 督满意度, sends the matter back to
 * 办 unless {@code consultation.kenli.max-handling-rounds} rounds of 办 have been run (then it is filed with the
 * dissatisfaction on record). 备: the staff confirm the record template (一事一档) is complete.
 */
@Component("kenliEvaluationCheck")
class EvaluationCheck implements TaskListener {

  private final KenliProperties properties;

  EvaluationCheck(KenliProperties properties) {
    this.properties = properties;
  }

  @Override
  public void notify(DelegateTask task) {
    Submission form = Submission.of(task);
    String evaluation = form.oneOf(RESIDENT_EVALUATION, "居民评价", KenliProcess.EVALUATIONS);
    long respondents = form.number(EVALUATION_RESPONDENTS, "参与评价人数", 1, 100_000);
    long satisfied = form.number(EVALUATION_SATISFIED, "满意（含基本满意）人数", 0, 100_000);
    if (satisfied > respondents) {
      throw new InvalidSubmissionException("满意人数（" + satisfied + "）不能多于参与评价人数（" + respondents + "）");
    }
    boolean unsatisfied = KenliProcess.UNSATISFIED.equals(evaluation);
    String comments = unsatisfied ? form.text(EVALUATION_COMMENTS, "评价意见")
        : EVALUATION_COMMENTS.from(task).map(String::trim).orElse("");
    EVALUATION_RESPONDENTS.set(task, respondents);
    EVALUATION_SATISFIED.set(task, satisfied);
    SATISFACTION_RATE.set(task, Math.round(satisfied * 100.0 / respondents));
    EVALUATION_COMMENTS.set(task, comments);
    REHANDLE.set(task, unsatisfied && HANDLING_ROUND.from(task).orElse(1L) < properties.maxHandlingRounds());
  }

  @Component("kenliArchiveCheck")
  static class ArchiveCheck implements TaskListener {

    @Override
    public void notify(DelegateTask task) {
      if (!Submission.of(task).bool(ARCHIVE_COMPLETE, "记录模板资料齐全")) {
        throw new InvalidSubmissionException("请按社区议事协商记录模板核对资料，齐全后勾选“记录模板资料齐全”再归档");
      }
    }
  }
}
