package com.civicflow.consultation.calendar;

import com.civicflow.consultation.matter.Submission;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Arrays;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;

/**
 * Working days (工作日): Monday to Friday, except the public holidays of the year's official table, plus the
 * weekend days that table makes working days (调休上班). A year without a table counts weekends only and
 * logs a warning once.
 *
 * <p><b>"N working days from a moment"</b> (N ≥ 1) is the same clock time, Beijing time, on the N-th
 * working day after the moment's calendar day. The moment's own day never counts, whether or not it is a
 * working day (期间开始的当日不计入, 民法典第二百零一条): from Friday 10:00, one working day is Monday
 * 10:00; from Saturday 10:00 it is Monday 10:00 as well. Zero working days is the moment itself.
 * {@link #minus} mirrors it: the same clock time on the N-th working day before the deadline's day.
 *
 * <p>Spring bean {@code workdays}, for expressions: {@code camunda:dueDate="${workdays.fromNow(5)}"}. The
 * engine's business calendar understands {@code workdays:5} in due dates and timers (see
 * {@link WorkdaysBusinessCalendar}).
 */
@Component("workdays")
public class WorkingDays {

  /** Due dates and timers written {@code workdays:N}. */
  public static final String PREFIX = "workdays:";
  private static final Logger LOG = LoggerFactory.getLogger(WorkingDays.class);

  private final Map<Integer, HolidayTable> tables;
  private final ZoneId zone;
  private final Set<Integer> warnedYears = ConcurrentHashMap.newKeySet();

  @Autowired
  WorkingDays(CalendarProperties properties) {
    this(read(properties.tables()), Submission.ZONE);
  }

  WorkingDays(List<HolidayTable> tables, ZoneId zone) {
    this.tables = tables.stream().collect(Collectors.toMap(HolidayTable::year, Function.identity(), (a, b) -> {
      throw new IllegalStateException("同一年份有两份节假日安排: " + a.year());
    }));
    this.zone = zone;
    this.tables.values().forEach(t -> LOG.info("Working-day calendar {}: {} days off, {} working weekends ({})",
        t.year(), t.daysOff().size(), t.workingWeekends().size(), t.source()));
  }

  public boolean isWorkingDay(LocalDate day) {
    HolidayTable table = tables.get(day.getYear());
    if (table == null) {
      if (warnedYears.add(day.getYear())) {
        LOG.warn("No holiday table for {}: counting weekends only. Add calendar/holidays-{}.yaml "
            + "(缺少{}年节假日安排，暂按周末计算工作日)", day.getYear(), day.getYear(), day.getYear());
      }
      return !HolidayTable.isWeekend(day);
    }
    if (table.workingWeekends().contains(day)) {
      return true;
    }
    return !HolidayTable.isWeekend(day) && !table.daysOff().contains(day);
  }

  /** The same clock time on the N-th working day after the day of {@code from}. */
  public Date plus(Date from, int workingDays) {
    return shift(from, workingDays, 1);
  }

  /** The same clock time on the N-th working day before the day of {@code deadline}. */
  public Date minus(Date deadline, int workingDays) {
    return shift(deadline, workingDays, -1);
  }

  /** N working days from now (the engine clock). */
  public Date fromNow(int workingDays) {
    return plus(ClockUtil.getCurrentTime(), workingDays);
  }

  /** Whether a due date or timer text is {@code workdays:N}. */
  public static boolean isWorkdays(String text) {
    return text != null && text.trim().startsWith(PREFIX);
  }

  /** Resolves {@code workdays:N} from a start moment (now when null). */
  public Date resolve(String text, Date start) {
    String number = text.trim().substring(PREFIX.length()).trim();
    int days;
    try {
      days = Integer.parseInt(number);
    } catch (NumberFormatException e) {
      throw new ProcessEngineException("工作日期限格式应为 workdays:N（N 为非负整数）: " + text);
    }
    return plus(start == null ? ClockUtil.getCurrentTime() : start, days);
  }

  private Date shift(Date moment, int workingDays, int direction) {
    if (workingDays < 0) {
      throw new IllegalArgumentException("工作日数不能为负数: " + workingDays);
    }
    ZonedDateTime time = moment.toInstant().atZone(zone);
    LocalDate day = time.toLocalDate();
    for (int counted = 0; counted < workingDays; ) {
      day = day.plusDays(direction);
      if (isWorkingDay(day)) {
        counted++;
      }
    }
    return Date.from(time.with(day).toInstant());
  }

  private static List<HolidayTable> read(String pattern) {
    try {
      return Arrays.stream(new PathMatchingResourcePatternResolver().getResources(pattern))
          .map(HolidayTable::read).toList();
    } catch (IOException e) {
      throw new UncheckedIOException("节假日安排无法读取: " + pattern, e);
    }
  }
}
