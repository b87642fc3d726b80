package com.civicflow.consultation.haimen;

import static com.civicflow.consultation.haimen.SevenStep.*;

import com.civicflow.consultation.implementation.ImplementationProcess;
import com.civicflow.consultation.drive.EngineSteps;
import com.civicflow.consultation.drive.Steps;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;

/**
 * One complete 七步议事法 in 三南社区, each step by its user: a topic reviewed at a 民主恳谈会, affecting 120 households
 * (民主听证会 required), a valid vote, street legality review (fees), implementation by 海门市物业服务中心,
 * 民主评议会, the result posted and its notice period run out, post-evaluation and close.
 */
public final class SevenStepFullRun {

  static final String TOPIC = "三南社区老旧小区停车位改造";

  private SevenStepFullRun() {}

  public static ProcessInstance run(ProcessEngine engine) {
    return run(new EngineSteps(engine));
  }

  public static ProcessInstance run(Steps steps) {
    try {
      return consult(steps);
    } finally {
      steps.reset();
    }
  }

  private static ProcessInstance consult(Steps steps) {
    ProcessEngine engine = steps.engine();
    ProcessInstance pi = steps.start("sannan-staff", KEY, Map.of("communityId", "sannan", "topic", TOPIC,
        "topicSource", "入户走访", "topicDescription", "小区停车位不足，夜间乱停放堵塞消防通道"));
    String bk = pi.getBusinessKey();
    steps.complete("sannan-secretary", bk, TASK_SURVEY_NEEDS, Map.of("surveyMethod", "入户走访", "householdsReached", 86,
        "householdsAffected", 120, "surveyFindings", "八成住户支持划线增加车位，部分住户担心收费"));
    steps.complete("sannan-secretary", bk, TASK_REVIEW_TOPIC, Map.of("topic", TOPIC, "topicCategory", "公共事务",
        "meetingKind", "民主恳谈会", "topicContested", false, "resultText", "利用绿化带边角改造 40 个停车位，按月收取管理费 30 元",
        "reviewMinutes", "理事会一致同意提交表决"));
    steps.complete("sannan-secretary", bk, TASK_HOLD_HEARING, Map.of("hearingParticipants", 45, "hearingMinutes", "听证会上多数住户同意，收费标准下调为 30 元"));
    steps.complete("sannan-staff", bk, TASK_VOTE, Map.of("voteMeeting", "村（居）民代表会议", "representativesTotal", 30,
        "representativesPresent", 25, "votesFor", 20, "votesAgainst", 3, "votesAbstained", 2, "voteMinutes", "方案获通过"));
    String deadline = ClockUtil.getCurrentTime().toInstant().atZone(ZoneId.of("Asia/Shanghai")).toLocalDate().plusDays(30).toString();
    Map<String, Object> handOver = new HashMap<>(Map.of("responsibleUnit", "unit-haimen-property", "completionDeadline", deadline,
        "estimatedCost", 80000, "involvesFees", true));
    steps.complete("sannan-staff", bk, TASK_PREPARE_IMPLEMENTATION, handOver);
    steps.complete("binjiang-office", bk, "Task_StreetReview", Map.of("legalReviewOutcome", "lawful", "legalOpinion", "收费经业主表决，合法"));
    steps.complete("haimen-property", bk, ImplementationProcess.TASK_IMPLEMENT, Map.of("implementationReport", "40 个车位已划线并投入使用"));
    steps.complete("haimen-property", bk, ImplementationProcess.TASK_FEEDBACK, Map.of("feedbackReport", "夜间乱停放明显减少"));
    steps.complete("sannan-staff", bk, ImplementationProcess.TASK_RECORD_EVALUATION, Map.of("evaluationResult", "满意",
        "respondentCount", 60, "evaluationComments", "停车方便了"));
    steps.complete("sannan-secretary", bk, TASK_DEMOCRATIC_EVALUATION, Map.of("evaluationMeetingParticipants", 18,
        "councilEvaluation", "满意", "evaluationMeetingMinutes", "民主评议会认为办理及时"));
    steps.complete("sannan-staff", bk, TASK_PREPARE_FEEDBACK, Map.of("feedbackNotice", "停车位改造已完成，共 40 个车位",
        "departmentFeedback", "建议城管部门加强夜间巡查"));
    steps.passTimer(bk, "Timer_NoticePeriod");
    steps.complete("sannan-secretary", bk, TASK_POST_EVALUATION, Map.of("goalsAchieved", "完全实现", "postEvaluation", "目标实现，群众满意"));
    if (engine.getRuntimeService().createProcessInstanceQuery().processInstanceId(pi.getId()).count() != 0) {
      throw new AssertionError("七步议事法应已结案");
    }
    return pi;
  }

  /** A matter whose vote fails (no majority of those present): the party secretary closes it. Returns its number. */
  public static String failedVoteCloses(Steps steps) {
    try {
      String bk = steps.start("sannan-staff", KEY, Map.of("communityId", "sannan", "topic", "楼道堆物清理",
          "topicSource", "入户走访", "topicDescription", "楼道堆放杂物")).getBusinessKey();
      steps.complete("sannan-secretary", bk, TASK_SURVEY_NEEDS, Map.of("surveyMethod", "问卷调查", "householdsReached", 40,
          "householdsAffected", 10, "surveyFindings", "多数住户要求清理"));
      steps.complete("sannan-secretary", bk, TASK_REVIEW_TOPIC, Map.of("topic", "楼道堆物清理", "topicCategory", "公共事务",
          "topicContested", false, "resultText", "统一清理楼道杂物，设置临时堆放点", "reviewMinutes", "同意"));
      steps.complete("sannan-staff", bk, TASK_VOTE, Map.of("voteMeeting", "村（居）民代表会议", "representativesTotal", 30,
          "representativesPresent", 25, "votesFor", 12, "votesAgainst", 13, "votesAbstained", 0, "voteMinutes", "未获多数"));
      steps.complete("sannan-secretary", bk, TASK_HANDLE_FAILED_VOTE, Map.of("afterFailedVote", "close",
          "failedVoteNote", "多数居民不同意"));
      if (steps.engine().getRuntimeService().createProcessInstanceQuery().processInstanceBusinessKey(bk).count() != 0) {
        throw new AssertionError("表决未通过后应已结案: " + bk);
      }
      return bk;
    } finally {
      steps.reset();
    }
  }

  /** Completes the matter's open task of that step (in the matter or a called process) as the user, as Tasklist would. */
  static void complete(ProcessEngine engine, String businessKey, String taskKey, String user, Map<String, Object> variables) {
    new EngineSteps(engine).complete(user, businessKey, taskKey, variables);
  }
}
