package com.civicflow.consultation.kenli;

import static org.assertj.core.api.Assertions.assertThat;

import com.civicflow.consultation.drive.EngineSteps;
import com.civicflow.consultation.drive.Steps;
import com.civicflow.consultation.points.PointsFullRun;

import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Date;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;

/**
 * One complete community-level consultation of {@code kenli-eight-step}, each step completed by the user whose role
 * it is, and 提请 from each level to the one above ({@link #referral}). Run in the test thread by
 * {@code KenliEightStepTest} and through REST with the job executor by PostgresIT.
 */
public final class KenliFullRun {

  static final ZoneId BEIJING = ZoneId.of("Asia/Shanghai");
  /** Monday 23 November 2026, 09:00 Beijing time. */
  static final Date MONDAY = beijing("2026-11-23T09:00");
  static final String MAIL_JOB_TYPE = "consultation-mail";

  private KenliFullRun() {}

  public static void run(ProcessEngine engine) {
    run(new EngineSteps(engine));
  }

  /** Runs the consultation; returns its matter number. */
  public static String run(Steps steps) {
    ClockUtil.setCurrentTime(MONDAY);
    try {
      return consult(steps);
    } finally {
      steps.reset();
    }
  }

  /**
   * 集 to 办: the parking matter of 杨庙社区 is consulted, published and reviewed, and handed to the property company; it
   * then waits for the unit's work and, at the same time, for 督走访 and residents' supervision opinions.
   */
  public static ProcessInstance handOver(Steps steps) {
    ProcessInstance matter = steps.start("yangmiao-staff", KenliProcess.PROCESS_KEY, Map.of("topicChannel", "网格员",
        "topic", "杨庙社区3号院停车难", "topicDescription", "3号院车位不足，夜间占用消防通道",
        "raisedBy", PointsFullRun.RAISED_BY, "consultationLevel", "社区"));
    String number = matter.getBusinessKey();
    steps.complete("yangmiao-secretary", number, "Task_ScreenTopic", Map.of("catalogueItem", "物业服务和环境整治", "screeningNote", "居民普遍关注的居住环境事项"));
    steps.complete("yangmiao-secretary", number, "Task_FixParticipants", participants());
    steps.complete("yangmiao-council", number, "Task_HoldMeeting", Map.of("meetingMinutes", "八方代表到会，讨论施划车位方案", "meetingOutcome", "共识",
        "resultText", "在3号院东侧施划20个车位，按月收取停车管理费", "estimatedCost", 30000, "householdsAffected", 120,
        "involvesFees", true));
    steps.at(number, "2026-12-01T09:00"); // the notice period (5 working days) is over
    steps.complete("dongjizhen-office", number, "Task_StreetReview", Map.of("legalReviewOutcome", "lawful", "legalOpinion", "收费经业主共同决定，合法"));
    steps.complete("yangmiao-staff", number, "Task_AssignHandler", Map.of("responsibleUnit", "unit-kenli-property",
        "completionDeadline", "2026-12-18T17:00"));
    return matter;
  }

  private static String consult(Steps steps) {
    ProcessInstance matter = handOver(steps);
    String number = matter.getBusinessKey();
    // 办 and 督 at once: the supervisor visits while the unit works, and a resident supervises from the board
    steps.complete("kenli-supervisor", number, "Task_SuperviseVisit", Map.of("visitedHouseholds", 12, "supervisionVisitRecord", "走访12户，诉求明确"));
    steps.superviseOpinion(number, "王大爷", "13912345678", "施工车辆夜间进出，请督促物业夜间停工");
    assertThat(steps.engine().getRuntimeService().createProcessInstanceQuery().processInstanceId(matter.getId())
        .activityIdIn("Call_Implementation", "Task_SuperviseHandling").count()).as("督办理与办理同时进行").isEqualTo(1);
    steps.complete("kenli-property", number, "Task_Implement", Map.of("implementationReport", "已施划20个车位并设置标识"));
    steps.complete("kenli-property", number, "Task_Feedback", Map.of("feedbackReport", "车位已投入使用，消防通道畅通"));
    steps.complete("kenli-supervisor", number, "Task_SuperviseHandling", Map.of("handlingVerdict", "按要求办理", "supervisionHandlingRecord", "按期办结",
        "supervisionOpinionResponse", "已督促物业22时后停工，王大爷认可"));
    steps.complete("kenli-supervisor", number, "Task_SuperviseReturnVisit", Map.of("returnVisitHouseholds", 10, "supervisionReturnVisitRecord", "回访10户"));
    // 评: the residents' satisfaction, collected once; 督满意度 reads it
    steps.complete("yangmiao-staff", number, "Task_EvaluateByResidents", Map.of("residentEvaluation", "满意", "residentEvaluationRespondents", 40,
        "residentEvaluationSatisfied", 38));
    steps.complete("kenli-supervisor", number, "Task_SuperviseSatisfaction", Map.of("supervisionSatisfactionRecord", "抽查5户，与评价一致"));
    steps.complete("yangmiao-staff", number, "Task_Archive", Map.of("archiveComplete", true, "archiveNote", "资料齐全"));

    ProcessEngine engine = steps.engine();
    var history = engine.getHistoryService().createHistoricProcessInstanceQuery().processInstanceId(matter.getId()).singleResult();
    assertThat(history.getEndTime()).as("matter ended").isNotNull();
    assertThat(history.getEndActivityId()).isEqualTo("Event_Archived");
    assertThat(engine.getHistoryService().createHistoricVariableInstanceQuery().processInstanceId(matter.getId())
        .variableName("satisfactionRate").singleResult().getValue()).isEqualTo(95L);
    assertThat((String) engine.getHistoryService().createHistoricVariableInstanceQuery().processInstanceId(matter.getId())
        .variableName("supervisionOpinions").singleResult().getValue()).contains("王大爷", "夜间停工");
    assertThat(engine.getHistoryService().createHistoricActivityInstanceQuery().processInstanceId(matter.getId())
        .activityId("Task_RecordEvaluation").count()).as("办理中不另行评议").isZero();
    PointsFullRun.run(steps, number);
    return number;
  }

  /**
   * 提请: a matter of {@code lowerUser}'s level (社区, or 小区/楼栋 via {@code orgUnitId}, or 镇街) is screened as beyond
   * its reach and referred up; the job that refers it starts the upper level's matter in that level's tenant; its
   * convener finds the topic not for that level either (五不议) and the lower matter closes with that answer.
   * Returns the upper matter's number.
   */
  public static String referral(Steps steps, String lowerUser, String convener, Map<String, Object> start,
      String upperConvener, String upperTenant) {
    ClockUtil.setCurrentTime(MONDAY);
    try {
      ProcessEngine engine = steps.engine();
      ProcessInstance lower = steps.start(lowerUser, KenliProcess.PROCESS_KEY, start);
      String number = lower.getBusinessKey();
      steps.complete(convener, number, "Task_ScreenTopic", Map.of("catalogueItem", "超出本级职责范围",
          "screeningNote", "涉及相邻社区，须上级协调"));
      String upperNumber = (String) engine.getRuntimeService().getVariable(lower.getId(), "referredTo");
      assertThat(upperNumber).as("提请后上级事项的编号").isNotNull();
      ProcessInstance upper = engine.getRuntimeService().createProcessInstanceQuery().processInstanceBusinessKey(upperNumber)
          .processDefinitionKey(KenliProcess.PROCESS_KEY).singleResult();
      assertThat(upper.getTenantId()).isEqualTo(upperTenant);
      assertThat(engine.getRuntimeService().createProcessInstanceQuery().processInstanceId(lower.getId())
          .activityIdIn("Event_ReferralAnswered").count()).as("下级事项等待上级结果").isEqualTo(1);
      steps.complete(upperConvener, upperNumber, "Task_ScreenTopic", Map.of("catalogueItem", "已有法定程序或明确规定",
          "screeningNote", "不属于协商范围"));
      var answered = engine.getHistoryService().createHistoricProcessInstanceQuery().processInstanceId(lower.getId()).singleResult();
      assertThat(answered.getEndActivityId()).as("下级事项由上级结果办结").isEqualTo("Event_ClosedByReferral");
      assertThat((String) engine.getHistoryService().createHistoricVariableInstanceQuery().processInstanceId(lower.getId())
          .variableName("referralOutcome").singleResult().getValue()).contains(upperNumber).contains("不予议事");
      return upperNumber;
    } finally {
      steps.reset();
    }
  }

  /** 楼栋 → 社区: a building matter of 杨庙社区 1号楼 goes to the community's 党群议事会 (same tenant). */
  public static String referBuildingToCommunity(Steps steps) {
    return referral(steps, "yangmiao-staff", "yangmiao-grid", referredTopic("yangmiao", "楼栋", "yangmiao-b1"),
        "yangmiao-secretary", "yangmiao");
  }

  /** 社区 → 镇街: a matter of 杨庙社区 goes to 董集镇's joint meeting, in the town's tenant. */
  public static String referCommunityToTown(Steps steps) {
    return referral(steps, "yangmiao-staff", "yangmiao-secretary", referredTopic("yangmiao", "社区", null),
        "dongjizhen-office", "dongjizhen");
  }

  /** 镇街 → 区: a matter of 董集镇 goes to 垦利区's committee, in the district's tenant. */
  public static String referTownToDistrict(Steps steps) {
    return referral(steps, "dongjizhen-office", "dongjizhen-office", referredTopic("dongjizhen", "镇街", null),
        "kenli-civil", "kenli");
  }

  private static Map<String, Object> referredTopic(String communityId, String level, String unit) {
    Map<String, Object> start = new java.util.HashMap<>(Map.of("communityId", communityId, "topicChannel", "网格员",
        "topic", "相邻社区之间的道路积水", "topicDescription", "两个社区交界处道路积水，需上级协调排水改造",
        "raisedBy", "网格员崔霞", "consultationLevel", level));
    if (unit != null) {
      start.put("orgUnitId", unit);
    }
    return start;
  }

  /** 逢十议事: on the 10th the convener of 杨庙社区 holds the regular meeting the schedule started for it. */
  public static String regularMeeting(Steps steps, Runnable startDueMeetings) {
    ClockUtil.setCurrentTime(beijing("2026-12-10T07:00"));
    try {
      startDueMeetings.run();
      String meeting = "YANGMIAO-RM-2026-12-10";
      steps.complete("yangmiao-secretary", meeting, "Task_HoldRegularMeeting", Map.of("regularMeetingAttendance", 15,
          "regularMeetingMinutes", "研究自上次议事以来征集的议题"));
      assertThat(steps.engine().getRuntimeService().createProcessInstanceQuery().processInstanceBusinessKey(meeting).count())
          .as("逢十议事会已召开").isZero();
      return meeting;
    } finally {
      steps.reset();
    }
  }

  public static Map<String, Object> participants() {
    Map<String, Object> vars = new java.util.HashMap<>(Map.of("convener", "杨志强", "interestedParties", "3号院业主\n" + PointsFullRun.RESIDENT_AT_MEETING + "\n垦利区物业公司",
        "consultationForm", "板凳议事", "meetingTime", "2026-11-25T19:00", "meetingPlace", "杨庙社区议事厅"));
    for (EightParties party : EightParties.values()) {
      vars.put(party.variable.name(), true);
    }
    return vars;
  }

  static Date beijing(String localDateTime) {
    return Date.from(LocalDateTime.parse(localDateTime).atZone(BEIJING).toInstant());
  }
}
