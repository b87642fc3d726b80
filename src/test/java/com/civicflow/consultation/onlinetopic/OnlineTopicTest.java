package com.civicflow.consultation.onlinetopic;

import static com.civicflow.consultation.onlinetopic.OnlineTopicProcess.EVENT_TOPIC_ADMITTED;
import static com.civicflow.consultation.onlinetopic.OnlineTopicProcess.EVENT_TOPIC_DECLINED;
import static com.civicflow.consultation.onlinetopic.OnlineTopicProcess.TASK_ENTER_MATTER;
import static com.civicflow.consultation.onlinetopic.OnlineTopicProcess.TASK_REVIEW_TOPIC;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import com.civicflow.consultation.ProcessTest;
import com.civicflow.consultation.ProcessTestSupport;
import com.civicflow.consultation.TestUsers;
import com.civicflow.consultation.matter.InvalidSubmissionException;
import java.util.Map;
import java.util.stream.Stream;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;

/** 网上议事厅 (online-topic): a resident's topic from the board is admitted into the community's model, or declined. */
@ProcessTest
class OnlineTopicTest extends ProcessTestSupport {

  static final ResidentTopic TOPIC = new ResidentTopic("3号楼门口路灯不亮", "晚上出入很黑，老人容易摔倒，联系我 13812345678",
      "3号楼", "王小明", "13812345678");

  @Autowired OnlineTopics topics;
  @Autowired TopicTracking tracking;

  @Test
  void aTopicFromTheBoardWaitsForTheRoleThatRaisesTopicsInTheCommunitysModel() {
    // when a resident submits a topic on 民族路社区's board
    String number = topics.submit("minzulu", TOPIC);

    // then it runs in the community's tenant, started by the board's own identity, for 渝中's proposers (委员)
    ProcessInstance topic = instance(number);
    assertThat(topic).isWaitingAt(TASK_REVIEW_TOPIC).variables()
        .containsEntry("trackingNumber", number).containsEntry("targetModel", "yuzhong-six-plus-five")
        .containsEntry("topicReceiverGroup", "consultation-council").containsEntry("initiator", PublicBoardIdentity.USER_ID)
        .containsEntry("residentName", "王小明");
    assertThat(topic.getTenantId()).isEqualTo("minzulu");
    assertThat(number).matches(TrackingNumbers.FORMAT.pattern());
    assertThat(processEngine.getTaskService().createTaskQuery().processInstanceId(topic.getId())
        .taskCandidateUser("minzulu-council").count()).as("民族路's 委员 sees it").isEqualTo(1);
    assertThat(TestUsers.as(processEngine, "jiaochangkou-council", () -> processEngine.getTaskService().createTaskQuery()
        .processInstanceId(topic.getId()).count())).as("较场口's 委员 does not").isZero();
    assertThat(tracking.of("minzulu", number.toLowerCase().replace("-", ""))).get()
        .satisfies(s -> {
          assertThat(s.state()).isEqualTo(TopicStatus.RECEIVED);
          assertThat(s.topic()).isEqualTo("3号楼门口路灯不亮");
        });
    assertThat(tracking.of("jiaochangkou", number)).as("only on its own board").isEmpty();
  }

  static Stream<Arguments> models() {
    return Stream.of(
        Arguments.of("minzulu", "minzulu-council", "yuzhong-six-plus-five", Map.of(
            "catalogueItem", "公共设施建设与维护", "householdsAffected", 40L, "withinCommunityPowers", "true", "contraryToLaw", "false"),
            Map.of("topicSource", "网上", "topicDescription", "晚上出入很黑，老人容易摔倒，联系我 13812345678\n地点：3号楼")),
        Arguments.of("lijing", "lijing-staff", "cangzhou-eight-step", Map.of(),
            Map.of("topicChannel", "网上议事厅", "topicMode", "面对面", "raisedBy", "王小明", "topicLocation", "3号楼")),
        Arguments.of("yangmiao", "yangmiao-staff", "kenli-eight-step", Map.of(),
            Map.of("topicChannel", "网上议事厅", "raisedBy", "王小明", "consultationLevel", "社区")),
        Arguments.of("sannan", "sannan-staff", "haimen-seven-step", Map.of(), Map.of("topicSource", "网上议事厅")),
        Arguments.of("duofuxiang", "duofuxiang-staff", "dongcheng-consultation", Map.of(),
            Map.of("topicCategory", "居民和各类主体提出的协商要求", "topicBackground", "晚上出入很黑，老人容易摔倒，联系我 13812345678\n地点：3号楼")));
  }

  @ParameterizedTest
  @MethodSource("models")
  void anAdmittedTopicStartsTheCommunitysModelWithTheResidentsTopicAndTheChannelOnline(String community, String staff,
      String model, Map<String, Object> staffFills, Map<String, Object> expected) {
    // given
    String number = topics.submit(community, TOPIC);
    ProcessInstance topic = instance(number);

    // when the community's staff admit it and complete the model's start form
    complete(topic, TASK_REVIEW_TOPIC, staff, Map.of("admissionDecision", "admit"));
    assertThat(topic).isWaitingAt(TASK_ENTER_MATTER).variables().containsAllEntriesOf(expected);
    Task enter = task(topic, TASK_ENTER_MATTER);
    assertThat(processEngine.getFormService().getTaskFormData(enter.getId()).getCamundaFormRef().getKey())
        .as("the model's own start form").isEqualTo(processEngine.getFormService().getStartFormData(latest(model))
            .getCamundaFormRef().getKey());
    complete(topic, TASK_ENTER_MATTER, staff, staffFills);

    // then the model runs in the community with the topic, the channel 网上 and the staff member as initiator
    assertThat(topic).isEnded().hasPassed(EVENT_TOPIC_ADMITTED).variables().containsEntry("topicAdmitted", true);
    String matterNumber = (String) history(topic, "admittedMatterNumber");
    HistoricProcessInstance matter = processEngine.getHistoryService().createHistoricProcessInstanceQuery()
        .processInstanceBusinessKey(matterNumber).processDefinitionKey(model).singleResult();
    assertThat(matter.getTenantId()).isEqualTo(community);
    assertThat(matterNumber).startsWith(community.toUpperCase() + "-");
    Map<String, Object> variables = processEngine.getRuntimeService().getVariables(matter.getId());
    assertThat(variables).containsEntry("topic", "3号楼门口路灯不亮").containsEntry("onlineTopicNumber", number)
        .containsEntry("initiator", staff).containsAllEntriesOf(expected).doesNotContainKey("residentContact");
    assertThat(tracking.of(community, number)).get().satisfies(s -> {
      assertThat(s.state()).isEqualTo(TopicStatus.ADMITTED);
      assertThat(s.matterNumber()).isEqualTo(matterNumber);
      assertThat(s.matterStage()).isNotBlank();
    });
  }

  @Test
  void aDeclinedTopicEndsWithItsReasonShownMasked() {
    // given
    String number = topics.submit("minzulu", TOPIC);
    ProcessInstance topic = instance(number);

    // when a decline without a reason is refused, then one with a reason is taken
    assertThatThrownBy(() -> complete(topic, TASK_REVIEW_TOPIC, "minzulu-council", Map.of("admissionDecision", "decline")))
        .hasMessageContaining("请填写“不予立项的理由");
    complete(topic, TASK_REVIEW_TOPIC, "minzulu-council", Map.of("admissionDecision", "decline",
        "declineReason", "路灯属市政管理，已转12345热线；王小明可拨打 13812345678 了解"));

    // then
    assertThat(topic).isEnded().hasPassed(EVENT_TOPIC_DECLINED).variables().containsEntry("topicAdmitted", false);
    assertThat(tracking.of("minzulu", number)).get().satisfies(s -> {
      assertThat(s.state()).isEqualTo(TopicStatus.DECLINED);
      assertThat(s.declineReason()).isEqualTo("路灯属市政管理，已转12345热线；王*明可拨打 138****5678 了解");
    });
  }

  @Test
  void whatTheModelRefusesAtItsStartRollsTheAdmissionBack() {
    // given
    String number = topics.submit("minzulu", TOPIC);
    ProcessInstance topic = instance(number);
    complete(topic, TASK_REVIEW_TOPIC, "minzulu-council", Map.of("admissionDecision", "admit"));

    // when the number of households is beyond what the model accepts (the form sets no maximum)
    assertThatThrownBy(() -> complete(topic, TASK_ENTER_MATTER, "minzulu-council", Map.of(
        "catalogueItem", "公共设施建设与维护", "householdsAffected", 2_000_000L, "withinCommunityPowers", "true", "contraryToLaw", "false")))
        .isInstanceOf(InvalidSubmissionException.class).hasMessageContaining("涉及户数");

    // then nothing was started and the step is still open
    assertThat(topic).isWaitingAt(TASK_ENTER_MATTER);
    assertThat(processEngine.getRuntimeService().createProcessInstanceQuery().variableValueEquals("onlineTopicNumber", number)
        .count()).isZero();
  }

  @Test
  void theBoardsIdentityMayStartOnlineTopicsAndNothingElse() {
    // when the board's identity tries to start a consultation model directly
    processEngine.getIdentityService().setAuthentication(PublicBoardIdentity.USER_ID, java.util.List.of(),
        java.util.List.of("minzulu"));

    // then Camunda's authorization check refuses it
    assertThatThrownBy(() -> processEngine.getRuntimeService().startProcessInstanceByKey("yuzhong-six-plus-five",
        Map.of("communityId", "minzulu"))).isInstanceOf(AuthorizationException.class);
  }

  @Test
  void onlyCommunitiesWhoseModelTakesTopicsTakeThem() {
    assertThat(topics.takesTopics("minzulu")).isTrue();
    assertThat(topics.takesTopics("jiefangbei")).as("a street's board").isFalse();
    assertThat(topics.takesTopics("yuzhong")).as("a district's board").isFalse();
    assertThatThrownBy(() -> topics.submit("jiefangbei", TOPIC)).isInstanceOf(TopicsNotTakenException.class);
    assertThatThrownBy(() -> topics.submit("minzulu", new ResidentTopic("", "", "", "", "")))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("请填写“议题”");
  }

  private ProcessInstance instance(String number) {
    return processEngine.getRuntimeService().createProcessInstanceQuery().processInstanceBusinessKey(number).singleResult();
  }

  private Task task(ProcessInstance topic, String key) {
    return processEngine.getTaskService().createTaskQuery().processInstanceId(topic.getId()).taskDefinitionKey(key).singleResult();
  }

  private void complete(ProcessInstance topic, String key, String user, Map<String, Object> variables) {
    Task task = task(topic, key);
    TestUsers.as(processEngine, user, () -> {
      assertThat(processEngine.getTaskService().createTaskQuery().taskId(task.getId()).taskCandidateUser(user).count())
          .as("%s may do %s", user, key).isEqualTo(1);
      processEngine.getFormService().submitTaskForm(task.getId(), variables);
    });
  }

  private Object history(ProcessInstance topic, String name) {
    return processEngine.getHistoryService().createHistoricVariableInstanceQuery().processInstanceId(topic.getId())
        .variableName(name).singleResult().getValue();
  }

  private String latest(String model) {
    return processEngine.getRepositoryService().createProcessDefinitionQuery().processDefinitionKey(model).latestVersion()
        .singleResult().getId();
  }
}
