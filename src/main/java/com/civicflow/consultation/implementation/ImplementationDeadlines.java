package com.civicflow.consultation.implementation;

import static com.civicflow.consultation.implementation.ImplementationVariables.COMPLETION_DEADLINE;
import static com.civicflow.consultation.implementation.ImplementationVariables.COMPLETION_DEADLINE_TEXT;
import static com.civicflow.consultation.implementation.ImplementationVariables.COMPLETION_OVERDUE_CYCLE;
import static com.civicflow.consultation.implementation.ImplementationVariables.COMPLETION_REMINDER;
import static com.civicflow.consultation.implementation.ImplementationVariables.EVALUATION_DUE_DATE;
import static com.civicflow.consultation.implementation.ImplementationVariables.FEEDBACK_DEADLINE;
import static com.civicflow.consultation.implementation.ImplementationVariables.FEEDBACK_DUE_DATE;
import static com.civicflow.consultation.implementation.ImplementationVariables.FEEDBACK_DUE_DATE_TEXT;
import static com.civicflow.consultation.implementation.ImplementationVariables.FEEDBACK_OVERDUE_CYCLE;

import com.civicflow.consultation.calendar.WorkingDays;
import com.civicflow.consultation.matter.InvalidSubmissionException;
import com.civicflow.consultation.matter.Submission;
import java.time.LocalTime;
import java.util.Date;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.stereotype.Component;

/**
 * The deadlines of one implementation: parses what a caller or form gives (a Date, an ISO date or
 * date-time, or {@code workdays:N}), and derives the reminder, the overdue escalation cycle, the
 * feedback and the evaluation deadlines, in working days where the rules say so.
 */
@Component
class ImplementationDeadlines {

  private final WorkingDays workdays;
  private final SupervisionRules rules;

  ImplementationDeadlines(WorkingDays workdays, SupervisionRules rules) {
    this.workdays = workdays;
    this.rules = rules;
  }

  /** A deadline as given, counted from now when it is {@code workdays:N}; refused when unparseable. */
  Date parse(Object value, String label) {
    if (value instanceof Date date) {
      return date;
    }
    if (value == null || value.toString().isBlank()) {
      throw new InvalidSubmissionException("请填写“" + label + "”");
    }
    String text = value.toString().trim();
    if (WorkingDays.isWorkdays(text)) {
      try {
        return workdays.resolve(text, ClockUtil.getCurrentTime());
      } catch (ProcessEngineException | IllegalArgumentException e) {
        throw new InvalidSubmissionException("“" + label + "”应为日期、日期时间或 workdays:N（N 个工作日）: " + text);
      }
    }
    return Submission.parseDateTime(text, label);
  }

  /** Like {@link #parse}, and later than now. */
  Date future(Object value, String label) {
    Date date = parse(value, label);
    if (!date.after(ClockUtil.getCurrentTime())) {
      throw new InvalidSubmissionException("“" + label + "”必须晚于当前时间（" + Submission.shown(date) + " 已过）");
    }
    return date;
  }

  /** Sets the completion deadline with its reminder and overdue escalation cycle. */
  void scheduleCompletion(VariableScope scope, Date deadline) {
    COMPLETION_DEADLINE.set(scope, deadline);
    COMPLETION_DEADLINE_TEXT.set(scope, Submission.shown(deadline));
    SupervisionRules.Rules district = rules.of(scope);
    COMPLETION_REMINDER.set(scope, morningOf(workdays.minus(deadline, district.reminderWorkdays())));
    COMPLETION_OVERDUE_CYCLE.set(scope, district.escalationCycle(deadline));
  }

  /** The feedback deadline, when the implementation is reported done: as given, or N working days from now. */
  void scheduleFeedback(VariableScope scope) {
    Object given = scope.getVariable(FEEDBACK_DEADLINE);
    SupervisionRules.Rules district = rules.of(scope);
    Date due = given == null || given.toString().isBlank()
        ? workdays.fromNow(district.feedbackWorkdays())
        : parse(given, "反馈时限");
    FEEDBACK_DUE_DATE.set(scope, due);
    FEEDBACK_DUE_DATE_TEXT.set(scope, Submission.shown(due));
    FEEDBACK_OVERDUE_CYCLE.set(scope, district.escalationCycle(due));
  }

  /** The residents' evaluation window, from now. */
  void scheduleEvaluation(VariableScope scope) {
    EVALUATION_DUE_DATE.set(scope, workdays.fromNow(rules.of(scope).evaluationWorkdays()));
  }

  /** Reminders go out at the start of office hours (09:00) of their day, not at a deadline's 23:59:59. */
  private static Date morningOf(Date day) {
    return Date.from(day.toInstant().atZone(Submission.ZONE).with(LocalTime.of(9, 0)).toInstant());
  }
}
