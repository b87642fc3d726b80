package com.civicflow.consultation.system;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.xml.parsers.DocumentBuilderFactory;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** Reads the Modeler element templates of processes/.camunda/element-templates and the diagrams' elements. */
final class ElementTemplates {

  static final Path FOLDER = Path.of("processes/.camunda/element-templates");
  static final String BPMN_NS = "http://www.omg.org/spec/BPMN/20100524/MODEL";
  static final String CAMUNDA_NS = "http://camunda.org/schema/1.0/bpmn";

  private ElementTemplates() {}

  /** Every template by id; a file holds one template or an array of them. */
  static Map<String, JsonNode> load() throws IOException {
    ObjectMapper json = new ObjectMapper();
    Map<String, JsonNode> templates = new LinkedHashMap<>();
    for (Path file : DeployedResources.files(FOLDER.toString(), ".json")) {
      JsonNode root = json.readTree(file.toFile());
      List<JsonNode> list = new ArrayList<>();
      if (root.isArray()) {
        root.forEach(list::add);
      } else {
        list.add(root);
      }
      for (JsonNode template : list) {
        if (templates.put(template.path("id").asText(), template) != null) {
          throw new IllegalStateException("template id used twice: " + template.path("id").asText());
        }
      }
    }
    return templates;
  }

  static Document parse(Path bpmn) throws Exception {
    DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
    factory.setNamespaceAware(true);
    return factory.newDocumentBuilder().parse(bpmn.toFile());
  }

  /** Every BPMN element of the diagram (any depth). */
  static List<Element> bpmnElements(Document diagram, String localName) {
    NodeList nodes = diagram.getElementsByTagNameNS(BPMN_NS, localName);
    List<Element> elements = new ArrayList<>();
    for (int i = 0; i < nodes.getLength(); i++) {
      elements.add((Element) nodes.item(i));
    }
    return elements;
  }

  /** The camunda:* extension elements directly under the element's extensionElements. */
  static List<Element> extensions(Element element, String camundaLocalName) {
    List<Element> found = new ArrayList<>();
    for (Element ext : children(element, BPMN_NS, "extensionElements")) {
      found.addAll(children(ext, CAMUNDA_NS, camundaLocalName));
    }
    return found;
  }

  static List<Element> inputParameters(Element element) {
    List<Element> found = new ArrayList<>();
    extensions(element, "inputOutput").forEach(io -> found.addAll(children(io, CAMUNDA_NS, "inputParameter")));
    return found;
  }

  static Optional<String> template(Element element) {
    String id = element.getAttributeNS(CAMUNDA_NS, "modelerTemplate");
    return id.isEmpty() ? Optional.empty() : Optional.of(id);
  }

  /** The value of a {@code property} binding: {@code camunda:x} or a plain BPMN attribute. */
  static String property(Element element, String name) {
    return name.startsWith("camunda:")
        ? element.getAttributeNS(CAMUNDA_NS, name.substring("camunda:".length()))
        : element.getAttribute(name);
  }

  static String describe(Path diagram, Element element) {
    return diagram.getFileName() + "#" + element.getAttribute("id");
  }

  private static List<Element> children(Element parent, String ns, String localName) {
    List<Element> found = new ArrayList<>();
    NodeList nodes = parent.getChildNodes();
    for (int i = 0; i < nodes.getLength(); i++) {
      if (nodes.item(i) instanceof Element child && ns.equals(child.getNamespaceURI())
          && localName.equals(child.getLocalName())) {
        found.add(child);
      }
    }
    return found;
  }
}
