package com.civicflow.consultation.system;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * What Tasklist 7.24 (form-js 1.8.7) needs from every form in {@code forms/} so that a community worker sees a
 * whole Chinese form: a schema it can render, unique ids, a Chinese label on every field, and date/time fields
 * whose own labels are set (form-js shows "Date" and "Time" otherwise, and ignores {@code label} there) with a
 * 24-hour clock and times sent without a zone (the server reads them as Beijing time).
 */
class FormsTest {

  static final int TASKLIST_SCHEMA_VERSION = 16;
  static final Pattern CHINESE = Pattern.compile("\\p{IsHan}");

  final ObjectMapper json = new ObjectMapper();

  @Test
  void everyFormRendersInTasklistWithChineseLabels() throws IOException {
    List<String> problems = new ArrayList<>();
    Map<String, Path> formIds = new HashMap<>();
    for (Path file : forms()) {
      JsonNode form = json.readTree(file.toFile());
      String id = form.path("id").asText();
      Path other = formIds.put(id, file);
      if (other != null) {
        problems.add(file + ": form id " + id + " is also used by " + other);
      }
      if (form.path("schemaVersion").asInt(Integer.MAX_VALUE) > TASKLIST_SCHEMA_VERSION) {
        problems.add(file + ": schemaVersion " + form.path("schemaVersion") + " is newer than Tasklist 7.24 renders ("
            + TASKLIST_SCHEMA_VERSION + ")");
      }
      components(form.path("components"), file, problems, new HashMap<>());
    }
    assertThat(problems).as("problems in forms/").isEmpty();
    assertThat(formIds).hasSizeGreaterThan(50);
  }

  private void components(JsonNode list, Path file, List<String> problems, Map<String, String> ids) {
    for (JsonNode c : list) {
      String where = file + " " + c.path("id").asText("(no id)");
      if (ids.put(c.path("id").asText(), where) != null) {
        problems.add(where + ": duplicate component id");
      }
      if (c.hasNonNull("key")) {
        checkLabels(c, where, problems);
      }
      components(c.path("components"), file, problems, ids);
    }
  }

  private void checkLabels(JsonNode c, String where, List<String> problems) {
    if (!"datetime".equals(c.path("type").asText())) {
      if (!CHINESE.matcher(c.path("label").asText()).find()) {
        problems.add(where + ": field " + c.get("key").asText() + " has no Chinese label");
      }
      return;
    }
    String subtype = c.path("subtype").asText("date");
    if (!subtype.equals("time") && !CHINESE.matcher(c.path("dateLabel").asText()).find()) {
      problems.add(where + ": date field without a Chinese dateLabel (Tasklist would show \"Date\")");
    }
    if (!subtype.equals("date")) {
      if (!CHINESE.matcher(c.path("timeLabel").asText()).find()) {
        problems.add(where + ": time field without a Chinese timeLabel (Tasklist would show \"Time\")");
      }
      if (!c.path("use24h").asBoolean()) {
        problems.add(where + ": time field on a 12-hour clock (use24h)");
      }
      if (!"no_timezone".equals(c.path("timeSerializingFormat").asText())) {
        problems.add(where + ": time field must submit its time without a zone (timeSerializingFormat no_timezone)");
      }
    }
  }

  static List<Path> forms() throws IOException {
    try (Stream<Path> files = Files.walk(Paths.get("forms"))) {
      return files.filter(p -> p.toString().endsWith(".form")).sorted().toList();
    }
  }
}
