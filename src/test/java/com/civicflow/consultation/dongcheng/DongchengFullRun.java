package com.civicflow.consultation.dongcheng;

import com.civicflow.consultation.TestUsers;
import static com.civicflow.consultation.dongcheng.DongchengConsultation.*;

import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;

/**
 * One complete 东城区 consultation with plain engine APIs (no job executor): 多福巷社区 raises a topic,
 * fixes it, posts the meeting notice, discusses, reaches consensus, carries the result out through
 * implementation-supervision, publishes it, is evaluated and rates the street and the department. Each
 * step is done by the demo user who would do it in Tasklist. Used by {@code DongchengConsultationTest}
 * and by PostgresIT.
 */
public final class DongchengFullRun {

  private DongchengFullRun() {}

  public static void run(ProcessEngine engine) {
    ClockUtil.setCurrentTime(Date.from(LocalDateTime.of(2026, 3, 2, 9, 0).atZone(ZoneId.of("Asia/Shanghai")).toInstant()));
    try {
      new DongchengFullRun.Run(engine).drive();
    } finally {
      ClockUtil.reset();
    }
  }

  private record Run(ProcessEngine engine) {

    void drive() {
      engine.getIdentityService().setAuthentication("duofuxiang-staff", groups("duofuxiang-staff"), tenants("duofuxiang-staff"));
      ProcessInstance matter;
      try {
        matter = engine.getRuntimeService().startProcessInstanceByKey(PROCESS_KEY, Map.of(
            "communityId", "duofuxiang", "topic", "多福巷12号院楼道堆物清理", "topicCategory", "公共事务和公益事业"));
      } finally {
        engine.getIdentityService().clearAuthentication();
      }
      String id = matter.getId();
      completeAs("duofuxiang-staff", id, TASK_FIX_TOPIC, Map.of("handling", "社区协商", "consultationLayer", "楼栋",
          "consultationForm", "楼院理事会", "meetingHost", "社区社会工作者刘洋", "meetingTime", "2026-03-12T19:00",
          "meetingPlace", "社区议事厅", "selectionMethod", "主动邀请", "participantCandidates", "12号院居民代表\n物业公司"));
      runTimers(calledBy(id));
      completeAs("duofuxiang-staff", id, TASK_HOLD_DISCUSSION, Map.of("hostNeutral", true, "discussionMinutes", "各方同意限期清理"));
      completeAs("duofuxiang-staff", id, TASK_DELIBERATE, Map.of("deliberationOutcome", "达成共识",
          "resultText", "物业公司两周内清理楼道堆物，居民自行搬离个人物品", "estimatedCost", 2000L, "householdsAffected", 24L));
      completeAs("duofuxiang-staff", id, TASK_PLAN_IMPLEMENTATION, Map.of("implementationMode", "委托社会力量",
          "fundingSource", "社区公益金", "responsibleUnit", "unit-donghuamen-property", "completionDeadline", "workdays:10"));
      String implementation = calledBy(id);
      completeAs("donghuamen-property", implementation, "Task_Implement", Map.of("implementationReport", "已清理 6 个楼道"));
      completeAs("donghuamen-property", implementation, "Task_Feedback", Map.of("feedbackReport", "居民反映良好"));
      completeAs("duofuxiang-staff", implementation, "Task_RecordEvaluation", Map.of("evaluationResult", "满意", "respondentCount", 18L));
      completeAs("duofuxiang-staff", id, TASK_TRACK_IMPLEMENTATION, Map.of("trackingOutcome", "已落实"));
      runTimers(calledBy(id));
      completeAs("duofuxiang-staff", id, TASK_SUPERVISION_GROUP, Map.of("supervisionGroupMembers", "王大爷、李阿姨",
          "supervisionGroupOpinion", "过程公开", "supervisionGroupSignedOff", true));
      completeAs("donghuamen-office", id, TASK_THIRD_PARTY_EVALUATION, Map.of("thirdPartyEvaluator", "东城社会工作评估中心",
          "thirdPartyEvaluation", "成果落实到位"));
      completeAs("duofuxiang-staff", id, TASK_RATE, Map.of("departmentFeedback", "街道协调物业及时", "ratedDepartment",
          "东城区住房和城市建设委员会", "streetRating", "5", "departmentRating", "4"));
      ProcessInstance running = engine.getRuntimeService().createProcessInstanceQuery().processInstanceId(id).singleResult();
      var ended = engine.getHistoryService().createHistoricActivityInstanceQuery().processInstanceId(id)
          .activityId(EVENT_CONSULTATION_CLOSED).count();
      if (running != null || ended != 1) {
        throw new AssertionError("东城区协商未按预期办结: " + id);
      }
    }

    private void completeAs(String userId, String processInstanceId, String taskKey, Map<String, Object> variables) {
      Task task = engine.getTaskService().createTaskQuery().processInstanceId(processInstanceId)
          .taskDefinitionKey(taskKey).singleResult();
      if (task == null) {
        throw new AssertionError("没有待办任务 " + taskKey + "（" + processInstanceId + "）");
      }
      IdentityService identity = engine.getIdentityService();
      identity.setAuthentication(userId, groups(userId), tenants(userId));
      try {
        engine.getTaskService().complete(task.getId(), variables);
      } finally {
        identity.clearAuthentication();
      }
    }

    /** The notice's period ends: run its due timer (moves the clock past it, then back). */
    private void runTimers(String processInstanceId) {
      Job timer = engine.getManagementService().createJobQuery().processInstanceId(processInstanceId).timers().singleResult();
      Date now = ClockUtil.getCurrentTime();
      ClockUtil.setCurrentTime(new Date(timer.getDuedate().getTime() + 1000));
      engine.getManagementService().executeJob(timer.getId());
      ClockUtil.setCurrentTime(now);
    }

    private String calledBy(String processInstanceId) {
      return engine.getRuntimeService().createProcessInstanceQuery().superProcessInstanceId(processInstanceId)
          .singleResult().getId();
    }

    private List<String> groups(String userId) {
      return TestUsers.groups(engine, userId);
    }

    private List<String> tenants(String userId) {
      return TestUsers.tenants(engine, userId);
    }
  }
}
