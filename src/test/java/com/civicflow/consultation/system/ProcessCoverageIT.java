package com.civicflow.consultation.system;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every diagram of processes/ is covered to at least 90 % of its flow nodes and sequence flows by the
 * process tests (camunda-process-test-coverage, reports under target/process-test-coverage/ written by the
 * Surefire run that precedes this one in `./mvnw verify`). Writes target/process-test-coverage/summary.md.
 */
class ProcessCoverageIT {

  static final double MINIMUM = 0.90;
  static final Path REPORTS = Path.of("target/process-test-coverage");

  @Test
  void everyDiagramIsCoveredToAtLeastNinetyPercent() throws IOException {
    assertThat(REPORTS).as("coverage reports of the process tests; run ./mvnw verify").isDirectory();
    Map<String, Integer> elements = new HashMap<>();
    Map<String, Set<String>> covered = new HashMap<>();
    read(elements, covered);

    Map<String, Double> coverage = new TreeMap<>();
    for (Path bpmn : DeployedResources.files("processes", ".bpmn")) {
      String key = bpmn.getFileName().toString().replace(".bpmn", "");
      assertThat(elements).as("%s is exercised by a process test", key).containsKey(key);
      coverage.put(key, covered.getOrDefault(key, Set.of()).size() / (double) elements.get(key));
    }
    StringBuilder summary = new StringBuilder("| process | flow nodes and sequence flows covered |\n| --- | --- |\n");
    coverage.forEach((key, value) -> summary.append("| ").append(key).append(" | ")
        .append(Math.round(value * 1000) / 10.0).append(" % |\n"));
    Files.writeString(REPORTS.resolve("summary.md"), summary);
    coverage.forEach((key, value) -> assertThat(value).as("coverage of %s%n%s", key, summary).isGreaterThanOrEqualTo(MINIMUM));
  }

  private static void read(Map<String, Integer> elements, Map<String, Set<String>> covered) throws IOException {
    ObjectMapper json = new ObjectMapper();
    List<Path> reports;
    try (Stream<Path> files = Files.walk(REPORTS)) {
      reports = files.filter(p -> p.getFileName().toString().equals("report.json")).toList();
    }
    for (Path report : reports) {
      JsonNode root = json.readTree(report.toFile());
      root.get("models").forEach(m -> elements.put(m.get("key").asText(), m.get("totalElementCount").asInt()));
      for (JsonNode suite : root.get("suites")) {
        for (JsonNode run : suite.get("runs")) {
          for (JsonNode event : run.get("events")) {
            covered.computeIfAbsent(event.get("modelKey").asText(), k -> new HashSet<>())
                .add(event.get("source").asText() + ":" + event.get("definitionKey").asText());
          }
        }
      }
    }
  }
}
