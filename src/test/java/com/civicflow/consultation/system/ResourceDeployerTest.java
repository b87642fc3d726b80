package com.civicflow.consultation.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.civicflow.consultation.ProcessTest;
import com.civicflow.consultation.ProcessTestSupport;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.TreeMap;
import org.camunda.bpm.engine.repository.Deployment;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

@ProcessTest
class ResourceDeployerTest extends ProcessTestSupport {

  @Autowired ResourceDeployer deployer;

  @Test
  void everyDiagramAndTableInTheRepositoryIsDeployedWithTheFormsItUses() throws IOException {
    DeployedResources.assertEverythingDeployed(processEngine);
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



}
