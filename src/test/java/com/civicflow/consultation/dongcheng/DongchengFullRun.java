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
    carryOutAndClose(steps, key, "东城区住房和城市建设委员会");
    ProcessEngine engine = steps.engine();
    long running = engine.getRuntimeService().createProcessInstanceQuery().processInstanceId(matter.getId()).count();
    long ended = engine.getHistoryService().createHistoricActivityInstanceQuery().processInstanceId(matter.getId())
        .activityId(EVENT_CONSULTATION_CLOSED).count();
    if (running != 0 || ended != 1) {
      throw new AssertionError("东城区协商未按预期办结: " + key);
    }
    return key;
  }

  /**
   * The long way through the same model: open sign-up (a resident applies on the board and is accepted), departments
   * brought in by the street and an expert's opinion, a dispute the representatives' meeting decides, a difficulty
   * in carrying it out that the street helps with. Returns the matter number.
   */
  public static String theLongWay(Steps steps) {
    ClockUtil.setCurrentTime(Steps.beijing("2026-03-02T09:00"));
    try {
      ProcessInstance matter = steps.start("duofuxiang-staff", PROCESS_KEY, Map.of(
          "communityId", "duofuxiang", "topic", "多福巷停车位施划方案", "topicCategory", "公共事务和公益事业"));
      String key = matter.getBusinessKey();
      steps.complete("duofuxiang-staff", key, TASK_FIX_TOPIC, Map.of("handling", "社区协商", "consultationLayer", "社区",
          "consultationForm", "社区议事会", "meetingHost", "社区社会工作者刘洋", "meetingTime", "2026-03-12T19:00",
          "meetingPlace", "社区议事厅", "selectionMethod", "公开报名", "participantCandidates", "",
          "involvesDepartments", true, "technicalTopic", true));
      steps.apply(key, "赵丽华", "13900000001", "12号院自管会", "我住12号院，车位问题关系到我家");
      steps.complete("duofuxiang-staff", key, TASK_REVIEW_APPLICATION, Map.of("applicationDecision", "accepted",
          "applicationReply", "欢迎参加"));
      passNoticePeriod(steps, key);
      steps.complete("donghuamen-office", key, TASK_COORDINATE_DEPARTMENTS, Map.of("departmentsInvited", "区城管委、东华门司法所"));
      steps.complete("dongcheng-expert", key, TASK_EXPERT_REVIEW, Map.of("expertOpinion", "施划方案符合消防通道要求"));
      steps.complete("duofuxiang-staff", key, TASK_HOLD_DISCUSSION, Map.of("hostNeutral", true, "discussionMinutes", "两种方案各有支持者"));
      steps.complete("duofuxiang-staff", key, TASK_DELIBERATE, Map.of("deliberationOutcome", "仍有较大争议"));
      steps.complete("duofuxiang-staff", key, TASK_CHOOSE_DISPUTE_PATH, Map.of("disputePath", "居民代表会议",
          "resultText", "按方案二施划停车位"));
      steps.complete("duofuxiang-staff", key, TASK_RESIDENTS_MEETING, Map.of("meetingEntitledCount", 40L,
          "meetingPresentCount", 30L, "meetingVotesFor", 16L, "meetingVotesAgainst", 12L, "residentsMeetingMinutes", "表决通过方案二"));
      steps.complete("duofuxiang-staff", key, TASK_PLAN_IMPLEMENTATION, Map.of("implementationMode", "居民行动小组",
          "fundingSource", "社区公益金", "responsibleUnit", "unit-donghuamen-property", "completionDeadline", "2026-03-31"));
      steps.complete("duofuxiang-staff", key, TASK_TRACK_IMPLEMENTATION, Map.of("trackingOutcome", "落实困难",
          "assistanceRequest", "需城管执法配合清理僵尸车"));
      steps.complete("donghuamen-office", key, TASK_STREET_ASSIST, Map.of("assistanceReport", "城管已拖移僵尸车 3 辆"));
      carryOutAndClose(steps, key, "东城区城市管理委员会");
      if (steps.engine().getRuntimeService().createProcessInstanceQuery().processInstanceBusinessKey(key).count() != 0) {
        throw new AssertionError("东城区协商未按预期办结: " + key);
      }
      return key;
    } finally {
      steps.reset();
    }
  }

  /** 转办街道: the committee transfers an item beyond the community to the street office, which answers it. */
  public static String transferredToTheStreet(Steps steps) {
    ClockUtil.setCurrentTime(Steps.beijing("2026-03-02T09:00"));
    try {
      String key = steps.start("duofuxiang-staff", PROCESS_KEY, Map.of("communityId", "duofuxiang",
          "topic", "东华门大街占道经营", "topicCategory", "公共事务和公益事业")).getBusinessKey();
      steps.complete("duofuxiang-staff", key, TASK_FIX_TOPIC, Map.of("handling", "转办街道", "transferRequest", "东华门大街占道经营",
          "transferFeedbackWorkdays", 3L));
      steps.complete("donghuamen-office", key, TASK_STREET_TRANSFER, Map.of("transferFeedback", "已联合城管整治",
          "liftToStreet", false));
      if (steps.engine().getRuntimeService().createProcessInstanceQuery().processInstanceBusinessKey(key).count() != 0) {
        throw new AssertionError("转办事项应已办结: " + key);
      }
      return key;
    } finally {
      steps.reset();
    }
  }

  /**
   * The unit carries the result out and the residents are satisfied; the committee tracks it as done, the result
   * notice runs out, the supervision group signs off, a third party evaluates and the street and department are rated.
   */
  private static void carryOutAndClose(Steps steps, String key, String ratedDepartment) {
    steps.complete("donghuamen-property", key, "Task_Implement", Map.of("implementationReport", "已按方案完成"));
    steps.complete("donghuamen-property", key, "Task_Feedback", Map.of("feedbackReport", "居民反映良好"));
    steps.complete("duofuxiang-staff", key, "Task_RecordEvaluation", Map.of("evaluationResult", "满意", "respondentCount", 18L));
    steps.complete("duofuxiang-staff", key, TASK_TRACK_IMPLEMENTATION, Map.of("trackingOutcome", "已落实"));
    passNoticePeriod(steps, key);
    steps.complete("duofuxiang-staff", key, TASK_SUPERVISION_GROUP, Map.of("supervisionGroupMembers", "王大爷、李阿姨",
        "supervisionGroupOpinion", "过程公开", "supervisionGroupSignedOff", true));
    steps.complete("donghuamen-office", key, TASK_THIRD_PARTY_EVALUATION, Map.of("thirdPartyEvaluator", "东城社会工作评估中心",
        "thirdPartyEvaluation", "成果落实到位"));
    steps.complete("duofuxiang-staff", key, TASK_RATE, Map.of("departmentFeedback", "街道和部门协调及时", "ratedDepartment",
        ratedDepartment, "streetRating", "5", "departmentRating", "4"));
  }

  /** The notice's period runs out (the clock goes past its timer), then the clock goes back to where it was. */
  private static void passNoticePeriod(Steps steps, String key) {
    java.util.Date now = ClockUtil.getCurrentTime();
    steps.passTimer(key, "Timer_NoticePeriod");
    ClockUtil.setCurrentTime(now);
  }
}
