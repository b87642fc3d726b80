package com.civicflow.consultation.dongcheng;

import static com.civicflow.consultation.dongcheng.DongchengConsultation.*;

import com.civicflow.consultation.drive.EngineSteps;
import com.civicflow.consultation.drive.Steps;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;

/**
 * One complete 东城区 consultation: 多福巷社区 raises a topic, fixes it, posts the meeting notice, discusses, reaches
 * consensus, carries the result out through implementation-supervision, publishes it, is evaluated and rates the
 * street and the department. Each step is done by the demo user who would do it in Tasklist. Run in the test
 * thread by {@code DongchengConsultationTest} and through REST with the job executor by PostgresIT.
 */
public final class DongchengFullRun {

  private DongchengFullRun() {}

  public static void run(ProcessEngine engine) {
    run(new EngineSteps(engine));
  }

  /** Runs the consultation; returns its matter number. */
  public static String run(Steps steps) {
    ClockUtil.setCurrentTime(Steps.beijing("2026-03-02T09:00"));
    try {
      return drive(steps);
    } finally {
      steps.reset();
    }
  }

  private static String drive(Steps steps) {
    ProcessInstance matter = steps.start("duofuxiang-staff", PROCESS_KEY, Map.of(
        "communityId", "duofuxiang", "topic", "多福巷12号院楼道堆物清理", "topicCategory", "公共事务和公益事业"));
    String key = matter.getBusinessKey();
    steps.complete("duofuxiang-staff", key, TASK_FIX_TOPIC, Map.of("handling", "社区协商", "consultationLayer", "楼栋",
        "consultationForm", "楼院理事会", "meetingHost", "社区社会工作者刘洋", "meetingTime", "2026-03-12T19:00",
        "meetingPlace", "社区议事厅", "selectionMethod", "主动邀请", "participantCandidates", "12号院居民代表\n物业公司"));
    passNoticePeriod(steps, key);
    steps.complete("duofuxiang-staff", key, TASK_HOLD_DISCUSSION, Map.of("hostNeutral", true, "discussionMinutes", "各方同意限期清理"));
    steps.complete("duofuxiang-staff", key, TASK_DELIBERATE, Map.of("deliberationOutcome", "达成共识",
        "resultText", "物业公司两周内清理楼道堆物，居民自行搬离个人物品", "estimatedCost", 2000L, "householdsAffected", 24L));
    steps.complete("duofuxiang-staff", key, TASK_PLAN_IMPLEMENTATION, Map.of("implementationMode", "委托社会力量",
        "fundingSource", "社区公益金", "responsibleUnit", "unit-donghuamen-property", "completionDeadline", "workdays:10"));
    steps.complete("donghuamen-property", key, "Task_Implement", Map.of("implementationReport", "已清理 6 个楼道"));
    steps.complete("donghuamen-property", key, "Task_Feedback", Map.of("feedbackReport", "居民反映良好"));
    steps.complete("duofuxiang-staff", key, "Task_RecordEvaluation", Map.of("evaluationResult", "满意", "respondentCount", 18L));
    steps.complete("duofuxiang-staff", key, TASK_TRACK_IMPLEMENTATION, Map.of("trackingOutcome", "已落实"));
    passNoticePeriod(steps, key);
    steps.complete("duofuxiang-staff", key, TASK_SUPERVISION_GROUP, Map.of("supervisionGroupMembers", "王大爷、李阿姨",
        "supervisionGroupOpinion", "过程公开", "supervisionGroupSignedOff", true));
    steps.complete("donghuamen-office", key, TASK_THIRD_PARTY_EVALUATION, Map.of("thirdPartyEvaluator", "东城社会工作评估中心",
        "thirdPartyEvaluation", "成果落实到位"));
    steps.complete("duofuxiang-staff", key, TASK_RATE, Map.of("departmentFeedback", "街道协调物业及时", "ratedDepartment",
        "东城区住房和城市建设委员会", "streetRating", "5", "departmentRating", "4"));
    ProcessEngine engine = steps.engine();
    long running = engine.getRuntimeService().createProcessInstanceQuery().processInstanceId(matter.getId()).count();
    long ended = engine.getHistoryService().createHistoricActivityInstanceQuery().processInstanceId(matter.getId())
        .activityId(EVENT_CONSULTATION_CLOSED).count();
    if (running != 0 || ended != 1) {
      throw new AssertionError("东城区协商未按预期办结: " + key);
    }
    return key;
  }

  /** The notice's period runs out (the clock goes past its timer), then the clock goes back to where it was. */
  private static void passNoticePeriod(Steps steps, String key) {
    java.util.Date now = ClockUtil.getCurrentTime();
    steps.passTimer(key, "Timer_NoticePeriod");
    ClockUtil.setCurrentTime(now);
  }
}
