package com.civicflow.consultation.yuzhong;

import com.civicflow.consultation.TestUsers;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Date;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;

/**
 * One complete 渝中 "6+5" consultation with plain engine APIs, as the right users (no job executor:
 * due timers are executed here): 提议 → 审议 → 会议通知 → 群议 (five links) → 合议 → 决议 → 公示 →
 * 合法性审核 (not a major matter) → 实施、反馈、评议 (满意). Used by {@code YuzhongSixPlusFiveTest} on H2 and
 * by the lead's PostgresIT on PostgreSQL.
 */
public final class YuzhongFullRun {

  static final ZoneId BEIJING = ZoneId.of("Asia/Shanghai");

  private YuzhongFullRun() {}

  public static void run(ProcessEngine engine) {
    ClockUtil.setCurrentTime(beijing("2026-11-23T09:00"));
    try {
      new YuzhongFullRun.Driver(engine).drive();
    } finally {
      ClockUtil.reset();
      engine.getIdentityService().clearAuthentication();
    }
  }

  static Date beijing(String localDateTime) {
    return Date.from(LocalDateTime.parse(localDateTime).atZone(BEIJING).toInstant());
  }

  private record Driver(ProcessEngine engine) {

    void drive() {
      as("minzulu-council");
      String definition = engine.getRepositoryService().createProcessDefinitionQuery()
          .processDefinitionKey(YuzhongProcess.KEY).latestVersion().singleResult().getId();
      ProcessInstance matter = engine.getFormService().submitStartForm(definition, Map.of(
          "communityId", "minzulu", "topic", "民族路 12 号院楼道堆物清理", "topicDescription", "楼道堆放杂物，存在消防隐患",
          "category", "公益事业", "catalogueItem", "环境卫生整治", "topicSource", "入户走访",
          "householdsAffected", 36, "withinCommunityPowers", "true", "contraryToLaw", "false"));
      String key = matter.getBusinessKey();
      complete(key, YuzhongProcess.TASK_SCREEN_TOPIC, "minzulu-council", Map.of("screeningDecision", "confirm"));
      complete(key, YuzhongProcess.TASK_PLAN_MEETING, "minzulu-council", Map.of(
          "meetingForm", "居民协商议事会议", "meetingTime", "2026-11-26T19:00", "meetingPlace", "社区协商议事室",
          "organiserParticipants", "社区协商议事委员会", "interestedParties", "12 号院居民代表 5 人", "thirdParties", "物业公司"));
      timer(called(matter, "public-notice"), "Timer_NoticePeriod");
      complete(key, YuzhongProcess.TASK_STATEMENT, "minzulu-staff", Map.of("statementMinutes", "网格长陈述堆物现状"));
      complete(key, YuzhongProcess.TASK_QUESTIONS, "minzulu-staff", Map.of("questionsMinutes", "居民询问清理时间"));
      complete(key, YuzhongProcess.TASK_DISCUSSION, "minzulu-staff", Map.of("discussionMinutes", "讨论集中存放点"));
      complete(key, YuzhongProcess.TASK_NEGOTIATION, "minzulu-staff", Map.of("negotiationMinutes", "商定两周内自行清理"));
      complete(key, YuzhongProcess.TASK_CONCLUSION, "minzulu-staff", Map.of("conclusionMinutes", "形成清理方案", "conclusionReached", "true"));
      complete(key, YuzhongProcess.TASK_DELIBERATE, "minzulu-council", Map.of(
          "resultText", "12 月 18 日前清理楼道堆物，物业设集中存放点", "estimatedCost", 2000, "householdsAffected", 36,
          "touchesPropertyRights", "false", "involvesFees", "false", "involvesDemolition", "false",
          "affectsPublicSafety", "false", "consultationLevel", "社区"));
      complete(key, YuzhongProcess.TASK_RECORD_RESOLUTION, "minzulu-staff", Map.of(
          "representativesTotal", 30, "representativesPresent", 24, "votesFor", 20, "votesAgainst", 2, "votesAbstain", 2));
      timer(called(matter, "public-notice"), "Timer_NoticePeriod");
      complete(key, YuzhongProcess.TASK_ASSIGN_IMPLEMENTATION, "minzulu-council", Map.of(
          "responsibleUnit", "unit-jiefangbei-property", "completionDeadline", "2026-12-18T17:00"));
      ProcessInstance implementation = called(matter, "implementation-supervision");
      complete(key, "Task_Implement", "jiefangbei-property", Map.of("implementationReport", "已清理，设存放点"));
      complete(key, "Task_Feedback", "jiefangbei-property", Map.of("feedbackReport", "居民已反馈无新增堆物"));
      complete(key, "Task_RecordEvaluation", "minzulu-staff", Map.of("evaluationResult", "满意", "respondentCount", 18));
      if (engine.getRuntimeService().createProcessInstanceQuery().processInstanceId(implementation.getId()).count() != 0
          || engine.getRuntimeService().createProcessInstanceQuery().processInstanceId(matter.getId()).count() != 0) {
        throw new AssertionError("渝中 6+5 全流程应已办结: " + key);
      }
      Object evaluation = engine.getHistoryService().createHistoricVariableInstanceQuery()
          .processInstanceId(matter.getId()).variableName("evaluationResult").singleResult().getValue();
      if (!"满意".equals(evaluation)) {
        throw new AssertionError("评议结果应为满意，实为 " + evaluation);
      }
    }

    void as(String userId) {
      TestUsers.authenticate(engine, userId);
    }

    void complete(String businessKey, String taskKey, String userId, Map<String, Object> variables) {
      as(userId);
      Task task = engine.getTaskService().createTaskQuery().processInstanceBusinessKey(businessKey)
          .taskDefinitionKey(taskKey).taskCandidateUser(userId).singleResult();
      if (task == null) {
        throw new AssertionError(userId + " 没有待办 " + taskKey + "（" + businessKey + "）");
      }
      engine.getTaskService().claim(task.getId(), userId);
      engine.getTaskService().complete(task.getId(), variables);
      engine.getIdentityService().clearAuthentication();
    }

    ProcessInstance called(ProcessInstance caller, String key) {
      return engine.getRuntimeService().createProcessInstanceQuery().superProcessInstanceId(caller.getId())
          .processDefinitionKey(key).singleResult();
    }

    void timer(ProcessInstance instance, String activityId) {
      Job job = engine.getManagementService().createJobQuery().processInstanceId(instance.getId())
          .activityId(activityId).timers().singleResult();
      ClockUtil.setCurrentTime(new Date(job.getDuedate().getTime() + 1000));
      engine.getManagementService().executeJob(job.getId());
    }
  }
}
