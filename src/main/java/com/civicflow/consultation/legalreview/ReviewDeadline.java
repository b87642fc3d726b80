package com.civicflow.consultation.legalreview;

import com.civicflow.consultation.calendar.WorkingDays;
import java.util.Date;
import org.springframework.stereotype.Component;

/** When a review task is due: the one place the legality review asks the working-day calendar. */
@Component
class ReviewDeadline {

  private final WorkingDays workdays;

  ReviewDeadline(WorkingDays workdays) {
    this.workdays = workdays;
  }

  /** The same clock time, Beijing time, on the N-th working day after today (see {@link WorkingDays}). */
  Date dueIn(int workingDays) {
    return workdays.fromNow(workingDays);
  }
}
