package com.civicflow.consultation.yuzhong;

import com.civicflow.consultation.drive.EngineSteps;
import com.civicflow.consultation.drive.Steps;
import java.util.Date;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;

/**
 * One complete 渝中 "6+5" consultation, each step by the user whose role it is: 提议 → 审议 → 会议通知 → 群议
 * (five links, the discussion minuted at length: {@link #LONG_MINUTES}) → 合议 → 决议 → 公示 → 合法性审核 (not a
 * major matter) → 实施、反馈、评议 (满意). Run through the engine in the test thread by {@code YuzhongSixPlusFiveTest}
 * and through REST with the job executor on PostgreSQL by PostgresIT.
 */
public final class YuzhongFullRun {

  /** The minutes of a two-hour 讨论: 20,000 characters, five times the engine's String column. */
  public static final String LONG_MINUTES = numbered(20_000, "位居民发言：楼道堆物影响通行和消防安全，建议物业设集中存放点并限期清理。\n");
  /** The resolution draft (合议), posted whole on the public board: 20,000 characters as well. */
  public static final String LONG_RESULT = "12 月 18 日前清理楼道堆物，物业设集中存放点。实施细则：\n"
      + numbered(20_000 - 30, "条：各楼栋楼长督促本楼住户清理个人物品，物业公司负责公共部位并登记存放。\n");

  private YuzhongFullRun() {}

  public static void run(ProcessEngine engine) {
    run(new EngineSteps(engine));
  }

  /** Runs the consultation; returns its matter number. */
  public static String run(Steps steps) {
    ClockUtil.setCurrentTime(beijing("2026-11-23T09:00"));
    try {
      return drive(steps);
    } finally {
      steps.reset();
    }
  }

  static Date beijing(String localDateTime) {
    return Steps.beijing(localDateTime);
  }

  private static String drive(Steps steps) {
    ProcessInstance matter = propose(steps, "民族路 12 号院楼道堆物清理", "楼道堆放杂物，存在消防隐患", "环境卫生整治", "入户走访", 36);
    String key = matter.getBusinessKey();
    steps.complete("minzulu-council", key, YuzhongProcess.TASK_SCREEN_TOPIC, Map.of("screeningDecision", "confirm"));
    steps.complete("minzulu-council", key, YuzhongProcess.TASK_PLAN_MEETING, Map.of(
        "meetingForm", "居民协商议事会议", "meetingTime", "2026-11-26T19:00", "meetingPlace", "社区协商议事室",
        "organiserParticipants", "社区协商议事委员会", "interestedParties", "12 号院居民代表 5 人", "thirdParties", "物业公司"));
    steps.passTimer(key, "Timer_NoticePeriod");
    steps.complete("minzulu-staff", key, YuzhongProcess.TASK_STATEMENT, Map.of("statementMinutes", "网格长陈述堆物现状"));
    steps.complete("minzulu-staff", key, YuzhongProcess.TASK_QUESTIONS, Map.of("questionsMinutes", "居民询问清理时间"));
    steps.complete("minzulu-staff", key, YuzhongProcess.TASK_DISCUSSION, Map.of("discussionMinutes", LONG_MINUTES));
    steps.complete("minzulu-staff", key, YuzhongProcess.TASK_NEGOTIATION, Map.of("negotiationMinutes", "商定两周内自行清理"));
    steps.complete("minzulu-staff", key, YuzhongProcess.TASK_CONCLUSION, Map.of("conclusionMinutes", "形成清理方案",
        "conclusionReached", "true"));
    steps.complete("minzulu-council", key, YuzhongProcess.TASK_DELIBERATE, Map.of(
        "resultText", LONG_RESULT, "estimatedCost", 2000, "householdsAffected", 36,
        "touchesPropertyRights", "false", "involvesFees", "false", "involvesDemolition", "false",
        "affectsPublicSafety", "false", "consultationLevel", "社区"));
    steps.complete("minzulu-staff", key, YuzhongProcess.TASK_RECORD_RESOLUTION, Map.of(
        "representativesTotal", 30, "representativesPresent", 24, "votesFor", 20, "votesAgainst", 2, "votesAbstain", 2));
    steps.passTimer(key, "Timer_NoticePeriod");
    steps.complete("minzulu-council", key, YuzhongProcess.TASK_ASSIGN_IMPLEMENTATION, Map.of(
        "responsibleUnit", "unit-jiefangbei-property", "completionDeadline", "2026-12-18T17:00"));
    steps.complete("jiefangbei-property", key, "Task_Implement", Map.of("implementationReport", "已清理，设存放点"));
    steps.complete("jiefangbei-property", key, "Task_Feedback", Map.of("feedbackReport", "居民已反馈无新增堆物"));
    steps.complete("minzulu-staff", key, "Task_RecordEvaluation", Map.of("evaluationResult", "满意", "respondentCount", 18));
    ProcessEngine engine = steps.engine();
    if (engine.getRuntimeService().createProcessInstanceQuery().processInstanceBusinessKey(key).count() != 0) {
      throw new AssertionError("渝中 6+5 全流程应已办结: " + key);
    }
    Object evaluation = engine.getHistoryService().createHistoricVariableInstanceQuery()
        .processInstanceId(matter.getId()).variableName("evaluationResult").singleResult().getValue();
    if (!"满意".equals(evaluation)) {
      throw new AssertionError("评议结果应为满意，实为 " + evaluation);
    }
    return key;
  }

  /**
   * The hard way through the same model: a resident applies on the board to attend the meeting (the meeting notice
   * takes applications, not objections) and the staff accept; two meetings reach no conclusion and the committee decides to go on; the assembly lacks a quorum
   * and votes again; an objection to the result is dismissed; the street office leaves the legality review of this
   * major matter past its deadline, so the district reviews it; the unit misses its deadline (督办 by the street
   * office) and twice fails to satisfy the residents, so the street office decides. Returns the matter number.
   */
  public static String theHardWay(Steps steps) {
    ClockUtil.setCurrentTime(MONDAY);
    try {
      ProcessInstance matter = propose(steps, "民族路 8 号院加装电梯", "老人上下楼困难，部分低层住户反对", "老旧小区改造", "民情日志", 48);
      String key = matter.getBusinessKey();
      steps.complete("minzulu-council", key, YuzhongProcess.TASK_SCREEN_TOPIC, Map.of("screeningDecision", "confirm"));
      plan(steps, key);
      steps.apply(key, "王建明", "13800001111", "8 号院居民", "住 8 号院三楼，想参会");
      steps.complete("minzulu-staff", key, "Task_AnswerAttendance", Map.of("attendanceDecision", "accepted",
          "attendanceReply", "同意参会，11 月 28 日晚 7 点到社区协商议事室"));
      held(steps, key, false); // the first meeting, without a conclusion
      meeting(steps, key, false);
      steps.complete("minzulu-council", key, YuzhongProcess.TASK_DECIDE_AFTER_MEETINGS, Map.of("meetingsDecision", "continue",
          "meetingsDecisionNote", "分歧在缩小，再议一次"));
      meeting(steps, key, true);
      steps.complete("minzulu-council", key, YuzhongProcess.TASK_DELIBERATE, Map.of(
          "resultText", "加装电梯一部，费用按楼层分摊，低层住户免缴", "estimatedCost", 80_000, "householdsAffected", 48,
          "touchesPropertyRights", "false", "involvesFees", "false", "involvesDemolition", "false",
          "affectsPublicSafety", "false", "consultationLevel", "社区"));
      steps.complete("minzulu-staff", key, YuzhongProcess.TASK_RECORD_RESOLUTION, Map.of(
          "representativesTotal", 30, "representativesPresent", 19, "votesFor", 19, "votesAgainst", 0, "votesAbstain", 0));
      steps.complete("minzulu-council", key, YuzhongProcess.TASK_DECIDE_AFTER_FAILED_VOTE, Map.of("failedVoteDecision", "revote",
          "failedVoteNote", "另行召集居民代表大会"));
      steps.complete("minzulu-staff", key, YuzhongProcess.TASK_RECORD_RESOLUTION, Map.of(
          "representativesTotal", 30, "representativesPresent", 24, "votesFor", 20, "votesAgainst", 2, "votesAbstain", 2));
      steps.object(key, "李秀兰", "13900002222", "一楼住户也应分摊");
      steps.complete("minzulu-staff", key, "Task_HandleObjection", Map.of("objectionDecision", "dismissed",
          "objectionReply", "一楼住户不使用电梯，按惯例免缴"));
      steps.passTimer(key, "Timer_NoticePeriod");
      steps.passTimer(key, "Timer_StreetDeadline"); // a major matter the street office leaves unreviewed goes up to the district
      steps.complete("yuzhong-civil", key, "Task_DistrictReview", Map.of("legalReviewOutcome", "lawful",
          "legalOpinion", "加装电梯经业主表决，符合规定"));
      steps.complete("minzulu-council", key, YuzhongProcess.TASK_ASSIGN_IMPLEMENTATION, Map.of(
          "responsibleUnit", "unit-jiefangbei-property", "completionDeadline", "2026-12-18T17:00"));
      steps.at(key, "2026-12-21T10:00"); // the deadline has passed: overdue, 督办
      steps.complete("jiefangbei-office", key, "Task_SuperviseImplementation", Map.of("supervisionNote", "已电话催办，约定本周完成"));
      for (int round = 1; round <= 3; round++) {
        steps.complete("jiefangbei-property", key, "Task_Implement", Map.of("implementationReport", "第" + round + "次施工完成"));
        steps.complete("jiefangbei-property", key, "Task_Feedback", Map.of("feedbackReport", "已向居民通报"));
        steps.complete("minzulu-staff", key, "Task_RecordEvaluation", Map.of("evaluationResult", "不满意", "respondentCount", 30,
            "evaluationComments", "电梯噪音大", "reworkDeadline", "2026-12-" + (22 + round * 2) + "T17:00"));
      }
      steps.complete("jiefangbei-office", key, "Task_StreetDecision", Map.of("streetFinalDecision", "结案，另行启动噪音治理协商"));
      if (steps.engine().getRuntimeService().createProcessInstanceQuery().processInstanceBusinessKey(key).count() != 0) {
        throw new AssertionError("街道作出最终决定后事项应已办结: " + key);
      }
      return key;
    } finally {
      steps.reset();
    }
  }

  /** The month {@link #monthlyMeeting} runs in, which no other run reaches. */
  public static final String MONTHLY_MEETING = "MINZULU-MM-2027-03";

  /**
   * 每月协商议事会议: a topic is admitted on Friday 26 February 2027 and waits for 群议; on Monday 1 March, the first
   * working day of the month, the platform schedule ({@code fireSchedule}: its timer fired) starts 民族路社区's meeting
   * of March, which lists the topic; on 5 March the staff record the meeting that deliberated it. Returns the
   * meeting's number.
   */
  public static String monthlyMeeting(Steps steps, Runnable fireSchedule) {
    ClockUtil.setCurrentTime(beijing("2027-02-26T09:00"));
    try {
      // what the clock's move makes due runs first (with the job executor on: the platform schedules' daily timers)
      steps.runDueJobs(MONTHLY_MEETING);
      ProcessInstance matter = propose(steps, "民族路 5 号院入户盗窃防范", "近期连续发生入户盗窃，居民要求加装门禁", "小区治安防盗",
          "社区工作日", 60);
      String key = matter.getBusinessKey();
      steps.complete("minzulu-council", key, YuzhongProcess.TASK_SCREEN_TOPIC, Map.of("screeningDecision", "confirm"));
      ClockUtil.setCurrentTime(beijing("2027-03-01T07:00"));
      steps.runDueJobs(MONTHLY_MEETING);
      fireSchedule.run();
      ProcessEngine engine = steps.engine();
      String agenda = (String) engine.getHistoryService().createHistoricVariableInstanceQuery()
          .processInstanceIdIn(engine.getHistoryService().createHistoricProcessInstanceQuery()
              .processInstanceBusinessKey(MONTHLY_MEETING).singleResult().getId())
          .variableName("monthlyMeetingAgenda").singleResult().getValue();
      if (!agenda.contains(key) || !agenda.contains("民族路 5 号院入户盗窃防范")) {
        throw new AssertionError("每月协商议事会议应列出等待群议的 " + key + "，实为: " + agenda);
      }
      ClockUtil.setCurrentTime(beijing("2027-03-05T21:00"));
      steps.runDueJobs(MONTHLY_MEETING);
      steps.complete("minzulu-staff", MONTHLY_MEETING, YuzhongProcess.TASK_HOLD_MONTHLY_MEETING, Map.of(
          "monthlyMeetingHeld", "true", "monthlyMeetingTime", "2027-03-05T19:00",
          "monthlyMeetingParticipants", "张伟（协商议事委员会）\n5 号院居民代表 6 人\n解放碑派出所民警",
          "monthlyMeetingMatters", java.util.List.of(key), "monthlyMeetingMinutes", "协商 5 号院加装门禁，确定下周召开群议会议"));
      if (engine.getRuntimeService().createProcessInstanceQuery().processInstanceBusinessKey(MONTHLY_MEETING).count() != 0) {
        throw new AssertionError("每月协商议事会议记录后应已结束: " + MONTHLY_MEETING);
      }
      return MONTHLY_MEETING;
    } finally {
      steps.reset();
    }
  }

  private static final Date MONDAY = Steps.beijing("2026-11-23T09:00");

  /** 提议 by 民族路's committee member: the start form asks for the catalogue item only, the class follows from it. */
  private static ProcessInstance propose(Steps steps, String topic, String description, String item, String source,
      int households) {
    return steps.start("minzulu-council", YuzhongProcess.KEY, Map.of("communityId", "minzulu", "topic", topic,
        "topicDescription", description, "catalogueItem", item, "topicSource", source, "householdsAffected", households,
        "withinCommunityPowers", "true", "contraryToLaw", "false"));
  }

  private static void plan(Steps steps, String key) {
    ClockUtil.setCurrentTime(MONDAY);
    steps.complete("minzulu-council", key, YuzhongProcess.TASK_PLAN_MEETING, Map.of(
        "meetingForm", "居民协商议事会议", "meetingTime", "2026-11-28T19:00", "meetingPlace", "社区协商议事室",
        "organiserParticipants", "社区协商议事委员会", "interestedParties", "8 号院居民代表", "thirdParties", "电梯公司"));
  }

  /** A meeting: planned (after a round without conclusion), its notice period, the five links. */
  private static void meeting(Steps steps, String key, boolean conclusion) {
    plan(steps, key);
    held(steps, key, conclusion);
  }

  /** The planned meeting's notice period, then the five links. */
  private static void held(Steps steps, String key, boolean conclusion) {
    steps.passTimer(key, "Timer_NoticePeriod");
    steps.complete("minzulu-staff", key, YuzhongProcess.TASK_STATEMENT, Map.of("statementMinutes", "陈述"));
    steps.complete("minzulu-staff", key, YuzhongProcess.TASK_QUESTIONS, Map.of("questionsMinutes", "询问"));
    steps.complete("minzulu-staff", key, YuzhongProcess.TASK_DISCUSSION, Map.of("discussionMinutes", "讨论"));
    steps.complete("minzulu-staff", key, YuzhongProcess.TASK_NEGOTIATION, Map.of("negotiationMinutes", "协商"));
    steps.complete("minzulu-staff", key, YuzhongProcess.TASK_CONCLUSION, Map.of("conclusionMinutes", "结论",
        "conclusionReached", String.valueOf(conclusion)));
  }

  /** A text of {@code length} characters in numbered paragraphs, so that a cut or a lost part shows. */
  private static String numbered(int length, String paragraph) {
    StringBuilder text = new StringBuilder();
    for (int n = 1; text.length() < length; n++) {
      text.append("第").append(n).append(paragraph);
    }
    return text.substring(0, length);
  }
}
