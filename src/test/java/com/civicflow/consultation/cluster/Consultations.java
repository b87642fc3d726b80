package com.civicflow.consultation.cluster;

import static com.civicflow.consultation.cangzhou.CangzhouProcess.TASK_DRAFT_PLAN;
import static com.civicflow.consultation.cangzhou.CangzhouProcess.TASK_EXPERT_REVIEW;
import static com.civicflow.consultation.cangzhou.CangzhouProcess.TASK_HOLD_TALKS;
import static com.civicflow.consultation.cangzhou.CangzhouProcess.TASK_JOINT_MEETING;
import static com.civicflow.consultation.cangzhou.CangzhouProcess.TASK_REACH_CONSENSUS;
import static com.civicflow.consultation.cangzhou.CangzhouProcess.TASK_REPRESENTATIVES_VOTE;
import static com.civicflow.consultation.cangzhou.CangzhouProcess.TASK_STUDY_TOPIC;

import com.civicflow.consultation.cangzhou.CangzhouProcess;
import com.civicflow.consultation.dongcheng.DongchengConsultation;
import com.civicflow.consultation.haimen.CouncilElection;
import com.civicflow.consultation.haimen.SevenStep;
import com.civicflow.consultation.kenli.KenliFullRun;
import com.civicflow.consultation.kenli.KenliProcess;
import com.civicflow.consultation.yuzhong.YuzhongProcess;
import java.io.IOException;
import java.util.Map;

/**
 * The consultations of the load, one method per model: the same steps, users and answers as the full runs of
 * the process tests (YuzhongFullRun, KenliFullRun, …), through REST, on the nodes' fixed day (Tuesday 10 November
 * 2026, a working day and a 逢十议事 day). Two variants provoke the deadlines: an implementation left overdue
 * (reminder, escalation round, street supervision) and a legality review the street office lets lapse (the district
 * reviews).
 */
final class Consultations {

  static final String NOTICE_PERIOD = "Timer_NoticePeriod";

  private Consultations() {}

  /** 渝中 “6+5”, 民族路社区; overdue: the responsible unit misses its deadline and the street office supervises. */
  static void yuzhong(Matter m) throws IOException, InterruptedException {
    m.start("minzulu-council", YuzhongProcess.KEY, Map.of(
        "communityId", "minzulu", "topic", "民族路 12 号院楼道堆物清理", "topicDescription", "楼道堆放杂物，存在消防隐患",
        "category", "公益事业", "catalogueItem", "环境卫生整治", "topicSource", "入户走访",
        "householdsAffected", 36, "withinCommunityPowers", "true", "contraryToLaw", "false"));
  }

  static void driveYuzhong(Matter m, boolean overdue) throws IOException, InterruptedException {
    m.complete("minzulu-council", YuzhongProcess.TASK_SCREEN_TOPIC, Map.of("screeningDecision", "confirm"));
    m.complete("minzulu-council", YuzhongProcess.TASK_PLAN_MEETING, Map.of(
        "meetingForm", "居民协商议事会议", "meetingTime", "2026-11-26T19:00", "meetingPlace", "社区协商议事室",
        "organiserParticipants", "社区协商议事委员会", "interestedParties", "12 号院居民代表 5 人", "thirdParties", "物业公司"));
    m.fireTimer(NOTICE_PERIOD);
    m.complete("minzulu-staff", YuzhongProcess.TASK_STATEMENT, Map.of("statementMinutes", "网格长陈述堆物现状"));
    m.complete("minzulu-staff", YuzhongProcess.TASK_QUESTIONS, Map.of("questionsMinutes", "居民询问清理时间"));
    m.complete("minzulu-staff", YuzhongProcess.TASK_DISCUSSION, Map.of("discussionMinutes", "讨论集中存放点"));
    m.complete("minzulu-staff", YuzhongProcess.TASK_NEGOTIATION, Map.of("negotiationMinutes", "商定两周内自行清理"));
    m.complete("minzulu-staff", YuzhongProcess.TASK_CONCLUSION, Map.of("conclusionMinutes", "形成清理方案", "conclusionReached", "true"));
    m.complete("minzulu-council", YuzhongProcess.TASK_DELIBERATE, Map.of(
        "resultText", "12 月 18 日前清理楼道堆物，物业设集中存放点", "estimatedCost", 2000, "householdsAffected", 36,
        "touchesPropertyRights", "false", "involvesFees", "false", "involvesDemolition", "false",
        "affectsPublicSafety", "false", "consultationLevel", "社区"));
    m.complete("minzulu-staff", YuzhongProcess.TASK_RECORD_RESOLUTION, Map.of(
        "representativesTotal", 30, "representativesPresent", 24, "votesFor", 20, "votesAgainst", 2, "votesAbstain", 2));
    m.fireTimer(NOTICE_PERIOD);
    m.complete("minzulu-council", YuzhongProcess.TASK_ASSIGN_IMPLEMENTATION, Map.of(
        "responsibleUnit", "unit-jiefangbei-property", "completionDeadline", "2026-12-18T17:00"));
    if (overdue) {
      m.fireTimer("Timer_CompletionReminder");
      m.fireTimer("Timer_CompletionOverdue");
      m.complete("jiefangbei-office", "Task_SuperviseImplementation", Map.of("supervisionNote", "约谈物业公司，限三日内完成"));
    }
    m.complete("jiefangbei-property", "Task_Implement", Map.of("implementationReport", "已清理，设存放点"));
    m.complete("jiefangbei-property", "Task_Feedback", Map.of("feedbackReport", "居民已反馈无新增堆物"));
    m.complete("minzulu-staff", "Task_RecordEvaluation", Map.of("evaluationResult", "满意", "respondentCount", 18));
  }

  /** 垦利 八步议事, 杨庙社区; reviewLapses: the street office lets the legality review deadline pass, the district reviews. */
  static void kenli(Matter m) throws IOException, InterruptedException {
    m.start("yangmiao-staff", KenliProcess.PROCESS_KEY, Map.of("topicChannel", "网格员",
        "topic", "杨庙社区3号院停车难", "topicDescription", "3号院车位不足，夜间占用消防通道",
        "raisedBy", "网格员崔霞", "consultationLevel", "社区"));
  }

  static void driveKenli(Matter m, boolean reviewLapses) throws IOException, InterruptedException {
    m.complete("yangmiao-secretary", "Task_ScreenTopic", Map.of("catalogueItem", "物业服务和环境整治", "screeningNote", "居民普遍关注的居住环境事项"));
    m.complete("yangmiao-secretary", "Task_FixParticipants", KenliFullRun.participants());
    m.complete("yangmiao-council", "Task_HoldMeeting", Map.of("meetingMinutes", "八方代表到会，讨论施划车位方案", "meetingOutcome", "共识",
        "resultText", "在3号院东侧施划20个车位，按月收取停车管理费", "estimatedCost", 30000, "householdsAffected", 120,
        "involvesFees", true));
    m.fireTimer(NOTICE_PERIOD);
    if (reviewLapses) {
      m.fireTimer("Timer_StreetDeadline");
      m.complete("kenli-civil", "Task_DistrictReview", Map.of("legalReviewOutcome", "lawful", "legalOpinion", "街道逾期，区民政局审核：收费经业主共同决定，合法"));
    } else {
      m.complete("dongjizhen-office", "Task_StreetReview", Map.of("legalReviewOutcome", "lawful", "legalOpinion", "收费经业主共同决定，合法"));
    }
    m.complete("yangmiao-staff", "Task_AssignHandler", Map.of("responsibleUnit", "unit-kenli-property", "completionDeadline", "2026-12-18T17:00"));
    m.complete("kenli-supervisor", "Task_SuperviseVisit", Map.of("visitedHouseholds", 12, "supervisionVisitRecord", "走访12户，诉求明确"));
    m.complete("kenli-property", "Task_Implement", Map.of("implementationReport", "已施划20个车位并设置标识"));
    m.complete("kenli-property", "Task_Feedback", Map.of("feedbackReport", "车位已投入使用，消防通道畅通"));
    m.complete("kenli-supervisor", "Task_SuperviseHandling", Map.of("handlingVerdict", "按要求办理", "supervisionHandlingRecord", "按期办结"));
    m.complete("kenli-supervisor", "Task_SuperviseReturnVisit", Map.of("returnVisitHouseholds", 10, "supervisionReturnVisitRecord", "回访10户"));
    m.complete("yangmiao-staff", "Task_EvaluateByResidents", Map.of("residentEvaluation", "满意", "residentEvaluationRespondents", 40,
        "residentEvaluationSatisfied", 38));
    m.complete("kenli-supervisor", "Task_SuperviseSatisfaction", Map.of("supervisionSatisfactionRecord", "满意率95%"));
    m.complete("yangmiao-staff", "Task_Archive", Map.of("archiveComplete", true, "archiveNote", "资料齐全"));
  }

  /** 沧州 八步议事, 丽景社区: the pothole, two responsible units. */
  static void cangzhou(Matter m) throws IOException, InterruptedException {
    m.start("lijing-staff", CangzhouProcess.KEY, Map.of("communityId", "lijing",
        "topic", "让居民出行安全，对低洼路段进行维修",
        "topicDescription", "万泰丽景小区西侧小路没有排水设施，低洼处长期积水，路面形成大坑，有老邻居摔伤",
        "topicChannel", "社区事务商谈会", "topicMode", "面对面", "raisedBy", "万泰丽景小区居民", "topicLocation", "万泰丽景小区"));
  }

  static void driveCangzhou(Matter m) throws IOException, InterruptedException {
    m.complete("lijing-secretary", TASK_STUDY_TOPIC, Map.of("studyDecision", "admit",
        "category", "公共设施维修", "consultationLevel", "小区", "meetingTime", "2026-11-16T09:00",
        "meetingPlace", "丽景社区协商议事厅",
        "meetingParticipants", "社区“两委”负责人、万泰丽景小区物业公司、居民代表，市消防救援支队、运河区消防救援大队、运河区城管部门"));
    m.fireTimer(NOTICE_PERIOD); // the meeting notice closes
    m.complete("lijing-staff", TASK_HOLD_TALKS, Map.of("talksAttendance", "社区“两委”、物业公司、居民代表、包片责任单位",
        "talksMinutes", "大家围坐在一起，就这条小路的维修工作展开讨论",
        "initialSuggestions", "消防救援支队维修坑洼；社区提示居民；物业维持秩序；城管监督文明施工"));
    m.complete("lijing-council", TASK_DRAFT_PLAN, Map.of("draftDecision", "submit", "planKind", "方案",
        "planText", "市消防救援支队负责维修坑洼处；社区负责提示居民；物业服务公司维持现场秩序；城管部门监督文明施工",
        "estimatedCost", 20000, "householdsAffected", 120, "affectsPublicSafety", true));
    m.complete("lijing-staff", TASK_REACH_CONSENSUS, Map.of("consensusReached", "true", "consensusMinutes", "各方一致同意维修方案和分工"));
    m.complete("yunhe-expert", TASK_EXPERT_REVIEW, Map.of("expertDecision", "approved", "expertOpinion", "分工明确，符合法律法规"));
    m.complete("lijing-staff", TASK_REPRESENTATIVES_VOTE, Map.of("voteMode", "approval",
        "totalRepresentatives", 30, "presentRepresentatives", 27, "yesVotes", 26, "voteMinutes", "举手表决"));
    m.complete("shuiyuesi-office", "Task_StreetReview", Map.of("legalReviewOutcome", "lawful", "legalOpinion", "维修公共道路、消除安全隐患，合法"));
    m.complete("lijing-secretary", TASK_JOINT_MEETING, Map.of(
        "responsibleUnits", new Matter.Json("[\"unit-cangzhou-fire\",\"unit-wantai-property\"]"),
        "unitDuties", "市消防救援支队负责维修坑洼处；万泰丽景小区物业公司负责维持现场秩序",
        "supervisionArrangement", "运河区城管部门监督文明施工；居民代表监督施工质量",
        "completionDeadline", "2026-12-15T18:00", "jointMeetingMinutes", "“两委”联席会议明确分工和时限"));
    m.fireTimer(NOTICE_PERIOD); // the result notice closes: implementation starts, one call per unit
    for (String[] unit : new String[][] {{"cangzhou-fire", "unit-cangzhou-fire"}, {"wantai-property", "unit-wantai-property"}}) {
      m.completeFor(unit[0], unit[1], "Task_Implement", Map.of("implementationReport", "4处破损路面当天维修完毕"));
      m.completeFor(unit[0], unit[1], "Task_Feedback", Map.of("feedbackReport", "已维修平整，居民出行方便了"));
      m.complete("lijing-staff", "Task_RecordEvaluation", Map.of("evaluationResult", "满意", "respondentCount", 15));
    }
  }

  /** 海门 七步议事法, 三南社区. */
  static void haimen(Matter m) throws IOException, InterruptedException {
    m.start("sannan-staff", SevenStep.KEY, Map.of("communityId", "sannan", "topic", "三南社区老旧小区停车位改造",
        "topicSource", "入户走访", "topicDescription", "小区停车位不足，夜间乱停放堵塞消防通道"));
  }

  static void driveHaimen(Matter m) throws IOException, InterruptedException {
    m.complete("sannan-secretary", SevenStep.TASK_SURVEY_NEEDS, Map.of("surveyMethod", "入户走访", "householdsReached", 86,
        "householdsAffected", 120, "surveyFindings", "八成住户支持划线增加车位，部分住户担心收费"));
    m.complete("sannan-secretary", SevenStep.TASK_REVIEW_TOPIC, Map.of("topic", "三南社区老旧小区停车位改造", "topicCategory", "公共事务",
        "topicContested", false, "resultText", "利用绿化带边角改造 40 个停车位，按月收取管理费 30 元", "reviewMinutes", "理事会一致同意提交表决"));
    m.complete("sannan-secretary", SevenStep.TASK_HOLD_HEARING, Map.of("hearingParticipants", 45, "hearingMinutes", "听证会上多数住户同意"));
    m.complete("sannan-staff", SevenStep.TASK_VOTE, Map.of("voteMeeting", "村（居）民代表会议", "representativesTotal", 30,
        "representativesPresent", 25, "votesFor", 20, "votesAgainst", 3, "votesAbstained", 2, "voteMinutes", "方案获通过"));
    m.complete("sannan-staff", SevenStep.TASK_PREPARE_IMPLEMENTATION, Map.of("responsibleUnit", "unit-haimen-property",
        "completionDeadline", "2026-12-10", "estimatedCost", 80000, "involvesFees", true));
    m.complete("binjiang-office", "Task_StreetReview", Map.of("legalReviewOutcome", "lawful", "legalOpinion", "收费经业主表决，合法"));
    m.complete("haimen-property", "Task_Implement", Map.of("implementationReport", "40 个车位已划线并投入使用"));
    m.complete("haimen-property", "Task_Feedback", Map.of("feedbackReport", "夜间乱停放明显减少"));
    m.complete("sannan-staff", "Task_RecordEvaluation", Map.of("evaluationResult", "满意", "respondentCount", 60,
        "evaluationComments", "停车方便了"));
    m.complete("sannan-secretary", SevenStep.TASK_DEMOCRATIC_EVALUATION, Map.of("evaluationMeetingParticipants", 18,
        "councilEvaluation", "满意", "evaluationMeetingMinutes", "民主评议会认为办理及时"));
    m.complete("sannan-staff", SevenStep.TASK_PREPARE_FEEDBACK, Map.of("feedbackNotice", "停车位改造已完成，共 40 个车位",
        "departmentFeedback", "建议城管部门加强夜间巡查"));
    m.fireTimer(NOTICE_PERIOD);
    m.complete("sannan-secretary", SevenStep.TASK_POST_EVALUATION, Map.of("goalsAchieved", "完全实现", "postEvaluation", "目标实现，群众满意"));
  }

  /** 海门 三推两选一票决一公示, 三南社区: the council elected, its group replaced when the notice runs out. */
  static void councilElection(Matter m) throws IOException, InterruptedException {
    m.start("sannan-staff", CouncilElection.KEY, Map.of("communityId", "sannan", "seats", 3L));
  }

  static void driveCouncilElection(Matter m) throws IOException, InterruptedException {
    // as CouncilElectionFullRun: each nomination entered by its own side (the 两委's staff, the 业主委员会's
    // representative, the party secretary) with its body, meeting date and minutes; a resident by name and the
    // community's system users chosen from the list (Json)
    m.complete("sannan-staff", CouncilElection.TASK_NOMINATE_BY_COMMITTEES, nomination("三南社区“两委”联席会议", "张建国",
        "[\"sannan-council\"]"));
    m.complete("sannan-owners", CouncilElection.TASK_NOMINATE_BY_OWNERS, nomination("三南花园业主委员会", "李秀兰", "[\"sannan-grid\"]"));
    m.complete("sannan-secretary", CouncilElection.TASK_NOMINATE_BY_MEMBERS, nomination("三南社区党员群众推荐会", "王大海",
        "[\"sannan-staff\"]"));
    // 两筛选: the two committees (staff record, the party secretary confirms), then the street's party working committee
    m.complete("sannan-staff", CouncilElection.TASK_SCREEN_BY_COMMITTEES, Map.of("strikes", new Matter.Json("[\"王大海\"]"),
        "strikeReason", "户籍不在本社区"));
    m.complete("sannan-secretary", CouncilElection.TASK_CONFIRM_SCREENING, Map.of("screeningDecision", "confirmed"));
    m.complete("binjiang-party", CouncilElection.TASK_SCREEN_BY_PARTY, Map.of());
    // the ballot's table: a row per candidate (Json, as form-js's dynamic list submits it)
    m.complete("sannan-staff", CouncilElection.TASK_SECRET_BALLOT, Map.of("ballotMeeting", "村（居）民代表会议", "ballotsCast", 100,
        "ballotRows", new Matter.Json("[{\"name\":\"茅建华\",\"votes\":30},{\"name\":\"张建国\",\"votes\":60},"
            + "{\"name\":\"李秀兰\",\"votes\":20},{\"name\":\"袁梅\",\"votes\":80},{\"name\":\"季晓燕\",\"votes\":70}]")));
    m.fireTimer(NOTICE_PERIOD);
  }

  private static Map<String, Object> nomination(String body, String residents, String users) {
    return Map.of("nominatingBody", body, "nominationMeetingDate", "2025-12-01", "nominationMinutes", body + "讨论推荐人选",
        "nominations", residents, "nominatedUsers", new Matter.Json(users));
  }

  /** 东城区 多福巷社区, with implementation through the street. */
  static void dongcheng(Matter m) throws IOException, InterruptedException {
    m.start("duofuxiang-staff", DongchengConsultation.PROCESS_KEY, Map.of(
        "communityId", "duofuxiang", "topic", "多福巷12号院楼道堆物清理", "topicCategory", "公共事务和公益事业"));
  }

  static void driveDongcheng(Matter m) throws IOException, InterruptedException {
    m.complete("duofuxiang-staff", DongchengConsultation.TASK_FIX_TOPIC, Map.of("handling", "社区协商", "consultationLayer", "楼栋",
        "consultationForm", "楼院理事会", "meetingHost", "社区社会工作者刘洋", "meetingTime", "2026-11-19T19:00",
        "meetingPlace", "社区议事厅", "selectionMethod", "主动邀请", "participantCandidates", "12号院居民代表\n物业公司"));
    m.fireTimer(NOTICE_PERIOD);
    m.complete("duofuxiang-staff", DongchengConsultation.TASK_HOLD_DISCUSSION, Map.of("hostNeutral", true, "discussionMinutes", "各方同意限期清理"));
    m.complete("duofuxiang-staff", DongchengConsultation.TASK_DELIBERATE, Map.of("deliberationOutcome", "达成共识",
        "resultText", "物业公司两周内清理楼道堆物，居民自行搬离个人物品", "estimatedCost", 2000L, "householdsAffected", 24L));
    m.complete("duofuxiang-watch", DongchengConsultation.TASK_SUPERVISE_RESULT, Map.of("resultSupervisionVerdict", "确认"));
    m.complete("duofuxiang-staff", DongchengConsultation.TASK_PLAN_IMPLEMENTATION, Map.of("implementationMode", "委托社会力量",
        "fundingSource", "无需资金", "responsibleUnit", "unit-donghuamen-property", "completionDeadline", "workdays:10"));
    m.complete("donghuamen-property", "Task_Implement", Map.of("implementationReport", "已清理 6 个楼道"));
    m.complete("donghuamen-property", "Task_Feedback", Map.of("feedbackReport", "居民反映良好"));
    m.complete("duofuxiang-staff", "Task_RecordEvaluation", Map.of("evaluationResult", "满意", "respondentCount", 18L));
    m.complete("duofuxiang-staff", DongchengConsultation.TASK_TRACK_IMPLEMENTATION, Map.of("trackingOutcome", "已落实"));
    m.complete("duofuxiang-watch", DongchengConsultation.TASK_SUPERVISE_IMPLEMENTATION, Map.of("implementationSupervisionVerdict", "确认"));
    m.fireTimer(NOTICE_PERIOD);
    m.complete("donghuamen-office", DongchengConsultation.TASK_DECIDE_THIRD_PARTY, Map.of("thirdPartyChosen", true));
    m.complete("donghuamen-office", DongchengConsultation.TASK_THIRD_PARTY_EVALUATION, Map.of("thirdPartyEvaluator", "东城社会工作评估中心",
        "thirdPartyEvaluation", "成果落实到位"));
  }
}
