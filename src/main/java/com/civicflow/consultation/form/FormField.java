package com.civicflow.consultation.form;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * One input of a deployed Camunda Form (form-js schema): what a person may submit under {@link #key}. Display-only
 * components (text, readonly fields, disabled fields) are not inputs.
 */
record FormField(String key, String type, String label, boolean required, boolean hasDefault, Optional<String> hide,
    Optional<Double> min, Optional<Double> max, Optional<Integer> minLength, Optional<Integer> maxLength,
    Optional<String> pattern, List<String> values, Optional<String> valuesKey, Optional<String> valuesExpression,
    Optional<String> subtype, boolean wholeNumber, List<FormField> columns) {

  static final List<String> INPUT_TYPES = List.of("textfield", "textarea", "number", "checkbox", "radio", "select",
      "checklist", "taglist", "datetime");

  /** form-js 1.8's dynamic list: a table whose rows are bound to the list variable its {@code path} names. */
  static final String DYNAMIC_LIST = "dynamiclist";

  /** The field, or empty when the component takes no input from the person. */
  static Optional<FormField> of(JsonNode component) {
    String type = component.path("type").asText();
    if (DYNAMIC_LIST.equals(type) && component.hasNonNull("path")) {
      return Optional.of(dynamicList(component));
    }
    String key = component.path("key").asText(null);
    if (key == null || !INPUT_TYPES.contains(type) || component.path("readonly").asBoolean(false)
        || component.path("disabled").asBoolean(false)) {
      return Optional.empty();
    }
    JsonNode validate = component.path("validate");
    List<String> values = new ArrayList<>();
    component.path("values").forEach(v -> values.add(v.path("value").asText()));
    String hide = component.path("conditional").path("hide").asText(null);
    return Optional.of(new FormField(key, type, component.path("label").asText(key), validate.path("required").asBoolean(false),
        component.has("defaultValue"), Optional.ofNullable(hide).filter(h -> !h.isBlank()), number(validate, "min"), number(validate, "max"),
        whole(validate, "minLength"), whole(validate, "maxLength"), Optional.ofNullable(validate.path("pattern").asText(null)),
        List.copyOf(values), Optional.ofNullable(component.path("valuesKey").asText(null)),
        Optional.ofNullable(component.path("valuesExpression").asText(null)).filter(e -> !e.isBlank()),
        Optional.ofNullable(component.path("subtype").asText(null)),
        component.has("decimalDigits") && component.path("decimalDigits").asInt() == 0, List.of()));
  }

  /** A dynamic list: its rows' input fields are its columns, each row an object keyed by their keys. */
  private static FormField dynamicList(JsonNode component) {
    List<FormField> columns = new ArrayList<>();
    component.path("components").forEach(c -> of(c).ifPresent(columns::add));
    String path = component.path("path").asText();
    return new FormField(path, DYNAMIC_LIST, component.path("label").asText(path), false, false,
        Optional.ofNullable(component.path("conditional").path("hide").asText(null)).filter(h -> !h.isBlank()),
        Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), List.of(), Optional.empty(),
        Optional.empty(), Optional.empty(), false, List.copyOf(columns));
  }

  /** The same field named otherwise in messages (a column as “表格第 2 行的列”). */
  FormField labelled(String otherLabel) {
    return new FormField(key, type, otherLabel, required, hasDefault, hide, min, max, minLength, maxLength, pattern, values,
        valuesKey, valuesExpression, subtype, wholeNumber, columns);
  }

  boolean isChoice() {
    return type.equals("radio") || type.equals("select");
  }

  boolean isList() {
    return type.equals("checklist") || type.equals("taglist");
  }

  boolean isText() {
    return type.equals("textfield") || type.equals("textarea");
  }

  private static Optional<Double> number(JsonNode validate, String name) {
    return validate.has(name) && validate.get(name).isNumber() ? Optional.of(validate.get(name).asDouble()) : Optional.empty();
  }

  private static Optional<Integer> whole(JsonNode validate, String name) {
    return validate.has(name) && validate.get(name).isNumber() ? Optional.of(validate.get(name).asInt()) : Optional.empty();
  }
}
