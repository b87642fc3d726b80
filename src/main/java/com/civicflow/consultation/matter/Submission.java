package com.civicflow.consultation.matter;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Collection;
import java.util.Date;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.camunda.bpm.engine.impl.util.ClockUtil;

/**
 * Server-side checks of what a Camunda Form submitted (forms add no server validation). Each check reads
 * the variable from the task or execution, refuses bad input with {@link InvalidSubmissionException}
 * naming the field's Chinese label, and returns the value converted to its real type.
 */
public final class Submission {

  public static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
  /** How a date and time is shown to people (forms, notices, mail, files): 2026年3月12日 19:00, Beijing time. */
  public static final DateTimeFormatter SHOWN = DateTimeFormatter.ofPattern("yyyy年M月d日 HH:mm").withZone(ZONE);

  private final VariableScope scope;

  private Submission(VariableScope scope) {
    this.scope = scope;
  }

  public static Submission of(VariableScope scope) {
    return new Submission(scope);
  }

  /** The date as people read it ({@link #SHOWN}); empty for none. */
  public static String shown(Date date) {
    return date == null ? "" : SHOWN.format(date.toInstant());
  }

  public String text(ProcessVariable<String> variable, String label) {
    Object value = scope.getVariable(variable.name());
    if (value == null || value.toString().isBlank()) {
      throw new InvalidSubmissionException("请填写“" + label + "”");
    }
    return value.toString().trim();
  }

  public String oneOf(ProcessVariable<String> variable, String label, Collection<String> allowed) {
    String value = text(variable, label);
    if (!allowed.contains(value)) {
      throw new InvalidSubmissionException("“" + label + "”的取值“" + value + "”无效，可选: " + String.join("、", allowed));
    }
    return value;
  }

  public boolean bool(ProcessVariable<Boolean> variable, String label) {
    Object value = scope.getVariable(variable.name());
    if (value instanceof Boolean b) {
      return b;
    }
    if (value != null && ("true".equals(value.toString()) || "false".equals(value.toString()))) {
      return Boolean.parseBoolean(value.toString());
    }
    throw new InvalidSubmissionException("请选择“" + label + "”");
  }

  /** A whole number within [min, max]; form-js numbers arrive as Integer, Long, Double or text. */
  public long number(ProcessVariable<? extends Number> variable, String label, long min, long max) {
    Object value = scope.getVariable(variable.name());
    long result;
    try {
      if (value instanceof Number n) {
        if (n.doubleValue() != Math.rint(n.doubleValue())) {
          throw new InvalidSubmissionException("“" + label + "”必须是整数");
        }
        result = n.longValue();
      } else if (value != null && !value.toString().isBlank()) {
        result = Long.parseLong(value.toString().trim());
      } else {
        throw new InvalidSubmissionException("请填写“" + label + "”");
      }
    } catch (NumberFormatException e) {
      throw new InvalidSubmissionException("“" + label + "”必须是整数");
    }
    if (result < min || result > max) {
      throw new InvalidSubmissionException("“" + label + "”必须在 " + min + " 到 " + max + " 之间");
    }
    return result;
  }

  /**
   * A date or date-time as form-js submits it ("2026-11-30", "2026-11-30T17:00", with or without an
   * offset) or a real Date; a date alone means the end of that day (23:59:59, Beijing time).
   */
  public Date dateTime(ProcessVariable<?> variable, String label) {
    Object value = scope.getVariable(variable.name());
    if (value instanceof Date d) {
      return d;
    }
    if (value == null || value.toString().isBlank()) {
      throw new InvalidSubmissionException("请填写“" + label + "”");
    }
    return parseDateTime(value.toString().trim(), label);
  }

  /** Like {@link #dateTime} and strictly later than now (the engine clock). */
  public Date futureDateTime(ProcessVariable<?> variable, String label) {
    Date date = dateTime(variable, label);
    if (!date.after(ClockUtil.getCurrentTime())) {
      throw new InvalidSubmissionException("“" + label + "”必须晚于当前时间");
    }
    return date;
  }

  public static Date parseDateTime(String text, String label) {
    try {
      if (text.length() == 10) {
        return Date.from(LocalDate.parse(text).atTime(23, 59, 59).atZone(ZONE).toInstant());
      }
      if (text.endsWith("Z") || text.matches(".*[+-]\\d\\d:?\\d\\d$")) {
        return Date.from(OffsetDateTime.parse(text).toInstant());
      }
      return Date.from(LocalDateTime.parse(text).atZone(ZONE).toInstant());
    } catch (DateTimeParseException e) {
      throw new InvalidSubmissionException("“" + label + "”不是有效的日期时间: " + text);
    }
  }
}
