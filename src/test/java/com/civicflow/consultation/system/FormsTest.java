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

  /**
   * People choose, they do not type ids. A field a person types into (textfield, textarea) must not ask for an id, a
   * user name or a matter number: its key does not name one ({@code …Id}, {@code …Ids}, {@code …UserId},
   * {@code …UserName}, {@code …Number}, {@code …Matters}, {@code handler}, {@code assignee}, {@code owner}), its label,
   * description and placeholder do not ask for one (编号, 用户名, 账号, 登录名, 工号, ID) nor show one as an example
   * (a directory id such as {@code yangmiao-b1}, a matter number such as {@code MINZULU-2026-0001}); and no text of
   * the form tells people to write one (用户名 anywhere, or 填写/写/输入 … 编号/账号). Such a value is a select (or taglist) the server fills.
   */
  @Test
  void noFormAsksForAnIdAUserNameOrAMatterNumberToBeTyped() throws IOException {
    List<String> problems = new ArrayList<>();
    for (Path file : forms()) {
      for (JsonNode c : all(json.readTree(file.toFile()).path("components"))) {
        String where = file + " " + c.path("id").asText();
        String type = c.path("type").asText();
        String words = c.path("label").asText() + " " + c.path("description").asText() + " "
            + c.path("appearance").path("placeholder").asText() + " " + c.path("placeholder").asText();
        boolean typed = TYPED.contains(type) && !c.path("readonly").asBoolean() && !c.path("disabled").asBoolean();
        if (typed && ID_KEY.matcher(c.path("key").asText()).find()) {
          problems.add(where + ": the key " + c.path("key").asText() + " is an id typed by hand");
        }
        if (typed && ASKS_FOR_ID.matcher(words).find()) {
          problems.add(where + ": asks for an id, user name or matter number to be typed: " + words.trim());
        }
        if (typed && EXAMPLE_ID.matcher(words).find()) {
          problems.add(where + ": shows a directory id or matter number as an example of what to type");
        }
        if ("text".equals(type) && TELLS_TO_TYPE_ID.matcher(c.path("text").asText()).find()) {
          problems.add(where + ": tells people to write an id, a user name or a matter number");
        }
      }
    }
    assertThat(problems).as("fields in forms/ that ask for an id to be typed").isEmpty();
  }

  /** The eight fields that asked for an id (issue 20) are choices the server fills, by valuesKey or valuesExpression. */
  @Test
  void theFieldsThatAskedForIdsAreServerFilledChoices() throws IOException {
    Map<String, String> choices = Map.of(
        "dongcheng/raise-topic.form communityId", "select", "dongcheng/raise-topic.form linkedMatters", "taglist",
        "kenli/collect.form orgUnitId", "select", "kenli/collect.form communityId", "select",
        "kenli/assign-handler.form handler", "select", "yuzhong/assign-implementation.form handler", "select",
        "haimen/election-nominate.form nominatedUsers", "checklist", "haimen/election-screen.form strikes", "checklist");
    Map<String, JsonNode> fields = new HashMap<>();
    for (Path file : forms()) {
      for (JsonNode c : all(json.readTree(file.toFile()).path("components"))) {
        fields.put(Paths.get("forms").relativize(file).toString().replace('\\', '/') + " " + c.path("key").asText(), c);
      }
    }
    choices.forEach((field, type) -> {
      JsonNode c = fields.get(field);
      assertThat(c).as(field).isNotNull();
      assertThat(c.path("type").asText()).as(field).isEqualTo(type);
      assertThat(c.hasNonNull("valuesKey") || c.hasNonNull("valuesExpression")).as(field + " is filled by the server").isTrue();
      assertThat(c.has("values")).as(field + " has no fixed values").isFalse();
    });
  }

  /**
   * Every choice the server fills has its options where Tasklist looks for them: a task form's in a local variable of
   * each user task that shows the form (an input parameter), a start form's among those the server writes into start
   * forms ({@link com.civicflow.consultation.startform.StartFormOptions}).
   */
  @Test
  void everyServerFilledChoiceGetsItsOptions() throws Exception {
    List<String> problems = new ArrayList<>();
    Map<String, List<org.w3c.dom.Element>> shownBy = new HashMap<>();
    var factory = javax.xml.parsers.DocumentBuilderFactory.newInstance();
    factory.setNamespaceAware(true);
    try (Stream<Path> diagrams = Files.list(Paths.get("processes"))) {
      for (Path diagram : diagrams.filter(p -> p.toString().endsWith(".bpmn")).toList()) {
        var elements = factory.newDocumentBuilder().parse(diagram.toFile()).getElementsByTagNameNS("*", "*");
        for (int i = 0; i < elements.getLength(); i++) {
          var element = (org.w3c.dom.Element) elements.item(i);
          String form = element.getAttributeNS("http://camunda.org/schema/1.0/bpmn", "formRef");
          if (!form.isEmpty()) {
            shownBy.computeIfAbsent(form, k -> new ArrayList<>()).add(element);
          }
        }
      }
    }
    List<String> startOptions = List.of(com.civicflow.consultation.startform.StartFormOptions.UNITS,
        com.civicflow.consultation.startform.StartFormOptions.GRIDS,
        com.civicflow.consultation.startform.StartFormOptions.OPEN_MATTERS);
    for (Path file : forms()) {
      JsonNode form = json.readTree(file.toFile());
      for (JsonNode c : all(form.path("components"))) {
        String source = c.hasNonNull("valuesKey") ? c.get("valuesKey").asText()
            : OPTIONS_EXPRESSION.matcher(c.path("valuesExpression").asText()).replaceFirst("$1");
        if (source.isEmpty()) {
          continue;
        }
        for (org.w3c.dom.Element element : shownBy.getOrDefault(form.path("id").asText(), List.of())) {
          boolean start = element.getLocalName().equals("startEvent");
          boolean provided = start ? startOptions.contains(source) : inputParameters(element).contains(source);
          if (!provided) {
            problems.add(file + " " + c.path("id").asText() + ": " + source + " is not provided to "
                + element.getAttribute("id"));
          }
        }
      }
    }
    assertThat(problems).isEmpty();
  }

  static final Pattern OPTIONS_EXPRESSION = Pattern.compile("^=\\s*([A-Za-z]+)\\s*\\[.*$", Pattern.DOTALL);

  private static List<String> inputParameters(org.w3c.dom.Element task) {
    List<String> names = new ArrayList<>();
    var parameters = task.getElementsByTagNameNS("http://camunda.org/schema/1.0/bpmn", "inputParameter");
    for (int i = 0; i < parameters.getLength(); i++) {
      names.add(((org.w3c.dom.Element) parameters.item(i)).getAttribute("name"));
    }
    return names;
  }

  static final List<String> TYPED = List.of("textfield", "textarea");
  static final Pattern ID_KEY = Pattern.compile(
      "(^id$|Id$|Ids$|UserName$|Username$|Number$|Numbers$|Matters$|^handler$|^assignee$|^owner$|^userId$|^userName$)");
  static final Pattern ASKS_FOR_ID = Pattern.compile("编号|用户名|账号|登录名|工号|\\bID\\b|\\bid\\b");
  static final Pattern TELLS_TO_TYPE_ID = Pattern.compile("用户名|(填写|写|输入)[^。；\\n]{0,12}(编号|账号)");
  static final Pattern EXAMPLE_ID = Pattern.compile("\\b[a-z][a-z0-9]*-[a-z0-9]+(-[a-z0-9]+)*\\b|\\b[A-Z]+-\\d{4}-\\d{4}\\b");

  /** Every component, nested ones (groups, dynamic lists) included. */
  static List<JsonNode> all(JsonNode components) {
    List<JsonNode> all = new ArrayList<>();
    for (JsonNode c : components) {
      all.add(c);
      all.addAll(all(c.path("components")));
    }
    return all;
  }

  static List<Path> forms() throws IOException {
    try (Stream<Path> files = Files.walk(Paths.get("forms"))) {
      return files.filter(p -> p.toString().endsWith(".form")).sorted().toList();
    }
  }
}
