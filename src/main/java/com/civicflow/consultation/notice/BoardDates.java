package com.civicflow.consultation.notice;

import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.time.format.DateTimeFormatter;
import java.util.Date;
import org.springframework.stereotype.Component;

/** Dates on the public pages and matter files, in Beijing time whatever the server's zone: {@code ${@boardDates.format(d)}}. */
@Component("boardDates")
public class BoardDates {

  private static final DateTimeFormatter FORMAT =
      DateTimeFormatter.ofPattern("yyyy年M月d日 HH:mm").withZone(ZoneId.of("Asia/Shanghai"));

  public String format(Date date) {
    return date == null ? "" : FORMAT.format(date.toInstant());
  }

  /** An ISO date-time as the matter files store them; other text as it is. */
  public String iso(Object text) {
    if (text == null) {
      return "";
    }
    try {
      return FORMAT.format(OffsetDateTime.parse(text.toString()).toInstant());
    } catch (DateTimeParseException notIso) {
      return text.toString();
    }
  }
}
