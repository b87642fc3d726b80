package com.civicflow.consultation.system;

import static com.civicflow.consultation.system.ElementTemplates.extensions;
import static com.civicflow.consultation.system.ElementTemplates.inputParameters;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.assertj.core.api.SoftAssertions;
import org.w3c.dom.Element;

/**
 * Whether a templated element agrees with its template, i.e. whether Modeler's properties panel shows the
 * element's real values: fixed (Hidden) values equal, required fields filled, values match the field's
 * pattern/choices, an input is a variable name or an expression as the field says, and no mapping or input
 * parameter of the element lies outside the template (the panel would hide it).
 */
final class TemplateAgreement {

  private final String where;
  private final Element element;
  private final JsonNode template;
  private final SoftAssertions softly;
  private final Set<Element> declared = new HashSet<>();

  TemplateAgreement(String where, Element element, JsonNode template, SoftAssertions softly) {
    this.where = where;
    this.element = element;
    this.template = template;
    this.softly = softly;
  }

  void check() {
    for (JsonNode field : template.path("properties")) {
      JsonNode binding = field.path("binding");
      String label = where + " [" + template.path("id").asText() + ": " + field.path("label").asText(binding.toString()) + "]";
      Optional<String> actual = switch (binding.path("type").asText()) {
        case "property" -> Optional.of(ElementTemplates.property(element, binding.path("name").asText())).filter(v -> !v.isEmpty());
        case "camunda:inputParameter" -> inputParameter(binding.path("name").asText());
        case "camunda:in" -> in(binding, label);
        case "camunda:out" -> out(binding.path("source").asText());
        default -> {
          softly.fail("%s: binding %s is not checked by this test yet", label, binding);
          yield Optional.empty();
        }
      };
      agree(label, field, actual);
    }
    mapped("in").forEach(e -> softly.assertThat(declared.contains(e))
        .as("%s: camunda:in %s is a field of the template", where, attributes(e)).isTrue());
    mapped("out").forEach(e -> softly.assertThat(declared.contains(e))
        .as("%s: camunda:out %s is a field of the template", where, attributes(e)).isTrue());
    inputParameters(element).forEach(e -> softly.assertThat(declared.contains(e))
        .as("%s: input parameter %s is a field of the template", where, e.getAttribute("name")).isTrue());
  }

  private void agree(String label, JsonNode field, Optional<String> actual) {
    String type = field.path("type").asText();
    JsonNode constraints = field.path("constraints");
    if ("Hidden".equals(type)) {
      softly.assertThat(actual).as("%s: fixed value", label).contains(field.path("value").asText());
      return;
    }
    if (constraints.path("notEmpty").asBoolean() || field.has("value")) {
      // Modeler shows a field's default value where the element has none: that would be a wrong value
      softly.assertThat(actual).as("%s: required or has a default value", label).isPresent();
    }
    actual.ifPresent(value -> {
      if (constraints.has("pattern")) {
        softly.assertThat(value).as("%s: pattern", label).matches(constraints.path("pattern").path("value").asText());
      }
      if ("Dropdown".equals(type)) {
        softly.assertThat(ElementTemplatesTest.choices(field)).as("%s: one of the choices", label).contains(value);
      }
    });
  }

  private Optional<String> inputParameter(String name) {
    return inputParameters(element).stream().filter(p -> p.getAttribute("name").equals(name)).findFirst()
        .map(p -> {
          declared.add(p);
          return p.getTextContent().trim();
        });
  }

  private Optional<String> in(JsonNode binding, String label) {
    if (binding.has("variables")) {
      return mapped("in").stream().filter(e -> e.getAttribute("variables").equals(binding.path("variables").asText()))
          .findFirst().map(e -> {
            declared.add(e);
            return e.getAttribute("variables");
          });
    }
    String target = binding.path("target").asText();
    Optional<Element> in = mapped("in").stream().filter(e -> e.getAttribute("target").equals(target)).findFirst();
    in.ifPresent(declared::add);
    boolean expression = binding.path("expression").asBoolean(false);
    in.ifPresent(e -> softly.assertThat(e.hasAttribute(expression ? "sourceExpression" : "source"))
        .as("%s: the field shows %s", label, expression ? "sourceExpression" : "source").isTrue());
    return in.map(e -> e.getAttribute(expression ? "sourceExpression" : "source"));
  }

  private Optional<String> out(String source) {
    Optional<Element> out = mapped("out").stream().filter(e -> e.getAttribute("source").equals(source)).findFirst();
    out.ifPresent(declared::add);
    return out.map(e -> e.getAttribute("target"));
  }

  private List<Element> mapped(String inOrOut) {
    return extensions(element, inOrOut);
  }

  private static String attributes(Element e) {
    StringBuilder text = new StringBuilder();
    for (int i = 0; i < e.getAttributes().getLength(); i++) {
      text.append(' ').append(e.getAttributes().item(i));
    }
    return text.toString().trim();
  }
}
