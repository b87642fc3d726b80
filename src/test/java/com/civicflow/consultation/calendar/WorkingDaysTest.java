package com.civicflow.consultation.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngineException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;
import org.springframework.core.io.ClassPathResource;

/** The working-day arithmetic against the State Council's 2026 holiday table (no engine needed). */
class WorkingDaysTest {

  private static final ZoneId BEIJING = ZoneId.of("Asia/Shanghai");

  private final WorkingDays workdays =
      new WorkingDays(List.of(HolidayTable.read(new ClassPathResource("calendar/holidays-2026.yaml"))), BEIJING);
  private final ListAppender<ILoggingEvent> log = new ListAppender<>();

  @BeforeEach
  void captureLog() {
    log.start();
    ((Logger) LoggerFactory.getLogger(WorkingDays.class)).addAppender(log);
  }

  @AfterEach
  void releaseLog() {
    ((Logger) LoggerFactory.getLogger(WorkingDays.class)).detachAppender(log);
  }

  @Test
  void springFestivalDaysAreOffAndItsTwoSaturdaysAreWorked() {
    assertThat(workdays.isWorkingDay(LocalDate.of(2026, 2, 14))).as("Sat Feb 14, 调休上班").isTrue();
    LocalDate.of(2026, 2, 15).datesUntil(LocalDate.of(2026, 2, 24))
        .forEach(day -> assertThat(workdays.isWorkingDay(day)).as(day.toString()).isFalse());
    assertThat(workdays.isWorkingDay(LocalDate.of(2026, 2, 24))).isTrue();
    assertThat(workdays.isWorkingDay(LocalDate.of(2026, 2, 28))).as("Sat Feb 28, 调休上班").isTrue();
    assertThat(workdays.isWorkingDay(LocalDate.of(2026, 3, 1))).as("an ordinary Sunday").isFalse();
  }

  @Test
  void countingAcrossSpringFestivalSkipsTheHolidayAndUsesTheWorkedSaturdays() {
    // given Friday 13 February 2026, 10:00
    Date friday = at(2026, 2, 13, 10, 0);

    // then the next working day is the worked Saturday, then the Tuesday after the holiday
    assertThat(workdays.plus(friday, 1)).isEqualTo(at(2026, 2, 14, 10, 0));
    assertThat(workdays.plus(friday, 2)).isEqualTo(at(2026, 2, 24, 10, 0));
    // Tue 24, Wed 25, Thu 26, Fri 27, Sat 28 (worked), Mon 2 March
    assertThat(workdays.plus(friday, 6)).isEqualTo(at(2026, 2, 28, 10, 0));
    assertThat(workdays.plus(friday, 7)).isEqualTo(at(2026, 3, 2, 10, 0));
  }

  @Test
  void nationalDayAndMidAutumnAreOffAndTheirMakeUpWeekendDaysAreWorked() {
    assertThat(workdays.isWorkingDay(LocalDate.of(2026, 9, 20))).as("Sun Sep 20, 调休上班").isTrue();
    assertThat(workdays.isWorkingDay(LocalDate.of(2026, 9, 25))).as("Fri Sep 25, 中秋").isFalse();
    assertThat(workdays.isWorkingDay(LocalDate.of(2026, 10, 1))).isFalse();
    assertThat(workdays.isWorkingDay(LocalDate.of(2026, 10, 7))).isFalse();
    assertThat(workdays.isWorkingDay(LocalDate.of(2026, 10, 8))).isTrue();
    assertThat(workdays.isWorkingDay(LocalDate.of(2026, 10, 10))).as("Sat Oct 10, 调休上班").isTrue();

    assertThat(workdays.plus(at(2026, 9, 19, 9, 30), 1)).as("from Saturday").isEqualTo(at(2026, 9, 20, 9, 30));
    assertThat(workdays.plus(at(2026, 9, 24, 17, 0), 1)).isEqualTo(at(2026, 9, 28, 17, 0));
    assertThat(workdays.plus(at(2026, 9, 30, 17, 0), 1)).isEqualTo(at(2026, 10, 8, 17, 0));
    assertThat(workdays.plus(at(2026, 10, 9, 17, 0), 1)).isEqualTo(at(2026, 10, 10, 17, 0));
  }

  @Test
  void minusCountsBackFromTheDeadlinesDay() {
    // a reminder two working days before Thursday 8 October, 17:00: Wed 30 Sep is one, Tue 29 Sep two
    assertThat(workdays.minus(at(2026, 10, 8, 17, 0), 2)).isEqualTo(at(2026, 9, 29, 17, 0));
    // before Tuesday 24 February: the worked Saturday 14 February, then Friday 13
    assertThat(workdays.minus(at(2026, 2, 24, 12, 0), 2)).isEqualTo(at(2026, 2, 13, 12, 0));
  }

  @Test
  void theStartDayNeverCountsAndZeroIsTheMomentItself() {
    Date sundayNewYearMakeUp = at(2026, 1, 4, 8, 0); // a worked Sunday
    assertThat(workdays.isWorkingDay(LocalDate.of(2026, 1, 4))).isTrue();
    assertThat(workdays.plus(sundayNewYearMakeUp, 1)).isEqualTo(at(2026, 1, 5, 8, 0));
    assertThat(workdays.plus(sundayNewYearMakeUp, 0)).isEqualTo(sundayNewYearMakeUp);
    assertThat(workdays.plus(at(2026, 12, 31, 23, 59), 1)).as("ends the day after").isEqualTo(at(2027, 1, 1, 23, 59));
  }

  @Test
  void aYearWithoutTableCountsWeekendsOnlyAndWarnsOnce() {
    // 1 January 2027 is a Friday; 2027 has no table yet
    assertThat(workdays.isWorkingDay(LocalDate.of(2027, 1, 1))).isTrue();
    assertThat(workdays.isWorkingDay(LocalDate.of(2027, 1, 2))).isFalse();
    assertThat(workdays.plus(at(2027, 1, 1, 9, 0), 1)).isEqualTo(at(2027, 1, 4, 9, 0));

    assertThat(log.list).filteredOn(e -> e.getLevel() == Level.WARN)
        .singleElement().extracting(ILoggingEvent::getFormattedMessage).asString().contains("2027");
  }

  @Test
  void workdaysTextIsResolvedFromTheStartMoment() {
    assertThat(workdays.resolve("workdays:2", at(2026, 2, 13, 10, 0))).isEqualTo(at(2026, 2, 24, 10, 0));
    assertThat(workdays.resolve(" workdays: 1 ", at(2026, 10, 9, 10, 0))).isEqualTo(at(2026, 10, 10, 10, 0));
    assertThatThrownBy(() -> workdays.resolve("workdays:five", new Date()))
        .isInstanceOf(ProcessEngineException.class).hasMessageContaining("workdays:N");
  }

  @Test
  void aMakeUpDayThatIsNotAWeekendDayIsRefused() {
    Map<String, Object> table = Map.of("year", 2026, "working-weekends", List.of("2026-02-16"));
    assertThatThrownBy(() -> HolidayTable.parse(table, "test")).hasMessageContaining("2026-02-16");
  }

  private static Date at(int year, int month, int day, int hour, int minute) {
    return Date.from(LocalDateTime.of(year, month, day, hour, minute).atZone(BEIJING).toInstant());
  }
}
