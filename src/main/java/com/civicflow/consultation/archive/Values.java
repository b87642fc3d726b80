package com.civicflow.consultation.archive;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Collection;
import java.util.Date;
import java.util.Map;
import org.camunda.bpm.engine.variable.value.SerializableValue;
import org.camunda.bpm.engine.variable.value.TypedValue;

/** Turns engine values into plain JSON values (dates as ISO text in Beijing time, JSON kept as JSON). */
final class Values {

  static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
  private static final DateTimeFormatter ISO = DateTimeFormatter.ISO_OFFSET_DATE_TIME.withZone(ZONE);
  private static final ObjectMapper JSON = new ObjectMapper();

  private Values() {}

  static String time(Date date) {
    return date == null ? null : ISO.format(date.toInstant());
  }

  static Object plain(TypedValue typed) {
    if (typed == null) {
      return null;
    }
    if (typed instanceof SerializableValue serializable && !serializable.isDeserialized()) {
      String text = serializable.getValueSerialized();
      return text != null && "application/json".equals(serializable.getSerializationDataFormat()) ? json(text) : text;
    }
    return plain(typed.getValue());
  }

  static Object plain(Object value) {
    if (value == null || value instanceof String || value instanceof Number || value instanceof Boolean) {
      return value;
    }
    if (value instanceof Date date) {
      return time(date);
    }
    if (value instanceof byte[] bytes) {
      return "[二进制内容 " + bytes.length + " 字节]";
    }
    if (value instanceof Map<?, ?> || value instanceof Collection<?>) {
      return JSON.convertValue(value, Object.class);
    }
    String text = value.toString();
    return text.startsWith("{") || text.startsWith("[") ? json(text) : text;
  }

  private static Object json(String text) {
    try {
      return JSON.readValue(text, Object.class);
    } catch (Exception notJson) {
      return text;
    }
  }
}
