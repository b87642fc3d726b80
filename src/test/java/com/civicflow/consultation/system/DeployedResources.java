package com.civicflow.consultation.system;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.model.bpmn.instance.StartEvent;
import org.camunda.bpm.model.bpmn.instance.TimerEventDefinition;

/** Checks that every diagram, table and form of the repository's processes/ and forms/ is deployed. */
public final class DeployedResources {

  private DeployedResources() {}

  public static void assertEverythingDeployed(ProcessEngine engine) throws IOException {
    RepositoryService repository = engine.getRepositoryService();
    for (Path bpmn : files("processes", ".bpmn")) {
      String key = baseName(bpmn);
      ProcessDefinition definition = repository.createProcessDefinitionQuery()
          .processDefinitionKey(key).latestVersion().singleResult();
      assertThat(definition).as("process %s deployed", key).isNotNull();
      if (isPlatformSchedule(repository, definition)) {
        assertThat(definition.getHistoryTimeToLive()).as("%s, a platform schedule, keeps its runs briefly", key).isBetween(1, 90);
      } else {
        assertThat(definition.getHistoryTimeToLive()).as("%s keeps records 10 years", key).isEqualTo(3650);
      }
      assertThat(deployedFormIds(repository, definition.getDeploymentId()))
          .as("%s deployed with its forms", key).containsAll(formRefs(bpmn));
    }
    for (Path dmn : files("processes", ".dmn")) {
      assertThat(repository.createDeploymentQuery().deploymentName(baseName(dmn)).count())
          .as("decision %s deployed", dmn).isPositive();
    }
  }

  /** A process started by a timer start event (no user, no tenant): its runs are no matters and no records. */
  private static boolean isPlatformSchedule(RepositoryService repository, ProcessDefinition definition) {
    return repository.getBpmnModelInstance(definition.getId()).getModelElementsByType(StartEvent.class).stream()
        .anyMatch(start -> start.getEventDefinitions().stream().anyMatch(TimerEventDefinition.class::isInstance));
  }

  private static Set<String> deployedFormIds(RepositoryService repository, String deploymentId) throws IOException {
    ObjectMapper json = new ObjectMapper();
    Set<String> ids = new HashSet<>();
    for (String name : repository.getDeploymentResourceNames(deploymentId)) {
      if (name.endsWith(".form")) {
        try (InputStream in = repository.getResourceAsStream(deploymentId, name)) {
          ids.add(json.readTree(in).get("id").asText());
        }
      }
    }
    return ids;
  }

  static List<Path> files(String folder, String suffix) throws IOException {
    try (Stream<Path> paths = Files.walk(Path.of(folder))) {
      return paths.filter(p -> p.toString().endsWith(suffix)).toList();
    }
  }

  private static List<String> formRefs(Path bpmn) throws IOException {
    var matcher = Pattern.compile("camunda:formRef=\"([^\"$#]+)\"").matcher(Files.readString(bpmn));
    return matcher.results().map(m -> m.group(1)).distinct().toList();
  }

  private static String baseName(Path path) {
    String name = path.getFileName().toString();
    return name.substring(0, name.lastIndexOf('.'));
  }
}
