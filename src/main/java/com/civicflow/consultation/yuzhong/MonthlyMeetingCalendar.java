package com.civicflow.consultation.yuzhong;

import com.civicflow.consultation.calendar.WorkingDays;
import java.time.LocalDate;
import java.time.YearMonth;
import org.springframework.stereotype.Component;

/**
 * 每月协商议事会议 — its day in a month: the configured day of the month (default the 1st, so the first working day),
 * or the next working day of the same month when that day is none (weekend or public holiday of the {@code workdays}
 * calendar), or else the last working day before it; and the month's last working day, by which it is recorded.
 */
@Component
class MonthlyMeetingCalendar {

  private final WorkingDays workdays;
  private final YuzhongProperties properties;

  MonthlyMeetingCalendar(WorkingDays workdays, YuzhongProperties properties) {
    this.workdays = workdays;
    this.properties = properties;
  }

  /** The day the month's meeting is scheduled. */
  LocalDate meetingDay(YearMonth month) {
    LocalDate nominal = month.atDay(Math.min(properties.monthlyMeeting().dayOfMonth(), month.lengthOfMonth()));
    for (LocalDate day = nominal; !day.isAfter(month.atEndOfMonth()); day = day.plusDays(1)) {
      if (workdays.isWorkingDay(day)) {
        return day;
      }
    }
    return lastWorkingDay(month);
  }

  /** The last working day of the month (its last day in a month without any). */
  LocalDate lastWorkingDay(YearMonth month) {
    for (LocalDate day = month.atEndOfMonth(); !day.isBefore(month.atDay(1)); day = day.minusDays(1)) {
      if (workdays.isWorkingDay(day)) {
        return day;
      }
    }
    return month.atEndOfMonth();
  }
}
