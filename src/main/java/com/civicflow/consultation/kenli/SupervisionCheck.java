package com.civicflow.consultation.kenli;

import static com.civicflow.consultation.kenli.KenliVariables.HANDLING_RECORD;
import static com.civicflow.consultation.kenli.KenliVariables.HANDLING_VERDICT;
import static com.civicflow.consultation.kenli.KenliVariables.RETURN_VISIT_HOUSEHOLDS;
import static com.civicflow.consultation.kenli.KenliVariables.RETURN_VISIT_RECORD;
import static com.civicflow.consultation.kenli.KenliVariables.SATISFACTION_RATE;
import static com.civicflow.consultation.kenli.KenliVariables.SATISFACTION_RECORD;
import static com.civicflow.consultation.kenli.KenliVariables.SATISFIED_COUNT;
import static com.civicflow.consultation.kenli.KenliVariables.SURVEYED_COUNT;
import static com.civicflow.consultation.kenli.KenliVariables.VISITED_HOUSEHOLDS;
import static com.civicflow.consultation.kenli.KenliVariables.VISIT_RECORD;

import com.civicflow.consultation.matter.InvalidSubmissionException;
import com.civicflow.consultation.matter.Submission;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * 督 — complete listener of the four recorded checkpoints ({@code ${kenliSupervisionCheck}}):
 * 督走访, 督办理, 督回访, 督满意度 (“按照督走访、督办理、督回访、督满意度的要求…全程跟踪督办”). Each needs its
 * record; 督满意度 refuses more satisfied residents than surveyed and computes the satisfaction rate.
 */
@Component("kenliSupervisionCheck")
class SupervisionCheck implements TaskListener {

  static final String VISIT = "Task_SuperviseVisit";
  static final String HANDLING = "Task_SuperviseHandling";
  static final String RETURN_VISIT = "Task_SuperviseReturnVisit";
  static final String SATISFACTION = "Task_SuperviseSatisfaction";

  @Override
  public void notify(DelegateTask task) {
    Submission form = Submission.of(task);
    switch (task.getTaskDefinitionKey()) {
      case VISIT -> {
        VISITED_HOUSEHOLDS.set(task, form.number(VISITED_HOUSEHOLDS, "走访户数", 1, 100_000));
        VISIT_RECORD.set(task, form.text(VISIT_RECORD, "走访记录"));
      }
      case HANDLING -> {
        form.oneOf(HANDLING_VERDICT, "办理情况", KenliProcess.HANDLING_VERDICTS);
        HANDLING_RECORD.set(task, form.text(HANDLING_RECORD, "督办记录"));
      }
      case RETURN_VISIT -> {
        RETURN_VISIT_HOUSEHOLDS.set(task, form.number(RETURN_VISIT_HOUSEHOLDS, "回访户数", 1, 100_000));
        RETURN_VISIT_RECORD.set(task, form.text(RETURN_VISIT_RECORD, "回访记录"));
      }
      case SATISFACTION -> {
        long surveyed = form.number(SURVEYED_COUNT, "调查人数", 1, 100_000);
        long satisfied = form.number(SATISFIED_COUNT, "满意人数", 0, 100_000);
        if (satisfied > surveyed) {
          throw new InvalidSubmissionException("满意人数（" + satisfied + "）不能多于调查人数（" + surveyed + "）");
        }
        SURVEYED_COUNT.set(task, surveyed);
        SATISFIED_COUNT.set(task, satisfied);
        SATISFACTION_RATE.set(task, Math.round(satisfied * 100.0 / surveyed));
        SATISFACTION_RECORD.set(task, form.text(SATISFACTION_RECORD, "满意度督查记录"));
      }
      default -> throw new IllegalStateException("kenliSupervisionCheck 不适用于任务 " + task.getTaskDefinitionKey());
    }
  }
}
