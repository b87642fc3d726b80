package com.civicflow.consultation.matter;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.civicflow.consultation.ProcessTest;
import com.civicflow.consultation.ProcessTestSupport;
import com.civicflow.consultation.TestProcesses;
import com.civicflow.consultation.TestUsers;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@ProcessTest
class MatterContextTest extends ProcessTestSupport {

  @BeforeEach
  void deploy() {
    TestProcesses.deploy(processEngine, TestProcesses.oneTask(), TestProcesses.caller());
    TestProcesses.startableIn(processEngine, "yuzhong");
  }

  @Test
  void aMatterGetsAReadableNumberAndItsCommunityAsPlainVariables() {
    // when
    ProcessInstance first = start(Map.of("communityId", "minzulu"));
    ProcessInstance second = start(Map.of("communityId", "minzulu"));

    // then
    assertThat(first.getTenantId()).isEqualTo("minzulu");
    assertThat(first.getBusinessKey()).matches("MINZULU-\\d{4}-\\d{4}");
    assertThat(sequence(second)).isEqualTo(sequence(first) + 1);
    Map<String, Object> vars = processEngine.getRuntimeService().getVariables(first.getId());
    assertThat(vars).containsEntry("communityName", "民族路社区").containsEntry("streetId", "jiefangbei")
        .containsEntry("districtId", "yuzhong").containsEntry("matterNumber", first.getBusinessKey())
        .containsEntry("overdue", false);
  }

  @Test
  void committeeWorkGoesToTheBodyOfTheMattersLevel() {
    assertThat(committeeGroupOf(start(Map.of("communityId", "minzulu")))).isEqualTo("committee-staff");
    assertThat(committeeGroupOf(start(Map.of("communityId", "jiefangbei")))).isEqualTo("street-office");
    assertThat(committeeGroupOf(start(Map.of("communityId", "yuzhong")))).isEqualTo("district-civil-affairs");
  }

  private Object committeeGroupOf(ProcessInstance pi) {
    return processEngine.getRuntimeService().getVariable(pi.getId(), "committeeGroup");
  }

  @Test
  void theMatterNumberIsAlwaysTheProductsOwnAndAClientsKeyIsKeptBeside() {
    // when a client (REST, Tasklist's start dialog) sends a business key of its own
    ProcessInstance pi = processEngine.getRuntimeService()
        .startProcessInstanceByKey(TestProcesses.ONE_TASK, "MY-KEY-1", Map.of("communityId", "lijing"));

    // then the matter still gets its number, and the client's key is only a variable
    assertThat(pi.getBusinessKey()).matches("LIJING-\\d{4}-\\d{4}");
    assertThat(processEngine.getRuntimeService().getVariables(pi.getId()))
        .containsEntry("matterNumber", pi.getBusinessKey()).containsEntry("clientBusinessKey", "MY-KEY-1");
  }

  @Test
  void aProcessThatIsNoMatterKeepsTheKeyTheProductGivesIt() {
    // 逢十议事's meeting: consultationMatter=false, started by the product's scheduler under its own key
    ProcessInstance meeting = processEngine.getRuntimeService().startProcessInstanceByKey("kenli-regular-meeting",
        "YANGMIAO-RM-2026-11-10", Map.of("communityId", "yangmiao", "regularMeetingDate", "2026-11-10",
            "regularMeetingDay", new java.util.Date()));
    assertThat(meeting.getBusinessKey()).isEqualTo("YANGMIAO-RM-2026-11-10");
  }

  @Test
  void aStaffMemberOfOneCommunityStartsInItWithoutNamingIt() {
    // given
    authenticate("minzulu-staff", "minzulu");

    // when
    ProcessInstance pi = start(Map.of());

    // then
    processEngine.getIdentityService().clearAuthentication();
    assertThat(pi.getTenantId()).isEqualTo("minzulu");
    assertThat(processEngine.getRuntimeService().getVariable(pi.getId(), "initiator")).isEqualTo("minzulu-staff");
  }

  @Test
  void nobodyStartsAMatterInAnotherCommunity() {
    authenticate("minzulu-staff", "minzulu");
    assertThatThrownBy(() -> start(Map.of("communityId", "lijing")))
        .isInstanceOf(ProcessEngineException.class).hasMessageContaining("丽景社区");
  }

  @Test
  void anUnknownCommunityIsRefusedAndNothingStarts() {
    long before = processEngine.getRuntimeService().createProcessInstanceQuery().count();
    assertThatThrownBy(() -> start(Map.of("communityId", "atlantis"))).hasMessageContaining("atlantis");
    assertThatThrownBy(() -> start(Map.of())).hasMessageContaining("communityId");
    assertThat(processEngine.getRuntimeService().createProcessInstanceQuery().count()).isEqualTo(before);
  }

  @Test
  void aModelStartsOnlyAtTheLevelsItNames() {
    // given a model for communities only
    deployWithLevels("test-community-only", "community");

    // then it starts in a community, and is refused in a street or district with a message naming the level
    assertThat(processEngine.getRuntimeService().startProcessInstanceByKey("test-community-only",
        Map.of("communityId", "minzulu")).getTenantId()).isEqualTo("minzulu");
    long before = processEngine.getRuntimeService().createProcessInstanceQuery().count();
    for (String other : List.of("jiefangbei", "yuzhong")) {
      assertThatThrownBy(() -> processEngine.getRuntimeService().startProcessInstanceByKey("test-community-only",
          Map.of("communityId", other))).isInstanceOf(InvalidSubmissionException.class).hasMessageContaining("在社区开展");
    }
    assertThat(processEngine.getRuntimeService().createProcessInstanceQuery().count()).isEqualTo(before);
  }

  @Test
  void aDiagramNamingAnUnknownLevelIsNotDeployed() {
    assertThatThrownBy(() -> deployWithLevels("test-bad-levels", "community,galaxy"))
        .hasMessageContaining("consultationLevels").hasMessageContaining("galaxy");
  }

  private void deployWithLevels(String key, String levels) {
    String xml = """
        <bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL"
            xmlns:camunda="http://camunda.org/schema/1.0/bpmn" id="Definitions_%1$s" targetNamespace="test">
          <bpmn:process id="%1$s" name="%1$s" isExecutable="true" camunda:historyTimeToLive="1">
            <bpmn:extensionElements>
              <camunda:properties><camunda:property name="consultationLevels" value="%2$s"/></camunda:properties>
            </bpmn:extensionElements>
            <bpmn:startEvent id="Event_Start"/>
            <bpmn:sequenceFlow id="Flow_1" sourceRef="Event_Start" targetRef="Task_Handle"/>
            <bpmn:userTask id="Task_Handle"/>
          </bpmn:process>
        </bpmn:definitions>
        """.formatted(key, levels);
    processEngine.getRepositoryService().createDeployment().name("test").addString(key + ".bpmn", xml).deploy();
  }

  @Test
  void aCalledProcessCarriesTheMatterNumberAndCommunity() {
    // when
    ProcessInstance caller = processEngine.getRuntimeService()
        .startProcessInstanceByKey(TestProcesses.CALLER, Map.of("communityId", "duofuxiang"));

    // then
    ProcessInstance called = processEngine.getRuntimeService().createProcessInstanceQuery()
        .superProcessInstanceId(caller.getId()).singleResult();
    assertThat(called.getBusinessKey()).isEqualTo(caller.getBusinessKey());
    assertThat(called.getTenantId()).isEqualTo("duofuxiang");
    assertThat(processEngine.getRuntimeService().getVariable(called.getId(), "communityName")).isEqualTo("多福巷社区");
  }

  private ProcessInstance start(Map<String, Object> variables) {
    return processEngine.getRuntimeService().startProcessInstanceByKey(TestProcesses.ONE_TASK, variables);
  }

  private void authenticate(String user, String tenant) {
    processEngine.getIdentityService().setAuthentication(user, TestUsers.groups(processEngine, user), List.of(tenant));
  }

  private static int sequence(ProcessInstance pi) {
    String key = pi.getBusinessKey();
    return Integer.parseInt(key.substring(key.lastIndexOf('-') + 1));
  }
}
