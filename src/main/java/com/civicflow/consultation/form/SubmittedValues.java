package com.civicflow.consultation.form;

import com.civicflow.consultation.matter.InvalidSubmissionException;
import com.civicflow.consultation.matter.LongTextSerializer;
import com.civicflow.consultation.matter.Submission;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import org.camunda.bpm.dmn.feel.impl.FeelEngine;
import org.camunda.bpm.dmn.feel.impl.scala.ScalaFeelEngineFactory;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.camunda.bpm.engine.variable.Variables;
import org.camunda.spin.json.SpinJsonNode;

/**
 * Checks what a person submitted through a Camunda Form against the form itself, on the server, for every way a
 * submission arrives (Tasklist, REST submit-form, REST complete or start with variables, Java): each visible input
 * must have the type its field takes (text, number, yes/no, one of the offered options, a date), respect the
 * field's own limits (required, min/max, length, pattern) and the product's text limit. A refusal names the field
 * by its Chinese label and changes nothing. The rules of each model (two thirds, more candidates than seats …)
 * stay in the model's own listeners, which run after this check and can rely on the types.
 */
final class SubmittedValues {

  /** Larger numbers are typing errors in every form of the product (households, votes, yuan, days). */
  static final double LARGEST_NUMBER = 1e12;
  private static final FeelEngine FEEL = new ScalaFeelEngineFactory().createInstance();
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Pattern WORKDAYS = Pattern.compile("workdays:\\d{1,3}");

  private SubmittedValues() {}

  static void check(List<FormField> fields, VariableScope scope) {
    Map<String, Object> values = scope.getVariables();
    for (FormField field : fields) {
      if (!hidden(field, values)) {
        check(field, values.get(field.key()), scope);
      }
    }
  }

  /** As form-js does, a field whose {@code conditional.hide} holds is neither shown nor submitted. */
  private static boolean hidden(FormField field, Map<String, Object> values) {
    if (field.hide().isEmpty()) {
      return false;
    }
    String expression = field.hide().get().startsWith("=") ? field.hide().get().substring(1) : field.hide().get();
    try {
      Object result = FEEL.evaluateSimpleExpression(expression, Variables.fromMap(values).asVariableContext());
      return Boolean.TRUE.equals(result);
    } catch (RuntimeException unevaluable) {
      return true; // what the form cannot decide is not demanded of the person
    }
  }

  private static void check(FormField field, Object value, VariableScope scope) {
    if (blank(value)) {
      // a field with a default value left out is given that value by the model (e.g. 海门's 7 standing members)
      if (field.required() && !field.hasDefault()) {
        throw refused((field.isChoice() || field.isList() || field.type().equals("checkbox") ? "请选择“" : "请填写“")
            + field.label() + "”");
      }
      return;
    }
    switch (field.type()) {
      case "textfield", "textarea" -> text(field, value);
      case "number" -> number(field, value);
      case "checkbox" -> checkbox(field, value);
      case "radio", "select" -> choice(field, value, scope);
      case "checklist", "taglist" -> list(field, value, scope);
      case "datetime" -> dateTime(field, value);
      case FormField.DYNAMIC_LIST -> rows(field, value, scope);
      default -> { }
    }
  }

  private static void text(FormField field, Object value) {
    if (!(value instanceof String text)) {
      throw refused("“" + field.label() + "”应填写文字");
    }
    if (text.length() > LongTextSerializer.LIMIT) {
      throw refused(LongTextSerializer.tooLong(field.label(), text.length()));
    }
    if (field.maxLength().isPresent() && text.length() > field.maxLength().get()) {
      throw refused("“" + field.label() + "”最多 " + field.maxLength().get() + " 字，现有 " + text.length() + " 字");
    }
    if (field.minLength().isPresent() && text.strip().length() < field.minLength().get()) {
      throw refused("“" + field.label() + "”至少 " + field.minLength().get() + " 字");
    }
    if (field.pattern().isPresent() && !matches(field.pattern().get(), text)) {
      throw refused("“" + field.label() + "”的格式不正确");
    }
  }

  private static void number(FormField field, Object value) {
    if (!(value instanceof Number number) || Double.isNaN(number.doubleValue()) || Double.isInfinite(number.doubleValue())) {
      throw refused("“" + field.label() + "”必须是数字");
    }
    double n = number.doubleValue();
    if (field.wholeNumber() && n != Math.rint(n)) {
      throw refused("“" + field.label() + "”必须是整数");
    }
    if (field.min().isPresent() && n < field.min().get()) {
      throw refused("“" + field.label() + "”不能小于 " + shown(field.min().get()));
    }
    if (field.max().isPresent() && n > field.max().get()) {
      throw refused("“" + field.label() + "”不能大于 " + shown(field.max().get()));
    }
    if (Math.abs(n) > LARGEST_NUMBER) {
      throw refused("“" + field.label() + "”的数值过大: " + shown(n));
    }
  }

  private static void checkbox(FormField field, Object value) {
    boolean yes = Boolean.TRUE.equals(value) || "true".equals(value);
    if (!(value instanceof Boolean) && !"true".equals(value) && !"false".equals(value)) {
      throw refused("“" + field.label() + "”只能勾选或不勾选");
    }
    if (field.required() && !yes) {
      throw refused("请勾选“" + field.label() + "”");
    }
  }

  private static void choice(FormField field, Object value, VariableScope scope) {
    if (value instanceof Collection<?> || value instanceof Map<?, ?> || value instanceof SpinJsonNode) {
      throw refused("“" + field.label() + "”只能选择一项");
    }
    List<String> offered = offered(field, scope);
    if (offered != null && !offered.contains(value.toString())) {
      throw refused("“" + field.label() + "”的取值“" + abbreviated(value.toString()) + "”不在可选项中");
    }
  }

  private static void list(FormField field, Object value, VariableScope scope) {
    List<String> chosen = strings(value);
    if (chosen == null) {
      throw refused("“" + field.label() + "”应为所选各项的列表");
    }
    if (field.required() && chosen.isEmpty()) {
      throw refused("请选择“" + field.label() + "”");
    }
    List<String> offered = offered(field, scope);
    for (String item : chosen) {
      if (offered != null && !offered.contains(item)) {
        throw refused("“" + field.label() + "”中的“" + abbreviated(item) + "”不在可选项中");
      }
    }
  }

  /**
   * A dynamic list (a table): a list of rows, each an object whose visible columns are checked as fields are, named
   * “表格”第 n 行的“列” in a refusal. Which rows and how many are the model's rules (its own listener).
   */
  private static void rows(FormField list, Object value, VariableScope scope) {
    JsonNode rows = tree(value);
    if (rows == null || !rows.isArray()) {
      throw refused("“" + list.label() + "”应为表格各行的列表");
    }
    Map<String, Object> around = scope.getVariables();
    int n = 0;
    for (JsonNode row : rows) {
      n++;
      if (!row.isObject()) {
        throw refused("“" + list.label() + "”第 " + n + " 行不是表格的一行");
      }
      Map<String, Object> values = new HashMap<>(around);
      Map<String, Object> cells = JSON.convertValue(row, MAP);
      values.putAll(cells);
      for (FormField column : list.columns()) {
        if (!hidden(column, values)) {
          check(column.labelled(list.label() + "第 " + n + " 行的" + column.label()), cells.get(column.key()), scope);
        }
      }
    }
  }

  private static final TypeReference<Map<String, Object>> MAP = new TypeReference<>() {};

  private static void dateTime(FormField field, Object value) {
    if (value instanceof Date || (value instanceof String text && WORKDAYS.matcher(text.trim()).matches())) {
      return; // a deadline in working days, understood by the engine's business calendar (see calendar/)
    }
    if (!(value instanceof String text)) {
      throw refused("“" + field.label() + "”不是有效的日期时间");
    }
    if ("time".equals(field.subtype().orElse(null))) {
      try {
        LocalTime.parse(text.length() > 5 && text.charAt(5) != ':' ? text.substring(0, 5) : text);
      } catch (DateTimeParseException e) {
        throw refused("“" + field.label() + "”不是有效的时间: " + abbreviated(text));
      }
    } else {
      Submission.parseDateTime(text.trim(), field.label());
    }
  }

  /**
   * The options the form offers: its static values, the list its {@code valuesKey} names, or what its
   * {@code valuesExpression} gives over the same variables the form sees (e.g. the people of the unit chosen above,
   * {@code =handlerOptions[unit = responsibleUnit]}); null when unknown.
   */
  private static List<String> offered(FormField field, VariableScope scope) {
    if (!field.values().isEmpty()) {
      return field.values();
    }
    Object options;
    if (field.valuesKey().isPresent()) {
      options = scope.getVariable(field.valuesKey().get());
    } else if (field.valuesExpression().isPresent()) {
      options = evaluated(field.valuesExpression().get(), scope);
    } else {
      return null;
    }
    List<String> values = new ArrayList<>();
    JsonNode node = options == null ? null : tree(options);
    if (node == null || !node.isArray()) {
      return null; // the model's own listener checks choices it offers another way
    }
    node.forEach(option -> values.add(option.isObject() ? option.path("value").asText() : option.asText()));
    return values;
  }

  /** A form's FEEL expression over the scope's variables, Json read as lists and contexts as form-js does; null when it fails. */
  private static Object evaluated(String expression, VariableScope scope) {
    Map<String, Object> variables = new HashMap<>();
    scope.getVariables().forEach((name, value) -> {
      JsonNode json = value instanceof SpinJsonNode ? tree(value) : null;
      variables.put(name, json != null ? JSON.convertValue(json, Object.class) : value);
    });
    try {
      return FEEL.evaluateSimpleExpression(expression.startsWith("=") ? expression.substring(1) : expression,
          Variables.fromMap(variables).asVariableContext());
    } catch (RuntimeException unevaluable) {
      return null; // the model's own listener checks the choice
    }
  }

  private static List<String> strings(Object value) {
    JsonNode node = tree(value);
    if (node == null || !node.isArray()) {
      return null;
    }
    List<String> items = new ArrayList<>();
    for (JsonNode item : node) {
      if (item.isContainerNode()) {
        return null;
      }
      items.add(item.asText());
    }
    return items;
  }

  private static JsonNode tree(Object value) {
    try {
      if (value instanceof SpinJsonNode spin) {
        return JSON.readTree(spin.toString());
      }
      if (value instanceof String text) {
        return JSON.readTree(text);
      }
      return JSON.valueToTree(value);
    } catch (Exception unreadable) {
      return null;
    }
  }

  private static boolean blank(Object value) {
    return value == null || (value instanceof String s && s.isBlank());
  }

  private static boolean matches(String pattern, String text) {
    try {
      return Pattern.compile(pattern).matcher(text).matches();
    } catch (PatternSyntaxException invalid) {
      return true;
    }
  }

  private static String shown(double n) {
    return n == Math.rint(n) && Math.abs(n) < 1e15 ? Long.toString((long) n) : Double.toString(n);
  }

  private static String abbreviated(String text) {
    return text.length() <= 40 ? text : text.substring(0, 40) + "…";
  }

  private static InvalidSubmissionException refused(String message) {
    return new InvalidSubmissionException(message);
  }
}
