package com.civicflow.consultation.calendar;

import java.util.Date;
import org.camunda.bpm.engine.impl.calendar.BusinessCalendar;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.task.Task;

/**
 * The engine's business calendar for due dates and timers: {@code workdays:N} counts working days
 * ({@link WorkingDays}); anything else (ISO 8601 dates and durations) goes to the engine's own calendar.
 */
class WorkdaysBusinessCalendar implements BusinessCalendar {

  private final WorkingDays workingDays;
  private final BusinessCalendar standard;

  WorkdaysBusinessCalendar(WorkingDays workingDays, BusinessCalendar standard) {
    this.workingDays = workingDays;
    this.standard = standard;
  }

  @Override
  public Date resolveDuedate(String description) {
    return resolveDuedate(description, (Date) null);
  }

  @Override
  public Date resolveDuedate(String description, Date startDate) {
    if (WorkingDays.isWorkdays(description)) {
      return workingDays.resolve(description, startDate == null ? ClockUtil.getCurrentTime() : startDate);
    }
    return standard.resolveDuedate(description, startDate);
  }

  @Override
  public Date resolveDuedate(String description, Task task) {
    if (WorkingDays.isWorkdays(description)) {
      return workingDays.resolve(description, ClockUtil.getCurrentTime());
    }
    return standard.resolveDuedate(description, task);
  }
}
