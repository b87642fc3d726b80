package com.civicflow.consultation.matter;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Map;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;

/**
 * The Chinese label people know a variable by, from the product's forms ({@code forms/**}: field key → label), for
 * messages that must name a field where only the variable's name is at hand (e.g. a text refused as too long
 * while the engine stores it). A variable no form shows is named by itself.
 */
@Component
public class FieldLabels {

  private final Map<String, String> labels;

  public FieldLabels() {
    this("classpath*:forms/**/*.form");
  }

  FieldLabels(String pattern) {
    Map<String, String> collected = new HashMap<>();
    ObjectMapper json = new ObjectMapper();
    try {
      for (Resource form : new PathMatchingResourcePatternResolver().getResources(pattern)) {
        try (InputStream in = form.getInputStream()) {
          collect(json.readTree(in), collected);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("forms/ 中的表单无法读取", e);
    }
    labels = Map.copyOf(collected);
  }

  /** The label of the field with this key, or the key itself. */
  public String of(String key) {
    return labels.getOrDefault(key, key);
  }

  private static void collect(JsonNode node, Map<String, String> labels) {
    if (node.hasNonNull("key") && node.hasNonNull("label") && !node.path("readonly").asBoolean(false)) {
      labels.putIfAbsent(node.get("key").asText(), node.get("label").asText());
    }
    node.path("components").forEach(child -> collect(child, labels));
  }
}
