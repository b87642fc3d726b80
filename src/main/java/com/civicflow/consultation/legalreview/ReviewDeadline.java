package com.civicflow.consultation.legalreview;

import java.util.Date;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.stereotype.Component;

/** When a review task is due: the one place the legality review asks the working-day calendar. */
@Component
class ReviewDeadline {

  /** TEMPORARY until the shared working-day calendar is merged: calendar days. */
  Date dueIn(int workingDays) {
    return new Date(ClockUtil.getCurrentTime().getTime() + workingDays * 24L * 3600 * 1000);
  }
}
