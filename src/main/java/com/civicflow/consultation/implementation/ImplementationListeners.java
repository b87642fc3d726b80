package com.civicflow.consultation.implementation;

import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The beans {@code implementation-supervision.bpmn} names in {@code delegateExpression}: thin adapters
 * over {@link ImplementationSteps}, {@link DeadlineReminder} and {@link OverdueEscalation}.
 */
@Configuration
class ImplementationListeners {

  /** For calling models: on the task whose form names the unit and deadlines, refuses bad input early. */
  @Bean
  TaskListener implementationInputCheck(ImplementationStart start) {
    return task -> start.check(task, task.getTenantId());
  }

  @Bean
  TaskListener implementationReportCheck(ImplementationSteps steps) {
    return steps::implemented;
  }

  @Bean
  TaskListener feedbackReportCheck(ImplementationSteps steps) {
    return steps::fedBack;
  }

  @Bean
  TaskListener evaluationCheck(ImplementationSteps steps) {
    return steps::evaluated;
  }

  @Bean
  TaskListener streetDecisionCheck(ImplementationSteps steps) {
    return steps::streetDecided;
  }

  @Bean
  TaskListener supervisionCheck(ImplementationSteps steps) {
    return steps::supervised;
  }

  @Bean
  JavaDelegate implementationRework(ImplementationSteps steps) {
    return steps::startRework;
  }

  @Bean
  JavaDelegate deadlineReminder(DeadlineReminder reminder) {
    return reminder::remind;
  }

  /**
   * For calling models that put {@code overdueEscalation} on a timer of their own task (e.g. a street
   * task with a feedback deadline): as a complete listener of that task it resolves the task's overdue
   * incident and clears the matter's overdue marks.
   */
  @Bean
  TaskListener overdueResolved(OverdueMarks marks) {
    return marks::resolve;
  }

  @Bean
  JavaDelegate overdueEscalation(OverdueEscalation escalation) {
    return escalation::escalate;
  }
}
