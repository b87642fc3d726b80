package com.civicflow.consultation.kenli;

import com.civicflow.consultation.calendar.WorkingDays;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.springframework.stereotype.Component;

/**
 * 逢十议事 — the days of the regular meetings. Nominal dates: the 10th, the 20th and the 30th of each month;
 * in a month without a 30th (February) the last day of the month. A nominal date that is not a working day
 * (weekend or public holiday of the {@code workdays} calendar) moves to the next working day (顺延), which may
 * fall in the next month. Each meeting is known by its nominal date.
 */
@Component
class RegularMeetingCalendar {

  private final WorkingDays workdays;

  RegularMeetingCalendar(WorkingDays workdays) {
    this.workdays = workdays;
  }

  /** The three nominal dates of a month. */
  static List<LocalDate> nominalDates(YearMonth month) {
    return List.of(month.atDay(10), month.atDay(20), month.atDay(Math.min(30, month.lengthOfMonth())));
  }

  /** The day a meeting is held: the nominal date, or the next working day after it. */
  LocalDate meetingDay(LocalDate nominal) {
    LocalDate day = nominal;
    while (!workdays.isWorkingDay(day)) {
      day = day.plusDays(1);
    }
    return day;
  }

  /** The nominal date of the meeting held on this day, if one is. */
  Optional<LocalDate> meetingOn(LocalDate today) {
    YearMonth month = YearMonth.from(today);
    return Stream.concat(nominalDates(month.minusMonths(1)).stream(), nominalDates(month).stream())
        .filter(nominal -> meetingDay(nominal).equals(today))
        .findFirst();
  }

  /** The day of the meeting before the one of this nominal date (topics collected since then). */
  LocalDate previousMeetingDay(LocalDate nominal) {
    YearMonth month = YearMonth.from(nominal);
    return Stream.concat(nominalDates(month.minusMonths(1)).stream(), nominalDates(month).stream())
        .filter(d -> d.isBefore(nominal))
        .reduce((first, second) -> second)
        .map(this::meetingDay)
        .orElseThrow();
  }
}
