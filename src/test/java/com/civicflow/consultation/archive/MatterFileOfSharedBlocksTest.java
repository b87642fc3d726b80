package com.civicflow.consultation.archive;

import com.civicflow.consultation.TestUsers;
import static org.assertj.core.api.Assertions.assertThat;

import com.civicflow.consultation.ProcessTest;
import com.civicflow.consultation.ProcessTestSupport;
import com.civicflow.consultation.notice.NoticeKind;
import com.civicflow.consultation.notice.Objection;
import com.civicflow.consultation.notice.ObjectionDesk;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Date;
import java.util.Map;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.variable.Variables;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * 一事一档 with the real shared call activities: a matter that records a meeting and its vote, posts its
 * result with an objection, is escalated from the street office to the district for its legality review,
 * and is carried out late, supervised and evaluated. Its file must show every one of those events.
 */
@ProcessTest
class MatterFileOfSharedBlocksTest extends ProcessTestSupport {

  static final String KEY = "test-shared-blocks-matter";

  @Autowired ObjectionDesk desk;
  @Autowired MatterFiles files;

  @Test
  void theFileOfAMatterThroughEverySharedBlockHoldsEveryEvent() throws Exception {
    // given a matter started on Monday 2 March 2026
    deploy();
    ClockUtil.setCurrentTime(at(2026, 3, 2, 9, 0));
    ProcessInstance matter = processEngine.getRuntimeService().startProcessInstanceByKey(KEY, Variables.createVariables()
        .putValue("communityId", "minzulu").putValue("topic", "老旧小区增设停车位")
        .putValue("noticeTitle", "增设停车位方案公示").putValue("noticeBody", "在3号楼北侧划线增设12个车位")
        .putValue("noticeKind", NoticeKind.RESULT.label()).putValue("resultText", "划线增设12个车位，按月收取管理费")
        .putValue("involvesFees", true).putValue("category", "公益事业")
        .putValue("responsibleUnit", "unit-jiefangbei-property").putValue("completionDeadline", "workdays:5"));

    // when the meeting is recorded with its vote
    as("minzulu-staff", () -> complete(matter, "Task_RecordMeeting", Map.of(
        "meetingMinutes", "陈述：车位不足；询问；讨论；协商；结论：划线增设车位", "voteTally", "同意 31，反对 2", "votesFor", 31L)));
    // and the result is posted, a resident objects, the committee dismisses it and the period ends
    ProcessInstance notice = called(matter, "public-notice");
    desk.lodge("minzulu", (String) processEngine.getRuntimeService().getVariable(notice.getId(), "noticeId"),
        new Objection("赵阿姨", "13900000000", "车位收费标准过高"));
    as("minzulu-staff", () -> complete(notice, "Task_HandleObjection",
        Map.of("objectionDecision", "dismissed", "objectionReply", "收费标准已经居民代表会议表决")));
    fire(notice, "Timer_NoticePeriod");
    // and the street office stays silent, so the district reviews the legality
    ProcessInstance review = called(matter, "legality-review");
    fire(review, "Timer_StreetDeadline");
    as("yuzhong-civil", () -> complete(review, "Task_DistrictReview",
        Map.of("legalReviewOutcome", "lawful", "legalOpinion", "收费经表决，符合物业管理条例")));
    // and the property company misses its deadline, is supervised, then reports, and residents are satisfied
    ProcessInstance implementation = called(matter, "implementation-supervision");
    fire(implementation, "Timer_CompletionOverdue");
    as("jiefangbei-office", () -> complete(implementation, "Task_SuperviseImplementation",
        Map.of("supervisionNote", "已电话督办，物业承诺三日内完成")));
    as("jiefangbei-property", () -> complete(implementation, "Task_Implement", Map.of("implementationReport", "12个车位已划线")));
    as("jiefangbei-property", () -> complete(implementation, "Task_Feedback", Map.of("feedbackReport", "已向居民反馈")));
    as("minzulu-staff", () -> complete(implementation, "Task_RecordEvaluation",
        Map.of("evaluationResult", "满意", "respondentCount", 40L, "evaluationComments", "停车方便了")));

    // then the matter ended and its filing job files it
    assertThat(processEngine.getHistoryService().createHistoricProcessInstanceQuery().processInstanceId(matter.getId())
        .singleResult().getState()).isEqualTo("COMPLETED");
    Job filing = processEngine.getManagementService().createJobQuery().processInstanceId(matter.getId()).singleResult();
    processEngine.getManagementService().executeJob(filing.getId());
    JsonNode file = new ObjectMapper().readTree(files.byMatterNumber(matter.getBusinessKey()).orElseThrow().json());
    String all = file.toString();

    assertThat(file.get("topic").asText()).isEqualTo("老旧小区增设停车位");
    assertThat(file.get("processes")).extracting(p -> p.get("key").asText())
        .contains(KEY, "public-notice", "legality-review", "implementation-supervision");
    assertThat(file.get("minutes").toString()).contains("结论：划线增设车位");
    assertThat(file.get("votes").toString()).contains("同意 31");
    JsonNode objection = file.get("notices").get(0).get("objections").get(0);
    assertThat(objection.get("objectionReason").asText()).isEqualTo("车位收费标准过高");
    assertThat(objection.get("objectionReply").asText()).isEqualTo("收费标准已经居民代表会议表决");
    assertThat(file.get("legalReview").toString()).contains("收费经表决，符合物业管理条例", "lawful")
        .contains("解放碑街道", "渝中区");
    assertThat(all).contains("yuzhong-civil"); // the reviewer
    assertThat(file.get("overdueEpisodes")).isNotEmpty();
    assertThat(file.get("overdueEpisodes").get(0).get("endedAt").asText()).isNotEmpty();
    assertThat(file.get("implementation").toString()).contains("12个车位已划线", "已向居民反馈");
    assertThat(all).contains("已电话督办，物业承诺三日内完成");
    assertThat(file.get("evaluation").toString()).contains("满意", "停车方便了");
    assertThat(MatterFileTest.step(file, "Task_Implement").get("completedBy").asText()).isEqualTo("jiefangbei-property");
  }

  private void deploy() {
    if (processEngine.getRepositoryService().createProcessDefinitionQuery().processDefinitionKey(KEY).count() > 0) {
      return;
    }
    BpmnModelInstance model = Bpmn.createExecutableProcess(KEY).name("共用环节测试事项").camundaHistoryTimeToLive(1)
        .startEvent("Event_Start")
        .userTask("Task_RecordMeeting").name("召开议事协商会议").camundaCandidateGroups("committee-staff")
        .callActivity("Call_Notice").calledElement("public-notice")
        .camundaIn("noticeTitle", "noticeTitle").camundaIn("noticeBody", "noticeBody").camundaIn("noticeKind", "noticeKind")
        .camundaOut("objectionUpheld", "objectionUpheld")
        .callActivity("Call_LegalReview").calledElement("legality-review")
        .camundaIn("topic", "topic").camundaIn("resultText", "resultText").camundaIn("category", "category")
        .camundaIn("involvesFees", "involvesFees")
        .camundaOut("legalReviewOutcome", "legalReviewOutcome")
        .callActivity("Call_Implementation").calledElement("implementation-supervision")
        .camundaIn("topic", "topic").camundaIn("resultText", "resultText")
        .camundaIn("responsibleUnit", "responsibleUnit").camundaIn("completionDeadline", "completionDeadline")
        .camundaOut("evaluationResult", "evaluationResult")
        .endEvent("Event_End")
        .done();
    processEngine.getRepositoryService().createDeployment().addModelInstance(KEY + ".bpmn", model).deploy();
  }

  private ProcessInstance called(ProcessInstance matter, String key) {
    return processEngine.getRuntimeService().createProcessInstanceQuery().superProcessInstanceId(matter.getId())
        .processDefinitionKey(key).singleResult();
  }

  private void complete(ProcessInstance instance, String taskKey, Map<String, Object> variables) {
    Task task = processEngine.getTaskService().createTaskQuery().processInstanceId(instance.getId())
        .taskDefinitionKey(taskKey).singleResult();
    assertThat(task).as("task %s", taskKey).isNotNull();
    processEngine.getTaskService().complete(task.getId(), variables);
  }

  /** Moves the clock past the timer's due date and fires it, as the job executor would. */
  private void fire(ProcessInstance instance, String timerActivityId) {
    Job timer = processEngine.getManagementService().createJobQuery().processInstanceId(instance.getId())
        .activityId(timerActivityId).singleResult();
    assertThat(timer).as("timer %s", timerActivityId).isNotNull();
    ClockUtil.setCurrentTime(new Date(timer.getDuedate().getTime() + 60_000));
    processEngine.getManagementService().executeJob(timer.getId());
  }

  private void as(String userId, Runnable action) {
    TestUsers.as(processEngine, userId, action);
  }

  private static Date at(int year, int month, int day, int hour, int minute) {
    return Date.from(LocalDateTime.of(year, month, day, hour, minute).atZone(ZoneId.of("Asia/Shanghai")).toInstant());
  }
}
