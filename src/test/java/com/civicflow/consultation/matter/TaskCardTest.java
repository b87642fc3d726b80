package com.civicflow.consultation.matter;

import static org.assertj.core.api.Assertions.assertThat;

import com.civicflow.consultation.ProcessTest;
import com.civicflow.consultation.ProcessTestSupport;
import com.civicflow.consultation.TestProcesses;
import com.civicflow.consultation.haimen.CouncilGroups;
import com.civicflow.consultation.haimen.SevenStep;
import java.util.LinkedHashMap;
import java.util.Map;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.variable.Variables;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The task cards: every task carries its own copies of 事项编号, 社区, 议题, 环节, kept current while it is open, never in
 * the history; a form that edits the topic changes the matter's topic.
 */
@ProcessTest
class TaskCardTest extends ProcessTestSupport {

  static final String PARALLEL = "test-parallel-tasks";

  @Autowired TaskCardBackfill backfill;

  @AfterEach
  void noCouncilLeft() {
    processEngine.getIdentityService().deleteGroup(CouncilGroups.groupId("sannan"));
  }

  @Test
  void aNewTaskCarriesTheMattersFourValues() {
    // given
    TestProcesses.deploy(processEngine, TestProcesses.oneTask());

    // when
    String pi = processEngine.getRuntimeService().startProcessInstanceByKey(TestProcesses.ONE_TASK,
        Variables.putValue("communityId", "minzulu").putValue("topic", "加装电梯").putValue("stage", "提议")).getId();

    // then
    Task task = taskOf(pi, TestProcesses.TASK);
    String number = processEngine.getRuntimeService().getVariable(pi, "matterNumber").toString();
    assertThat(number).startsWith("MINZULU-");
    assertThat(card(task)).containsExactly(Map.entry("cardMatterNumber", number),
        Map.entry("cardCommunityName", "民族路社区"), Map.entry("cardTopic", "加装电梯"), Map.entry("cardStage", "提议"));
  }

  @Test
  void aCalledProcessesTaskShowsTheCallingMattersTopicWhenItHasNone() {
    // given a matter that calls a process which gets no topic of its own (as a notice's objection handling)
    TestProcesses.deploy(processEngine, TestProcesses.oneTask(), TestProcesses.caller());

    // when
    String caller = processEngine.getRuntimeService().startProcessInstanceByKey(TestProcesses.CALLER,
        Variables.putValue("communityId", "minzulu").putValue("topic", "加装电梯")).getId();

    // then
    Task called = processEngine.getTaskService().createTaskQuery().taskDefinitionKey(TestProcesses.TASK)
        .processInstanceBusinessKey(processEngine.getRuntimeService().createProcessInstanceQuery()
            .processInstanceId(caller).singleResult().getBusinessKey()).singleResult();
    assertThat(card(called)).containsEntry("cardTopic", "加装电梯").containsEntry("cardCommunityName", "民族路社区");
  }

  @Test
  void anOpenTasksCardFollowsTheStageAndTopicWhileTheMatterMovesOn() {
    // given two parallel tasks
    TestProcesses.deploy(processEngine, parallelTasks());
    String pi = processEngine.getRuntimeService().startProcessInstanceByKey(PARALLEL,
        Variables.putValue("communityId", "minzulu").putValue("topic", "加装电梯").putValue("stage", "提议")).getId();
    Task waiting = taskOf(pi, "Task_B");

    // when the other branch moves the matter to its next stage
    processEngine.getTaskService().complete(taskOf(pi, "Task_A").getId());

    // then the open task's card says so
    assertThat(card(waiting)).containsEntry("cardStage", "审议").containsEntry("cardTopic", "加装电梯");

    // and a topic changed through the API shows too
    processEngine.getRuntimeService().setVariable(pi, "topic", "老旧小区加装电梯");
    assertThat(card(waiting)).containsEntry("cardTopic", "老旧小区加装电梯");
  }

  @Test
  void aFormThatEditsTheTopicChangesTheMattersTopicAndTheNextCards() {
    // given 海门's 确定议题并审议, whose form edits the topic, with its card
    ProcessInstance pi = processEngine.getRuntimeService().startProcessInstanceByKey(SevenStep.KEY,
        Variables.putValue("communityId", "sannan").putValue("topic", "楼道堆物清理").putValue("topicSource", "网格员上报")
            .putValue("topicDescription", "楼道堆放杂物，存在消防隐患"));
    processEngine.getTaskService().complete(taskOf(pi.getId(), SevenStep.TASK_SURVEY_NEEDS).getId(), Map.of(
        "surveyMethod", "问卷调查", "householdsReached", 40, "householdsAffected", 10, "surveyFindings", "多数住户要求清理"));
    Task review = taskOf(pi.getId(), SevenStep.TASK_REVIEW_TOPIC);
    assertThat(card(review)).containsEntry("cardTopic", "楼道堆物清理");

    // when the form is submitted as Tasklist submits it, with a new topic
    Map<String, Object> form = new LinkedHashMap<>(Map.of("topic", "楼道堆物清理及电动车停放", "topicCategory", "公共事务",
        "topicContested", false, "nonStandingMembers", "陆教授（社会工作）", "resultText", "统一清理楼道杂物，设置临时堆放点",
        "reviewMinutes", "同意"));
    processEngine.getFormService().submitTaskForm(review.getId(), form);

    // then the matter's topic changed, and the next task's card shows it
    assertThat(processEngine.getRuntimeService().getVariable(pi.getId(), "topic")).isEqualTo("楼道堆物清理及电动车停放");
    Task vote = taskOf(pi.getId(), SevenStep.TASK_VOTE);
    assertThat(card(vote)).containsEntry("cardTopic", "楼道堆物清理及电动车停放")
        .containsEntry("cardStage", processEngine.getRuntimeService().getVariable(pi.getId(), "stage"));
  }

  @Test
  void theCopiesAreNoHistory() {
    // given
    TestProcesses.deploy(processEngine, TestProcesses.oneTask());
    String pi = processEngine.getRuntimeService().startProcessInstanceByKey(TestProcesses.ONE_TASK,
        Variables.putValue("communityId", "minzulu").putValue("topic", "加装电梯")).getId();
    processEngine.getRuntimeService().setVariable(pi, "topic", "老旧小区加装电梯");

    // when
    processEngine.getTaskService().complete(taskOf(pi, TestProcesses.TASK).getId());

    // then the matter's variables are in the history, the copies are not
    var history = processEngine.getHistoryService();
    assertThat(history.createHistoricVariableInstanceQuery().processInstanceId(pi).variableName("topic").count()).isOne();
    assertThat(history.createHistoricVariableInstanceQuery().processInstanceId(pi).variableNameLike("card%").count()).isZero();
    assertThat(history.createHistoricDetailQuery().processInstanceId(pi).variableUpdates().list())
        .extracting(d -> ((org.camunda.bpm.engine.history.HistoricVariableUpdate) d).getVariableName())
        .contains("topic").noneMatch(TaskCard::isCopy);
  }

  @Test
  void tasksFromBeforeTheCardsGetThemAtStartUp() {
    // given a task without a card, as in a database of an earlier version
    TestProcesses.deploy(processEngine, TestProcesses.oneTask());
    String pi = processEngine.getRuntimeService().startProcessInstanceByKey(TestProcesses.ONE_TASK,
        Variables.putValue("communityId", "jiaochangkou").putValue("topic", "停车位")).getId();
    Task task = taskOf(pi, TestProcesses.TASK);
    processEngine.getTaskService().removeVariablesLocal(task.getId(), TaskCard.COPIES.values().stream()
        .map(ProcessVariable::name).toList());
    assertThat(card(task)).isEmpty();

    // when
    backfill.run();
    backfill.run();

    // then
    assertThat(card(task)).containsEntry("cardTopic", "停车位").containsEntry("cardCommunityName", "较场口社区");
  }

  /** start → A and B in parallel; after A the matter moves to 审议. */
  static BpmnModelInstance parallelTasks() {
    return Bpmn.createExecutableProcess(PARALLEL).camundaHistoryTimeToLive(1)
        .startEvent()
        .parallelGateway("Gateway_Fork")
        .userTask("Task_A").name("A").camundaCandidateGroups("committee-staff")
        .serviceTask("Task_NextStage").camundaExpression("${execution.setVariable('stage', '审议')}")
        .endEvent()
        .moveToNode("Gateway_Fork")
        .userTask("Task_B").name("B").camundaCandidateGroups("consultation-council")
        .endEvent()
        .done();
  }

  private Task taskOf(String processInstanceId, String key) {
    return processEngine.getTaskService().createTaskQuery().processInstanceId(processInstanceId)
        .taskDefinitionKey(key).singleResult();
  }

  /** The task's own variables that are card copies, in the card's order. */
  private Map<String, Object> card(Task task) {
    Map<String, Object> local = processEngine.getTaskService().getVariablesLocal(task.getId());
    Map<String, Object> card = new LinkedHashMap<>();
    TaskCard.FIELDS.forEach(f -> {
      if (local.containsKey(f.variable().name())) {
        card.put(f.variable().name(), local.get(f.variable().name()));
      }
    });
    return card;
  }
}
