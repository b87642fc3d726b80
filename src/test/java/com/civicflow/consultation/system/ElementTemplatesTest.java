package com.civicflow.consultation.system;

import static com.civicflow.consultation.system.ElementTemplates.bpmnElements;
import static com.civicflow.consultation.system.ElementTemplates.describe;
import static com.civicflow.consultation.system.ElementTemplates.template;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * The Camunda Modeler element templates (processes/.camunda/element-templates) are complete, every shared call
 * activity and every templated delegate in processes/*.bpmn carries its template, and what the properties panel
 * shows (the template's fields) is what the element really does.
 */
class ElementTemplatesTest {

  static final String SCHEMA = "https://unpkg.com/@camunda/element-templates-json-schema/resources/schema.json";
  static final Set<String> BINDINGS = Set.of("property", "camunda:property", "camunda:in", "camunda:out",
      "camunda:inputParameter", "camunda:outputParameter", "camunda:executionListener", "camunda:field",
      "camunda:in:businessKey", "camunda:errorEventDefinition");
  static final Set<String> SHARED_CALLED_ELEMENTS = Set.of("legality-review", "implementation-supervision", "public-notice");
  static final Set<String> TEMPLATED_DELEGATES = Set.of("${legalReviewEscalation}", "${overdueEscalation}", "${sendMail}");
  static final Pattern CHINESE = Pattern.compile("\\p{IsHan}");

  @Test
  void everyTemplateIsCompleteWithChineseLabels() throws Exception {
    Map<String, JsonNode> templates = ElementTemplates.load();
    assertThat(templates).isNotEmpty();
    SoftAssertions softly = new SoftAssertions();
    templates.forEach((id, t) -> {
      softly.assertThat(t.path("$schema").asText()).as("%s $schema", id).isEqualTo(SCHEMA);
      softly.assertThat(id).as("template id").matches("civicflow\\.[a-z-]+");
      softly.assertThat(t.path("name").asText()).as("%s name", id).containsPattern(CHINESE);
      softly.assertThat(t.path("version").isInt() && t.path("version").asInt() >= 1).as("%s version", id).isTrue();
      softly.assertThat(t.path("appliesTo").size()).as("%s appliesTo", id).isPositive();
      for (JsonNode p : t.path("properties")) {
        String binding = p.path("binding").path("type").asText();
        softly.assertThat(BINDINGS).as("%s binding type", id).contains(binding);
        if (!"Hidden".equals(p.path("type").asText())) {
          softly.assertThat(p.path("label").asText()).as("%s label", id).containsPattern(CHINESE);
        }
        JsonNode pattern = p.path("constraints").path("pattern");
        if (!pattern.isMissingNode()) {
          softly.assertThat(pattern.path("message").asText()).as("%s pattern message", id).containsPattern(CHINESE);
          softly.assertThatCode(() -> Pattern.compile(pattern.path("value").asText())).doesNotThrowAnyException();
        }
        if ("Dropdown".equals(p.path("type").asText()) && p.has("value")) {
          softly.assertThat(choices(p)).as("%s default among choices", id).contains(p.path("value").asText());
        }
      }
    });
    softly.assertAll();
  }

  @Test
  void everySharedCallActivityAndTemplatedDelegateCarriesItsTemplate() throws Exception {
    Map<String, JsonNode> templates = ElementTemplates.load();
    SoftAssertions softly = new SoftAssertions();
    for (Path diagram : DeployedResources.files("processes", ".bpmn")) {
      Document doc = ElementTemplates.parse(diagram);
      for (Element call : bpmnElements(doc, "callActivity")) {
        if (SHARED_CALLED_ELEMENTS.contains(call.getAttribute("calledElement"))) {
          softly.assertThat(template(call)).as("%s carries a template", describe(diagram, call)).isPresent();
        }
      }
      for (Element task : bpmnElements(doc, "serviceTask")) {
        if (TEMPLATED_DELEGATES.contains(ElementTemplates.property(task, "camunda:delegateExpression"))) {
          softly.assertThat(template(task)).as("%s carries a template", describe(diagram, task)).isPresent();
        }
      }
      for (Element listener : listeners(doc)) {
        softly.assertThat(TEMPLATED_DELEGATES).as("%s: %s has a template for a service task; use one instead of a listener",
            diagram.getFileName(), listener.getAttribute("delegateExpression"))
            .doesNotContain(listener.getAttribute("delegateExpression"));
      }
      for (Element element : allElements(doc)) {
        template(element).ifPresent(id -> {
          JsonNode t = templates.get(id);
          softly.assertThat(t).as("%s: template %s exists", describe(diagram, element), id).isNotNull();
          if (t != null) {
            softly.assertThat(element.getAttributeNS(ElementTemplates.CAMUNDA_NS, "modelerTemplateVersion"))
                .as("%s template version", describe(diagram, element)).isEqualTo(t.path("version").asText());
            softly.assertThat(choices(t.path("appliesTo"))).as("%s template applies to it", describe(diagram, element))
                .contains("bpmn:" + capitalised(element.getLocalName()));
          }
        });
      }
    }
    softly.assertAll();
  }

  @Test
  void templatedElementsShowTheirRealValuesInTheTemplate() throws Exception {
    Map<String, JsonNode> templates = ElementTemplates.load();
    SoftAssertions softly = new SoftAssertions();
    for (Path diagram : DeployedResources.files("processes", ".bpmn")) {
      for (Element element : allElements(ElementTemplates.parse(diagram))) {
        JsonNode t = template(element).map(templates::get).orElse(null);
        if (t != null) {
          new TemplateAgreement(describe(diagram, element), element, t, softly).check();
        }
      }
    }
    softly.assertAll();
  }

  static List<String> choices(JsonNode node) {
    List<String> values = new ArrayList<>();
    if (node.isArray()) {
      node.forEach(v -> values.add(v.asText()));
    } else {
      node.path("choices").forEach(c -> values.add(c.path("value").asText()));
    }
    return values;
  }

  private static List<Element> allElements(Document doc) {
    return elements(doc.getElementsByTagNameNS(ElementTemplates.BPMN_NS, "*"));
  }

  private static List<Element> listeners(Document doc) {
    List<Element> found = new ArrayList<>(elements(doc.getElementsByTagNameNS(ElementTemplates.CAMUNDA_NS, "executionListener")));
    found.addAll(elements(doc.getElementsByTagNameNS(ElementTemplates.CAMUNDA_NS, "taskListener")));
    return found;
  }

  private static List<Element> elements(NodeList nodes) {
    List<Element> list = new ArrayList<>();
    for (int i = 0; i < nodes.getLength(); i++) {
      list.add((Element) nodes.item(i));
    }
    return list;
  }

  private static String capitalised(String localName) {
    return Character.toUpperCase(localName.charAt(0)) + localName.substring(1);
  }
}
