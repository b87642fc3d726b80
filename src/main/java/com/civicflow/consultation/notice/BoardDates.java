package com.civicflow.consultation.notice;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Date;
import org.springframework.stereotype.Component;

/** Dates on the public pages, in Beijing time whatever the server's zone: {@code ${@boardDates.format(d)}}. */
@Component("boardDates")
public class BoardDates {

  private static final DateTimeFormatter FORMAT =
      DateTimeFormatter.ofPattern("yyyy年M月d日 HH:mm").withZone(ZoneId.of("Asia/Shanghai"));

  public String format(Date date) {
    return date == null ? "" : FORMAT.format(date.toInstant());
  }
}
