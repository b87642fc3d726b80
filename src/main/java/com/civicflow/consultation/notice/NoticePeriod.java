package com.civicflow.consultation.notice;

import com.civicflow.consultation.calendar.WorkingDays;
import java.util.Date;
import org.springframework.stereotype.Component;

/**
 * The one place that turns a notice period (in working days, 工作日) into the moment the notice closes:
 * the working-day calendar ({@code workdays} bean: weekends, public holidays and 调休 make-up days).
 */
@Component
class NoticePeriod {

  private final WorkingDays workdays;

  NoticePeriod(WorkingDays workdays) {
    this.workdays = workdays;
  }

  /** When a notice posted at {@code postedAt} for {@code workingDays} working days closes. */
  Date closesAt(Date postedAt, long workingDays) {
    return workdays.plus(postedAt, Math.toIntExact(workingDays));
  }
}
