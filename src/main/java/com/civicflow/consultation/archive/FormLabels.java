package com.civicflow.consultation.archive;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.camunda.bpm.engine.RepositoryService;
import org.springframework.stereotype.Component;

/**
 * The Chinese labels of the form fields a process's deployment holds (Camunda Forms: field key → label),
 * so that the file says “会议记录” rather than {@code meetingMinutes}. Deployments never change: cached.
 */
@Component
class FormLabels {

  private final RepositoryService repository;
  private final ObjectMapper json = new ObjectMapper();
  private final Map<String, Map<String, String>> byDeployment = new ConcurrentHashMap<>();

  FormLabels(RepositoryService repository) {
    this.repository = repository;
  }

  Map<String, String> ofDefinition(String processDefinitionId) {
    String deploymentId = repository.getProcessDefinition(processDefinitionId).getDeploymentId();
    return byDeployment.computeIfAbsent(deploymentId, this::read);
  }

  private Map<String, String> read(String deploymentId) {
    Map<String, String> labels = new HashMap<>();
    for (String name : repository.getDeploymentResourceNames(deploymentId)) {
      if (name.endsWith(".form")) {
        try (InputStream in = repository.getResourceAsStream(deploymentId, name)) {
          collect(json.readTree(in), labels);
        } catch (IOException | RuntimeException unreadable) {
          // a form that cannot be read only costs its labels
        }
      }
    }
    return Map.copyOf(labels);
  }

  private static void collect(JsonNode node, Map<String, String> labels) {
    if (node == null) {
      return;
    }
    if (node.hasNonNull("key") && node.hasNonNull("label")) {
      labels.putIfAbsent(node.get("key").asText(), node.get("label").asText());
    }
    if (node.has("components")) {
      node.get("components").forEach(child -> collect(child, labels));
    }
  }
}
