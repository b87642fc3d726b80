package com.civicflow.consultation.kenli;

import static com.civicflow.consultation.kenli.KenliVariables.COMPLETION_DEADLINE;
import static com.civicflow.consultation.kenli.KenliVariables.HANDLER;
import static com.civicflow.consultation.kenli.KenliVariables.HANDLING_ROUND;
import static com.civicflow.consultation.kenli.KenliVariables.RESPONSIBLE_UNIT;

import com.civicflow.consultation.matter.Submission;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * 办 — complete listener of 明确落实办理人和办结时限 ({@code ${kenliHandlerCheck}}): the form's deadline
 * becomes a date in the future, a blank handler none, and the round of 办 is counted (an unsatisfied
 * evaluation sends the matter back here). The unit, the handler's membership and the deadline are then
 * checked by the shared {@code implementationInputCheck} on the same task.
 */
@Component("kenliHandlerCheck")
class HandlerCheck implements TaskListener {

  @Override
  public void notify(DelegateTask task) {
    Submission form = Submission.of(task);
    RESPONSIBLE_UNIT.set(task, form.text(RESPONSIBLE_UNIT, "责任单位"));
    HANDLER.set(task, HANDLER.from(task).map(String::trim).filter(s -> !s.isEmpty()).orElse(null));
    COMPLETION_DEADLINE.set(task, form.futureDateTime(COMPLETION_DEADLINE, "办结时限"));
    HANDLING_ROUND.set(task, HANDLING_ROUND.from(task).orElse(0L) + 1);
  }
}
