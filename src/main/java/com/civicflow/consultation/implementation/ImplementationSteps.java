package com.civicflow.consultation.implementation;

import static com.civicflow.consultation.implementation.ImplementationVariables.EVALUATED_BY_CALLER;
import static com.civicflow.consultation.implementation.ImplementationVariables.EVALUATIONS;
import static com.civicflow.consultation.implementation.ImplementationVariables.EVALUATION_COMMENTS;
import static com.civicflow.consultation.implementation.ImplementationVariables.EVALUATION_RESULT;
import static com.civicflow.consultation.implementation.ImplementationVariables.FEEDBACK_REPORT;
import static com.civicflow.consultation.implementation.ImplementationVariables.IMPLEMENTATION_CLOSED;
import static com.civicflow.consultation.implementation.ImplementationVariables.IMPLEMENTATION_REPORT;
import static com.civicflow.consultation.implementation.ImplementationVariables.RESPONDENT_COUNT;
import static com.civicflow.consultation.implementation.ImplementationVariables.REWORK_ALLOWED;
import static com.civicflow.consultation.implementation.ImplementationVariables.REWORK_COUNT;
import static com.civicflow.consultation.implementation.ImplementationVariables.REWORK_DEADLINE;
import static com.civicflow.consultation.implementation.ImplementationVariables.STREET_FINAL_DECISION;
import static com.civicflow.consultation.implementation.ImplementationVariables.SUPERVISION_NOTE;
import static com.civicflow.consultation.implementation.ImplementationVariables.UNSATISFIED;

import com.civicflow.consultation.matter.InvalidSubmissionException;
import com.civicflow.consultation.matter.MatterVariables;
import com.civicflow.consultation.matter.Submission;
import java.util.Date;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.springframework.stereotype.Service;

/**
 * What each step of {@code implementation-supervision} checks on the server and what it sets for the
 * next one: reports done → feedback due; feedback → evaluation window; evaluation → closed, rework with
 * a new deadline, or (after the allowed reworks) the street office's decision.
 */
@Service
class ImplementationSteps {

  private final ImplementationDeadlines deadlines;
  private final OverdueMarks marks;
  private final SupervisionRules rules;

  ImplementationSteps(ImplementationDeadlines deadlines, OverdueMarks marks, SupervisionRules rules) {
    this.deadlines = deadlines;
    this.marks = marks;
    this.rules = rules;
  }

  void implemented(DelegateTask task) {
    IMPLEMENTATION_REPORT.set(task, Submission.of(task).text(IMPLEMENTATION_REPORT, "实施情况"));
    marks.resolve(task);
    deadlines.scheduleFeedback(task.getExecution());
    MatterVariables.STAGE.set(task, ImplementationProcess.STAGE_FEEDBACK);
  }

  void fedBack(DelegateTask task) {
    FEEDBACK_REPORT.set(task, Submission.of(task).text(FEEDBACK_REPORT, "实施情况反馈"));
    marks.resolve(task);
    if (EVALUATED_BY_CALLER.from(task).orElse(false)) {
      IMPLEMENTATION_CLOSED.set(task, true);
      MatterVariables.STAGE.set(task, ImplementationProcess.STAGE_CLOSED);
      return;
    }
    deadlines.scheduleEvaluation(task.getExecution());
    MatterVariables.STAGE.set(task, ImplementationProcess.STAGE_EVALUATE);
  }

  void evaluated(DelegateTask task) {
    Submission form = Submission.of(task);
    String result = form.oneOf(EVALUATION_RESULT, "评议结果", EVALUATIONS);
    long respondents = form.number(RESPONDENT_COUNT, "参与评议人数", 1, 1_000_000);
    boolean unsatisfied = UNSATISFIED.equals(result);
    String comments = unsatisfied ? form.text(EVALUATION_COMMENTS, "评议意见")
        : EVALUATION_COMMENTS.from(task).map(String::trim).orElse("");
    boolean reworkAllowed = unsatisfied && REWORK_COUNT.from(task).orElse(0L) < rules.of(task).maxReworks();
    if (reworkAllowed) {
      Date deadline = deadlines.future(task.getVariable(REWORK_DEADLINE.name()), "整改办结时限");
      REWORK_DEADLINE.set(task, deadline);
    }
    EVALUATION_RESULT.set(task, result);
    EVALUATION_COMMENTS.set(task, comments);
    RESPONDENT_COUNT.set(task, respondents);
    REWORK_ALLOWED.set(task, reworkAllowed);
    IMPLEMENTATION_CLOSED.set(task, !unsatisfied);
    MatterVariables.STAGE.set(task, unsatisfied
        ? (reworkAllowed ? ImplementationProcess.STAGE_IMPLEMENT : ImplementationProcess.STAGE_STREET_DECISION)
        : ImplementationProcess.STAGE_CLOSED);
  }

  /** 不满意: back to the responsible unit with the new deadline. */
  void startRework(DelegateExecution execution) {
    REWORK_COUNT.set(execution, REWORK_COUNT.from(execution).orElse(0L) + 1);
    Date deadline = REWORK_DEADLINE.from(execution)
        .orElseThrow(() -> new InvalidSubmissionException("请填写“整改办结时限”"));
    deadlines.scheduleCompletion(execution, deadline);
  }

  void streetDecided(DelegateTask task) {
    STREET_FINAL_DECISION.set(task, Submission.of(task).text(STREET_FINAL_DECISION, "街道处理决定"));
    IMPLEMENTATION_CLOSED.set(task, true);
    MatterVariables.STAGE.set(task, ImplementationProcess.STAGE_CLOSED);
  }

  void supervised(DelegateTask task) {
    SUPERVISION_NOTE.setLocal(task, Submission.of(task).text(SUPERVISION_NOTE, "督办意见"));
  }
}
