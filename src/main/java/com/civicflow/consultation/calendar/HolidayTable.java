package com.civicflow.consultation.calendar;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.Date;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.core.io.Resource;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/**
 * One year's official holiday arrangement (节假日安排): the days off and the weekend days that are
 * worked (调休). Read from a YAML file an administrator maintains (see calendar/holidays-2026.yaml).
 */
record HolidayTable(int year, String source, Set<LocalDate> daysOff, Set<LocalDate> workingWeekends) {

  static HolidayTable read(Resource resource) {
    try (InputStream in = resource.getInputStream()) {
      Map<String, Object> root = new Yaml(new SafeConstructor(new LoaderOptions())).load(in);
      return parse(root, resource.getDescription());
    } catch (IOException e) {
      throw new UncheckedIOException("节假日安排文件无法读取: " + resource.getDescription(), e);
    }
  }

  @SuppressWarnings("unchecked")
  static HolidayTable parse(Map<String, Object> root, String description) {
    if (root == null || !(root.get("year") instanceof Integer year)) {
      throw new IllegalStateException("节假日安排文件缺少 year: " + description);
    }
    Set<LocalDate> off = new HashSet<>();
    for (Map<String, Object> holiday : (List<Map<String, Object>>) root.getOrDefault("holidays", List.of())) {
      LocalDate from = date(holiday.get("from"), description);
      LocalDate to = holiday.get("to") == null ? from : date(holiday.get("to"), description);
      if (to.isBefore(from)) {
        throw new IllegalStateException("节假日安排 " + description + " 中 " + holiday + " 的结束日期早于开始日期");
      }
      from.datesUntil(to.plusDays(1)).forEach(off::add);
    }
    Set<LocalDate> worked = new HashSet<>();
    for (Object value : (List<Object>) root.getOrDefault("working-weekends", List.of())) {
      LocalDate day = date(value, description);
      if (!isWeekend(day) || off.contains(day)) {
        throw new IllegalStateException("节假日安排 " + description + " 中的调休上班日 " + day + " 不是周末或同时被列为假日");
      }
      worked.add(day);
    }
    return new HolidayTable(year, String.valueOf(root.getOrDefault("source", description)), Set.copyOf(off), Set.copyOf(worked));
  }

  static boolean isWeekend(LocalDate day) {
    return day.getDayOfWeek() == DayOfWeek.SATURDAY || day.getDayOfWeek() == DayOfWeek.SUNDAY;
  }

  private static LocalDate date(Object value, String description) {
    if (value instanceof Date date) { // an unquoted YAML date
      return date.toInstant().atZone(ZoneOffset.UTC).toLocalDate();
    }
    try {
      return LocalDate.parse(String.valueOf(value).trim());
    } catch (DateTimeParseException e) {
      throw new IllegalStateException("节假日安排 " + description + " 中的日期无效: " + value, e);
    }
  }
}
