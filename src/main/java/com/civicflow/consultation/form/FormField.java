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
    Optional<String> subtype, boolean wholeNumber) {

  static final List<String> INPUT_TYPES = List.of("textfield", "textarea", "number", "checkbox", "radio", "select",
      "checklist", "taglist", "datetime");

  /** The field, or empty when the component takes no input from the person. */
  static Optional<FormField> of(JsonNode component) {
    String type = component.path("type").asText();
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
        component.has("decimalDigits") && component.path("decimalDigits").asInt() == 0));
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
