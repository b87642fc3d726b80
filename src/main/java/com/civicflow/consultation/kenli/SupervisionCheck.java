package com.civicflow.consultation.kenli;

import static com.civicflow.consultation.kenli.KenliVariables.HANDLING_RECORD;
import static com.civicflow.consultation.kenli.KenliVariables.HANDLING_VERDICT;
import static com.civicflow.consultation.kenli.KenliVariables.RETURN_VISIT_HOUSEHOLDS;
import static com.civicflow.consultation.kenli.KenliVariables.RETURN_VISIT_RECORD;
import static com.civicflow.consultation.kenli.KenliVariables.SATISFACTION_RECORD;
import static com.civicflow.consultation.kenli.KenliVariables.SUPERVISION_OPINION_COUNT;
import static com.civicflow.consultation.kenli.KenliVariables.SUPERVISION_OPINION_RESPONSE;
import static com.civicflow.consultation.kenli.KenliVariables.VISITED_HOUSEHOLDS;
import static com.civicflow.consultation.kenli.KenliVariables.VISIT_RECORD;

import com.civicflow.consultation.implementation.ImplementationProcess;
import com.civicflow.consultation.matter.InvalidSubmissionException;
import com.civicflow.consultation.matter.Submission;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * 督 — complete listener of the four recorded checkpoints ({@code ${kenliSupervisionCheck}}):
 * 督走访, 督办理, 督回访, 督满意度 (“按照督走访、督办理、督回访、督满意度的要求…全程跟踪督办”). Each needs its
 * record. 督办理 runs while the unit works (“办理过程接受居民监督”): its conclusion is refused while the unit has not
 * yet fed back, and it must answer the residents' supervision opinions when there are any. 督满意度 reads the
 * satisfaction collected once in 评 and records the check.
 */
@Component("kenliSupervisionCheck")
class SupervisionCheck implements TaskListener {

  static final String VISIT = "Task_SuperviseVisit";
  static final String HANDLING = "Task_SuperviseHandling";
  static final String RETURN_VISIT = "Task_SuperviseReturnVisit";
  static final String SATISFACTION = "Task_SuperviseSatisfaction";

  private final RuntimeService runtime;

  SupervisionCheck(RuntimeService runtime) {
    this.runtime = runtime;
  }

  @Override
  public void notify(DelegateTask task) {
    Submission form = Submission.of(task);
    switch (task.getTaskDefinitionKey()) {
      case VISIT -> {
        VISITED_HOUSEHOLDS.set(task, form.number(VISITED_HOUSEHOLDS, "走访户数", 1, 100_000));
        VISIT_RECORD.set(task, form.text(VISIT_RECORD, "走访记录"));
      }
      case HANDLING -> {
        if (implementationRunning(task)) {
          throw new InvalidSubmissionException("责任单位尚未办结并反馈实施情况，督办理须跟踪到办理完成后再作结论");
        }
        form.oneOf(HANDLING_VERDICT, "办理情况", KenliProcess.HANDLING_VERDICTS);
        HANDLING_RECORD.set(task, form.text(HANDLING_RECORD, "督办记录"));
        if (SUPERVISION_OPINION_COUNT.from(task).orElse(0L) > 0) {
          SUPERVISION_OPINION_RESPONSE.set(task, form.text(SUPERVISION_OPINION_RESPONSE, "对居民监督意见的答复"));
        }
      }
      case RETURN_VISIT -> {
        RETURN_VISIT_HOUSEHOLDS.set(task, form.number(RETURN_VISIT_HOUSEHOLDS, "回访户数", 1, 100_000));
        RETURN_VISIT_RECORD.set(task, form.text(RETURN_VISIT_RECORD, "回访记录"));
      }
      case SATISFACTION -> SATISFACTION_RECORD.set(task, form.text(SATISFACTION_RECORD, "满意度督查记录"));
      default -> throw new IllegalStateException("kenliSupervisionCheck 不适用于任务 " + task.getTaskDefinitionKey());
    }
  }

  private boolean implementationRunning(DelegateTask task) {
    return runtime.createProcessInstanceQuery().superProcessInstanceId(task.getProcessInstanceId())
        .processDefinitionKey(ImplementationProcess.KEY).count() > 0;
  }
}
