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
 * consensus, the residents' supervision group confirms the result, the 居民代表会议 decides its 社区公益金 (published
 * on the board's 协商资金 page), the result is carried out through implementation-supervision, the supervision group
 * confirms it, it is published and the street has a third party evaluate it. Each step is done by the demo user who would do it in Tasklist. Run in the test
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
    steps.complete("duofuxiang-watch", key, TASK_SUPERVISE_RESULT, Map.of("resultSupervisionVerdict", "确认"));
    steps.complete("duofuxiang-staff", key, TASK_PLAN_IMPLEMENTATION, Map.of("implementationMode", "委托社会力量",
        "fundingSource", "社区公益金", "fundingAmount", 2000L, "fundingUse", "雇请清运车辆清运楼道堆物",
        "responsibleUnit", "unit-donghuamen-property", "completionDeadline", "workdays:10"));
    steps.complete("duofuxiang-staff", key, TASK_FUNDING_MEETING, Map.of("fundingMeetingKind", "居民代表会议",
        "fundingMeetingEntitledCount", 30L, "fundingMeetingPresentCount", 24L, "fundingVotesFor", 20L, "fundingVotesAgainst", 2L,
        "fundingMeetingMinutes", "同意从社区公益金支出 2000 元"));
    carryOutAndClose(steps, key);
    steps.complete("donghuamen-office", key, TASK_DECIDE_THIRD_PARTY, Map.of("thirdPartyChosen", true,
        "thirdPartyReason", "涉及公益金使用"));
    steps.complete("donghuamen-office", key, TASK_THIRD_PARTY_EVALUATION, Map.of("thirdPartyEvaluator", "东城社会工作评估中心",
        "thirdPartyEvaluation", "成果落实到位"));
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
   * in carrying it out that the street helps with (naming the departments), no funding; the supervision group objects to
   * how it was carried out and confirms after the committee rectifies; the street lets the third-party decision lapse.
   * Then the street's periodic rounds: the first-quarter rating (多福巷 rates the street and the departments that took
   * part) and the 2026 funding audit of 多福巷. Returns the matter number.
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
      steps.complete("duofuxiang-watch2", key, TASK_SUPERVISE_RESULT, Map.of("resultSupervisionVerdict", "确认"));
      steps.complete("duofuxiang-staff", key, TASK_PLAN_IMPLEMENTATION, Map.of("implementationMode", "居民行动小组",
          "fundingSource", "无需资金", "responsibleUnit", "unit-donghuamen-property", "completionDeadline", "2026-03-31"));
      steps.complete("duofuxiang-staff", key, TASK_TRACK_IMPLEMENTATION, Map.of("trackingOutcome", "落实困难",
          "assistanceRequest", "需城管执法配合清理僵尸车"));
      steps.complete("donghuamen-office", key, TASK_STREET_ASSIST, Map.of("assistanceReport", "城管已拖移僵尸车 3 辆",
          "departmentsAssisted", "东城区城市管理委员会"));
      steps.complete("donghuamen-property", key, "Task_Implement", Map.of("implementationReport", "已按方案完成"));
      steps.complete("donghuamen-property", key, "Task_Feedback", Map.of("feedbackReport", "居民反映良好"));
      steps.complete("duofuxiang-staff", key, "Task_RecordEvaluation", Map.of("evaluationResult", "满意", "respondentCount", 18L));
      steps.complete("duofuxiang-staff", key, TASK_TRACK_IMPLEMENTATION, Map.of("trackingOutcome", "已落实"));
      steps.complete("duofuxiang-watch", key, TASK_SUPERVISE_IMPLEMENTATION, Map.of("implementationSupervisionVerdict", "有异议",
          "implementationSupervisionOpinion", "3号楼前仍有两个车位未施划"));
      steps.complete("duofuxiang-staff", key, TASK_RECTIFY, Map.of("rectificationReport", "已补划 3 号楼前两个车位"));
      steps.complete("duofuxiang-watch", key, TASK_SUPERVISE_IMPLEMENTATION, Map.of("implementationSupervisionVerdict", "确认"));
      passNoticePeriod(steps, key);
      steps.passTimer(key, TIMER_THIRD_PARTY_UNDECIDED);
      periodicRounds(steps);
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
   * The unit carries the result out and the residents are satisfied; the committee tracks it as done, the supervision
   * group confirms how it was carried out and the result notice runs out.
   */
  private static void carryOutAndClose(Steps steps, String key) {
    steps.complete("donghuamen-property", key, "Task_Implement", Map.of("implementationReport", "已按方案完成"));
    steps.complete("donghuamen-property", key, "Task_Feedback", Map.of("feedbackReport", "居民反映良好"));
    steps.complete("duofuxiang-staff", key, "Task_RecordEvaluation", Map.of("evaluationResult", "满意", "respondentCount", 18L));
    steps.complete("duofuxiang-staff", key, TASK_TRACK_IMPLEMENTATION, Map.of("trackingOutcome", "已落实"));
    steps.complete("duofuxiang-watch", key, TASK_SUPERVISE_IMPLEMENTATION, Map.of("implementationSupervisionVerdict", "确认"));
    passNoticePeriod(steps, key);
  }

  /**
   * 定期组织: the street rates the first quarter of 2026 (多福巷 had matters then: it rates the street and the
   * departments that took part, the rows its form is prefilled with) and audits 多福巷's 2026 funding.
   */
  private static void periodicRounds(Steps steps) {
    steps.start("donghuamen-office", PeriodicVariables.RATING_ROUND_KEY, Map.of("communityId", "donghuamen",
        "ratingYear", 2026L, "ratingPeriod", "第一季度")); // the round ends once it has started the communities' ratings
    String round = steps.engine().getHistoryService().createHistoricProcessInstanceQuery()
        .processDefinitionKey(PeriodicVariables.RATING_ROUND_KEY).tenantIdIn("donghuamen")
        .variableValueEquals(PeriodicVariables.RATING_PERIOD_LABEL.name(), "2026年第一季度").singleResult().getBusinessKey();
    ProcessInstance rating = steps.engine().getRuntimeService().createProcessInstanceQuery()
        .processDefinitionKey(PeriodicVariables.COMMUNITY_RATING_KEY).variableValueEquals("ratingRound", round)
        .tenantIdIn("duofuxiang").singleResult();
    java.util.List<Map<String, Object>> rows = new java.util.ArrayList<>();
    for (Map<String, String> row : com.civicflow.consultation.matter.FormOptions.rows(
        steps.engine().getRuntimeService().getVariable(rating.getId(), PeriodicVariables.RATING_ITEMS.name()))) {
      rows.add(Map.of("name", row.get("name"), "kind", row.get("kind"), "matters", row.get("matters"),
          "rating", row.get("kind").equals("街道") ? 5 : 4, "comment", "协调及时"));
    }
    if (rows.stream().noneMatch(r -> r.get("name").equals("东城区城市管理委员会"))) {
      throw new AssertionError("评议表应列出协助办理的部门: " + rows);
    }
    steps.complete("duofuxiang-staff", rating.getBusinessKey(), PeriodicVariables.TASK_RATE, Map.of("ratingItems", rows,
        "ratingParticipants", "居民代表、物业公司、12号院自管会"));
    String audit = steps.start("donghuamen-office", PeriodicVariables.FUNDING_AUDIT_KEY, Map.of("communityId", "duofuxiang",
        "auditYear", 2026L)).getBusinessKey();
    steps.complete("donghuamen-office", audit, PeriodicVariables.TASK_AUDIT, Map.of("auditor", "东华门街道财务审计组",
        "auditConclusion", "审计通过", "auditOpinion", "资金经会议决定、用途与公示一致"));
  }

  /** The notice's period runs out (the clock goes past its timer), then the clock goes back to where it was. */
  private static void passNoticePeriod(Steps steps, String key) {
    java.util.Date now = ClockUtil.getCurrentTime();
    steps.passTimer(key, "Timer_NoticePeriod");
    ClockUtil.setCurrentTime(now);
  }
}
