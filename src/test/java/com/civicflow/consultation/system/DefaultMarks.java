package com.civicflow.consultation.system;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.parsers.DocumentBuilderFactory;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/**
 * Finds, in a decision table, a diagram, a form or application.yaml, the places that state a number the seeds do not
 * give and lack the mark {@value #MARKER}: what {@code ProductDefaultsTest} requires of every such default.
 */
final class DefaultMarks {

  static final String MARKER = "本产品默认值，原文未规定";
  private static final Pattern NUMBER = Pattern.compile("(?<![\\w.])\\d+(?:\\.\\d+)?(?!\\w)");
  private static final Pattern NUMERIC_DEFAULT = Pattern.compile("@DefaultValue\\(\"\\d+\"\\)\\s+\\w+\\s+(\\w+)");
  private static final Pattern YAML_ENTRY = Pattern.compile("^( *)([\\w-]+):\\s*([^#]*?)\\s*(#.*)?$");

  private DefaultMarks() {}

  /** A number in a FEEL expression or entry, not counting those inside string literals. */
  static boolean hasNumber(String expression) {
    return NUMBER.matcher(expression.replaceAll("\"[^\"]*\"", "")).find();
  }

  /**
   * The rules (by their annotation, the rule's description) and inputs (by their label) of a DMN file that hold a
   * number without the mark, as {@code file#id}; {@code fromTheSeeds} lists the {@code file#id} whose number a seed
   * gives.
   */
  static List<String> unmarkedInDecisionTable(String file, String xml, Set<String> fromTheSeeds) {
    Document dmn = parse(xml);
    List<String> unmarked = new ArrayList<>();
    each(dmn.getElementsByTagNameNS("*", "rule"), rule -> {
      boolean numbered = texts(rule, "inputEntry").stream().anyMatch(DefaultMarks::hasNumber)
          || texts(rule, "outputEntry").stream().anyMatch(DefaultMarks::hasNumber);
      if (numbered && !child(rule, "description").contains(MARKER) && !fromTheSeeds.contains(file + "#" + rule.getAttribute("id"))) {
        unmarked.add(file + "#" + rule.getAttribute("id"));
      }
    });
    each(dmn.getElementsByTagNameNS("*", "input"), input -> {
      if (texts(input, "inputExpression").stream().anyMatch(DefaultMarks::hasNumber) && !input.getAttribute("label").contains(MARKER)
          && !fromTheSeeds.contains(file + "#" + input.getAttribute("id"))) {
        unmarked.add(file + "#" + input.getAttribute("id"));
      }
    });
    return unmarked;
  }

  /** The user tasks of a BPMN file with a fixed number in their due date whose documentation lacks the mark. */
  static List<String> unmarkedDeadlines(String file, String xml) {
    List<String> unmarked = new ArrayList<>();
    each(parse(xml).getElementsByTagNameNS("*", "userTask"), task -> {
      String due = task.getAttributeNS("http://camunda.org/schema/1.0/bpmn", "dueDate");
      if (hasNumber(due) && !child(task, "documentation").contains(MARKER)) {
        unmarked.add(file + "#" + task.getAttribute("id"));
      }
    });
    return unmarked;
  }

  /** The components of a form that state a default (“默认”) without the mark, or are listed and lack it. */
  static List<String> unmarkedInForm(String file, JsonNode form, Set<String> listed) {
    List<String> unmarked = new ArrayList<>();
    Deque<JsonNode> components = new ArrayDeque<>();
    components.add(form);
    while (!components.isEmpty()) {
      JsonNode component = components.pop();
      component.path("components").forEach(components::add);
      String shown = component.path("text").asText() + component.path("label").asText() + component.path("description").asText();
      boolean mentionsDefault = shown.contains("默认") || listed.contains(component.path("id").asText());
      if (mentionsDefault && !shown.contains(MARKER)) {
        unmarked.add(file + "#" + component.path("id").asText());
      }
    }
    return unmarked;
  }

  /**
   * application.yaml's numeric settings under these sections: dotted key → the line with the comments that belong
   * to it (the comment lines right above it and above each of its parent keys), where the mark may stand.
   */
  static Map<String, String> numericSettings(String yaml, List<String> sections) {
    Map<String, String> settings = new LinkedHashMap<>();
    Deque<String[]> path = new ArrayDeque<>(); // {indent, key, its line and the comments above it}
    StringBuilder comments = new StringBuilder();
    for (String line : yaml.split("\n")) {
      if (line.startsWith("---")) {
        break; // the first document only: the profiles below override, they add no defaults
      }
      if (line.trim().startsWith("#")) {
        comments.append(line).append('\n');
        continue;
      }
      Matcher m = YAML_ENTRY.matcher(line);
      if (!m.matches()) {
        comments.setLength(0);
        continue;
      }
      int indent = m.group(1).length();
      while (!path.isEmpty() && Integer.parseInt(path.peek()[0]) >= indent) {
        path.pop();
      }
      path.push(new String[] {String.valueOf(indent), m.group(2), comments + line});
      comments.setLength(0);
      List<String> keys = new ArrayList<>();
      StringBuilder context = new StringBuilder();
      path.descendingIterator().forEachRemaining(entry -> {
        keys.add(entry[1]);
        context.append(entry[2]).append('\n');
      });
      String key = String.join(".", keys);
      if (m.group(3).matches("\\d+") && sections.stream().anyMatch(section -> key.startsWith(section + "."))) {
        settings.put(key, context.toString());
      }
    }
    return settings;
  }

  /**
   * The settings of a {@code @ConfigurationProperties} record whose default in the code is a number
   * ({@code @DefaultValue("3") int maxMeetingRounds} → {@code max-meeting-rounds}).
   */
  static List<String> numericDefaults(String source) {
    List<String> settings = new ArrayList<>();
    Matcher m = NUMERIC_DEFAULT.matcher(source);
    while (m.find()) {
      settings.add(m.group(1).replaceAll("([a-z0-9])([A-Z])", "$1-$2").toLowerCase());
    }
    return settings;
  }

  private static Document parse(String xml) {
    try {
      DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
      factory.setNamespaceAware(true);
      return factory.newDocumentBuilder().parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  private static void each(NodeList nodes, Consumer<Element> action) {
    for (int i = 0; i < nodes.getLength(); i++) {
      action.accept((Element) nodes.item(i));
    }
  }

  private static List<String> texts(Element parent, String childName) {
    List<String> texts = new ArrayList<>();
    for (Node child = parent.getFirstChild(); child != null; child = child.getNextSibling()) {
      if (child instanceof Element element && childName.equals(element.getLocalName())) {
        texts.add(element.getTextContent());
      }
    }
    return texts;
  }

  private static String child(Element parent, String childName) {
    return String.join("\n", texts(parent, childName));
  }
}
