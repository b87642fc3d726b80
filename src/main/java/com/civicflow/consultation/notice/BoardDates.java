package com.civicflow.consultation.notice;

import com.civicflow.consultation.matter.Submission;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.Date;
import org.springframework.stereotype.Component;

/** Dates on the public pages and matter files, in Beijing time whatever the server's zone: {@code ${@boardDates.format(d)}}. */
@Component("boardDates")
public class BoardDates {

  public String format(Date date) {
    return Submission.shown(date);
  }

  /** An ISO date-time as the matter files store them; other text as it is. */
  public String iso(Object text) {
    if (text == null) {
      return "";
    }
    try {
      return Submission.SHOWN.format(OffsetDateTime.parse(text.toString()).toInstant());
    } catch (DateTimeParseException notIso) {
      return text.toString();
    }
  }
}
