package com.civicflow.consultation.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.civicflow.consultation.ProcessTest;
import com.civicflow.consultation.ProcessTestSupport;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.camunda.bpm.engine.repository.Deployment;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

@ProcessTest
class ResourceDeployerTest extends ProcessTestSupport {

  @Autowired ResourceDeployer deployer;

  @Test
  void everyDiagramAndTableInTheRepositoryIsDeployedWithTheFormsItUses() throws IOException {
    for (Path bpmn : files("processes", ".bpmn")) {
      String key = baseName(bpmn);
      ProcessDefinition definition = processEngine.getRepositoryService().createProcessDefinitionQuery()
          .processDefinitionKey(key).latestVersion().singleResult();
      assertThat(definition).as("process %s deployed", key).isNotNull();
      assertThat(definition.getHistoryTimeToLive()).as("%s keeps records 10 years", key).isEqualTo(3650);
      var deployedFormIds = deployedFormIds(definition.getDeploymentId());
      assertThat(deployedFormIds).as("%s deployed with its forms", key).containsAll(formRefs(bpmn));
    }
    for (Path dmn : files("processes", ".dmn")) {
      assertThat(processEngine.getRepositoryService().createDeploymentQuery().deploymentName(baseName(dmn)).count())
          .as("decision %s deployed", dmn).isPositive();
    }
  }

  @Test
  void onlyChangedDiagramsAreDeployedAgain() {
    // given two diagrams deployed once
    Map<String, byte[]> diagrams = new TreeMap<>(Map.of(
        "processes/test-a.bpmn", diagram("test-a", "test-form-a"),
        "processes/test-b.bpmn", diagram("test-b", "test-form-b")));
    Map<String, byte[]> forms = new TreeMap<>(Map.of(
        "forms/test/a.form", form("test-form-a", "甲"),
        "forms/test/b.form", form("test-form-b", "乙")));
    assertThat(deployer.deploy(diagrams, forms)).hasSize(2);

    // when nothing changed, nothing is deployed
    assertThat(deployer.deploy(diagrams, forms)).isEmpty();

    // when one form changed, only its diagram is deployed again, with all its forms
    forms.put("forms/test/b.form", form("test-form-b", "乙（修订）"));
    var again = deployer.deploy(diagrams, forms);
    assertThat(again).hasSize(1);
    Deployment deployment = again.get(0);
    assertThat(deployment.getName()).isEqualTo("test-b");
    assertThat(processEngine.getRepositoryService().getDeploymentResourceNames(deployment.getId()))
        .containsExactlyInAnyOrder("processes/test-b.bpmn", "forms/test/b.form");
    assertThat(processEngine.getRepositoryService().createProcessDefinitionQuery().processDefinitionKey("test-a")
        .latestVersion().singleResult().getVersion()).isEqualTo(1);
  }

  @Test
  void aDiagramReferringToAMissingFormIsRefusedWithAClearMessage() {
    assertThatThrownBy(() -> deployer.deploy(Map.of("processes/test-c.bpmn", diagram("test-c", "no-such-form")), Map.of()))
        .hasMessageContaining("no-such-form");
  }

  private java.util.Set<String> deployedFormIds(String deploymentId) throws IOException {
    var repository = processEngine.getRepositoryService();
    var json = new com.fasterxml.jackson.databind.ObjectMapper();
    var ids = new java.util.HashSet<String>();
    for (String name : repository.getDeploymentResourceNames(deploymentId)) {
      if (name.endsWith(".form")) {
        try (var in = repository.getResourceAsStream(deploymentId, name)) {
          ids.add(json.readTree(in).get("id").asText());
        }
      }
    }
    return ids;
  }

  private static byte[] diagram(String key, String formId) {
    return ("""
        <?xml version="1.0" encoding="UTF-8"?>
        <bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL"
            xmlns:camunda="http://camunda.org/schema/1.0/bpmn" id="Definitions_%1$s" targetNamespace="test">
          <bpmn:process id="%1$s" isExecutable="true" camunda:historyTimeToLive="1">
            <bpmn:startEvent id="Event_Start"/>
            <bpmn:sequenceFlow id="Flow_1" sourceRef="Event_Start" targetRef="Task_Form"/>
            <bpmn:userTask id="Task_Form" camunda:formRef="%2$s" camunda:formRefBinding="deployment"/>
            <bpmn:sequenceFlow id="Flow_2" sourceRef="Task_Form" targetRef="Event_End"/>
            <bpmn:endEvent id="Event_End"/>
          </bpmn:process>
        </bpmn:definitions>
        """).formatted(key, formId).getBytes(StandardCharsets.UTF_8);
  }

  private static byte[] form(String id, String label) {
    return ("{\"id\":\"" + id + "\",\"type\":\"default\",\"schemaVersion\":16,\"components\":[{\"type\":\"text\",\"text\":\""
        + label + "\",\"id\":\"Text_1\"}]}").getBytes(StandardCharsets.UTF_8);
  }

  private static Iterable<Path> files(String folder, String suffix) throws IOException {
    try (Stream<Path> paths = Files.walk(Path.of(folder))) {
      return paths.filter(p -> p.toString().endsWith(suffix)).toList();
    }
  }

  private static java.util.List<String> formRefs(Path bpmn) throws IOException {
    var matcher = java.util.regex.Pattern.compile("camunda:formRef=\"([^\"]+)\"").matcher(Files.readString(bpmn));
    return matcher.results().map(m -> m.group(1)).distinct().toList();
  }

  private static String baseName(Path path) {
    String name = path.getFileName().toString();
    return name.substring(0, name.lastIndexOf('.'));
  }
}
