package com.civicflow.consultation.notice;

import java.time.Duration;
import java.util.Date;
import org.springframework.stereotype.Component;

/**
 * The one place that turns a notice period (in working days) into the moment the notice closes.
 * PLAIN-DAYS FALLBACK: counts calendar days until the working-day calendar ({@code workdays} bean) is
 * merged; then it delegates to it.
 */
@Component
class NoticePeriod {

  /** When a notice posted at {@code postedAt} for {@code workingDays} working days closes. */
  Date closesAt(Date postedAt, long workingDays) {
    return Date.from(postedAt.toInstant().plus(Duration.ofDays(workingDays)));
  }
}
