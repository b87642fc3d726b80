package com.civicflow.consultation.archive;

import com.civicflow.consultation.TestUsers;
import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import com.civicflow.consultation.ProcessTest;
import com.civicflow.consultation.ProcessTestSupport;
import com.civicflow.consultation.notice.NoticeKind;
import com.civicflow.consultation.notice.Objection;
import com.civicflow.consultation.notice.ObjectionDesk;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.Map;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.runtime.Incident;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.variable.Variables;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** 一事一档: a matter that produces every kind of event; its file must hold each of them. */
@ProcessTest
class MatterFileTest extends ProcessTestSupport {

  static final String KEY = "matter-file-test";

  @Autowired
  ObjectionDesk desk;
  @Autowired
  MatterFiles files;

  @BeforeEach
  void deployTestMatter() {
    if (processEngine.getRepositoryService().createProcessDefinitionQuery().processDefinitionKey(KEY).count() == 0) {
      processEngine.getRepositoryService().createDeployment().addClasspathResource("bpmn/matter-file-test.bpmn").deploy();
    }
  }

  @Test
  void fileOfAFullRunHoldsEveryEvent() throws Exception {
    // given a matter run through every kind of step
    ProcessInstance matter = runFullMatter("minzulu");

    // when it ends, a filing job is queued (nothing filed yet) and the job files it
    assertThat(matter).isEnded();
    assertThat(files.isFiled(matter.getId())).isFalse();
    Job filing = processEngine.getManagementService().createJobQuery().processInstanceId(matter.getId()).singleResult();
    processEngine.getManagementService().executeJob(filing.getId());

    // then
    JsonNode file = new ObjectMapper().readTree(files.byMatterNumber(matter.getBusinessKey()).orElseThrow().json());
    assertThat(file.get("matterNumber").asText()).isEqualTo(matter.getBusinessKey());
    assertThat(file.get("topic").asText()).isEqualTo("小区停车难");
    assertThat(file.get("processes")).hasSize(2);
    assertThat(file.get("processes").get(1).get("key").asText()).isEqualTo("public-notice");

    JsonNode meeting = step(file, "Task_RecordMeeting");
    assertThat(meeting.get("assignee").asText()).isEqualTo("minzulu-staff");
    assertThat(meeting.get("completedBy").asText()).isEqualTo("minzulu-staff");
    assertThat(meeting.get("startedAt").asText()).isNotEmpty();
    assertThat(meeting.get("formData").get("meetingMinutes").asText()).contains("陈述");
    assertThat(step(file, "Task_ReviewLegality").get("completedBy").asText()).isEqualTo("jiefangbei-office");

    assertThat(file.get("minutes").get(0).get("value").asText()).contains("陈述");
    assertThat(file.get("minutes").get(0).get("by").asText()).isEqualTo("minzulu-staff");
    assertThat(file.get("votes").toString()).contains("voteTally", "同意 25", "votesFor");

    JsonNode notice = file.get("notices").get(0);
    assertThat(notice.get("noticeTitle").asText()).isEqualTo("停车方案公示");
    assertThat(notice.get("objectionCount").asLong()).isEqualTo(1);
    JsonNode objection = notice.get("objections").get(0);
    assertThat(objection.get("objectorName").asText()).isEqualTo("李大爷");
    assertThat(objection.get("objectionReason").asText()).isEqualTo("占用消防通道");
    assertThat(objection.get("objectionDecision").asText()).isEqualTo("dismissed");
    assertThat(objection.get("objectionReply").asText()).isEqualTo("经核实未占用");
    assertThat(objection.get("handledBy").asText()).isEqualTo("minzulu-staff");

    assertThat(file.get("legalReview").toString()).contains("lawful", "符合法律法规", "legalReviewEscalations");
    assertThat(file.get("implementation").toString()).contains("已完成划线", "居民满意");
    JsonNode overdue = file.get("overdueEpisodes").get(0);
    assertThat(overdue.get("message").asText()).isEqualTo("办结时限已过");
    assertThat(overdue.get("startedAt").asText()).isNotEmpty();
    assertThat(overdue.get("endedAt").asText()).isNotEmpty();
    assertThat(file.get("evaluation").toString()).contains("满意");
    assertThat(file.get("variables").get(matter.getId()).get("communityId").asText()).isEqualTo("minzulu");
    assertThat(file.get("labels").get("objectionReply").asText()).startsWith("答复意见");
    assertThat(file.get("people").get("minzulu-staff").asText()).startsWith("王芳");
    assertThat(file.get("labels").get("legalOpinion").asText()).isEqualTo("法律意见");
  }

  @Test
  void cancelledMatterIsFiledToo() {
    // given
    ProcessInstance matter = processEngine.getRuntimeService().startProcessInstanceByKey(KEY,
        Variables.createVariables().putValue("communityId", "minzulu").putValue("topic", "撤回的议题"));

    // when
    processEngine.getRuntimeService().deleteProcessInstance(matter.getId(), "发起人撤回", true); // as Cockpit: skip custom listeners
    Job filing = processEngine.getManagementService().createJobQuery().processInstanceId(matter.getId()).singleResult();
    processEngine.getManagementService().executeJob(filing.getId());

    // then
    assertThat(files.byMatterNumber(matter.getBusinessKey()).orElseThrow().json()).contains("发起人撤回", "撤回的议题");
  }

  @Test
  void failingFilingIsRetriedThenRaisesAnIncident() {
    // given a matter that ends, and whose history is gone before the filing job runs
    ProcessInstance matter = processEngine.getRuntimeService().startProcessInstanceByKey(KEY,
        Variables.createVariables().putValue("communityId", "minzulu").putValue("topic", "历史缺失"));
    processEngine.getRuntimeService().deleteProcessInstance(matter.getId(), "测试");
    processEngine.getHistoryService().deleteHistoricProcessInstance(matter.getId());
    var management = processEngine.getManagementService();
    Job filing = management.createJobQuery().processInstanceId(matter.getId()).singleResult();

    // when the job executor tries three times
    for (int attempt = 0; attempt < 3; attempt++) {
      try {
        management.executeJob(filing.getId());
      } catch (RuntimeException expected) {
        // the job keeps its failure and one retry less
      }
    }

    // then the job is left for an administrator to retry, with an incident in Cockpit
    assertThat(management.createJobQuery().jobId(filing.getId()).singleResult().getRetries()).isZero();
    assertThat(processEngine.getRuntimeService().createIncidentQuery().incidentType("failedJob")
        .configuration(filing.getId()).count()).isEqualTo(1);
    assertThat(files.isFiled(matter.getId())).isFalse();
  }

  @Test
  void calledProcessesQueueNoFilingOfTheirOwn() {
    // given / when
    ProcessInstance matter = runFullMatter("minzulu");

    // then one filing job for the matter, none for the notice it called
    HistoricProcessInstance notice = processEngine.getHistoryService().createHistoricProcessInstanceQuery()
        .superProcessInstanceId(matter.getId()).singleResult();
    assertThat(processEngine.getManagementService().createJobQuery().processInstanceId(notice.getId()).count()).isZero();
    assertThat(processEngine.getManagementService().createJobQuery().processInstanceId(matter.getId()).count()).isEqualTo(1);
  }

  /** Runs the test matter to its end, as the people who do each step; returns the ended instance. */
  ProcessInstance runFullMatter(String community) {
    var runtime = processEngine.getRuntimeService();
    ProcessInstance matter = runtime.startProcessInstanceByKey(KEY, Variables.createVariables()
        .putValue("communityId", community).putValue("topic", "小区停车难")
        .putValue("noticeTitle", "停车方案公示").putValue("noticeBody", "方案全文……")
        .putValue("noticeKind", NoticeKind.RESULT.label()).putValue("noticePeriodDays", 5L));
    as("minzulu-staff", () -> {
      Task meeting = task(matter, "Task_RecordMeeting");
      processEngine.getTaskService().claim(meeting.getId(), "minzulu-staff");
      processEngine.getTaskService().complete(meeting.getId(), Map.of(
          "meetingMinutes", "陈述：停车位不足；询问；讨论；协商；结论：划线增加车位",
          "voteTally", "同意 25，反对 3，弃权 2", "votesFor", 25L));
    });
    ProcessInstance notice = runtime.createProcessInstanceQuery().superProcessInstanceId(matter.getId()).singleResult();
    String noticeId = (String) runtime.getVariable(notice.getId(), "noticeId");
    desk.lodge(community, noticeId, new Objection("李大爷", "13800000000", "占用消防通道"));
    as("minzulu-staff", () -> processEngine.getTaskService().complete(task(notice, "Task_HandleObjection").getId(),
        Map.of("objectionDecision", "dismissed", "objectionReply", "经核实未占用")));
    Job period = processEngine.getManagementService().createJobQuery().processInstanceId(notice.getId()).timers().singleResult();
    processEngine.getManagementService().executeJob(period.getId());
    as("jiefangbei-office", () -> processEngine.getTaskService().complete(task(matter, "Task_ReviewLegality").getId(), Map.of(
        "legalReviewOutcome", "lawful", "legalOpinion", "符合法律法规",
        "legalReviewEscalations", 0L)));
    Task implement = task(matter, "Task_Implement");
    Incident overdue = runtime.createIncident("overdue", implement.getExecutionId(), "completionDeadline", "办结时限已过");
    runtime.resolveIncident(overdue.getId());
    as("minzulu-staff", () -> processEngine.getTaskService().complete(implement.getId(), Map.of(
        "implementationReport", "已完成划线", "feedbackReport", "居民满意，已反馈")));
    as("minzulu-staff", () -> processEngine.getTaskService().complete(task(matter, "Task_Evaluate").getId(), Map.of(
        "evaluationResult", "满意", "respondentCount", 30L)));
    return matter;
  }

  Task task(ProcessInstance instance, String key) {
    return processEngine.getTaskService().createTaskQuery().processInstanceId(instance.getId()).taskDefinitionKey(key).singleResult();
  }

  void as(String userId, Runnable action) {
    TestUsers.as(processEngine, userId, action);
  }

  static JsonNode step(JsonNode file, String activityId) {
    for (JsonNode step : file.get("steps")) {
      if (activityId.equals(step.get("activityId").asText())) {
        return step;
      }
    }
    throw new AssertionError("no step " + activityId);
  }
}
