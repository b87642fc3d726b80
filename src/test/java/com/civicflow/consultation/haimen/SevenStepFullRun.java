package com.civicflow.consultation.haimen;

import static com.civicflow.consultation.haimen.SevenStep.*;

import com.civicflow.consultation.implementation.ImplementationProcess;
import com.civicflow.consultation.notice.PublicNotice;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;

/**
 * One complete 七步议事法 in 三南社区 with plain engine APIs (no job executor): a topic affecting 120 households
 * (民主听证会 required), a valid vote, street legality review (fees), implementation by 海门市物业服务中心,
 * 民主评议会, the result posted and its notice period run out, post-evaluation and close.
 */
public final class SevenStepFullRun {

  static final String TOPIC = "三南社区老旧小区停车位改造";

  private SevenStepFullRun() {}

  public static ProcessInstance run(ProcessEngine engine) {
    CouncilElectionFullRun.authenticate(engine, "sannan-staff");
    ProcessInstance pi;
    try {
      pi = engine.getRuntimeService().startProcessInstanceByKey(KEY, Map.of("communityId", "sannan", "topic", TOPIC,
          "topicSource", "入户走访", "topicDescription", "小区停车位不足，夜间乱停放堵塞消防通道"));
    } finally {
      engine.getIdentityService().clearAuthentication();
    }
    String bk = pi.getBusinessKey();
    complete(engine, bk, TASK_SURVEY_NEEDS, "sannan-secretary", Map.of("surveyMethod", "入户走访", "householdsReached", 86,
        "householdsAffected", 120, "surveyFindings", "八成住户支持划线增加车位，部分住户担心收费"));
    complete(engine, bk, TASK_REVIEW_TOPIC, "sannan-secretary", Map.of("topic", TOPIC, "topicCategory", "公共事务",
        "topicContested", false, "resultText", "利用绿化带边角改造 40 个停车位，按月收取管理费 30 元",
        "reviewMinutes", "理事会一致同意提交表决"));
    complete(engine, bk, TASK_HOLD_HEARING, "sannan-secretary", Map.of("hearingParticipants", 45, "hearingMinutes", "听证会上多数住户同意，收费标准下调为 30 元"));
    complete(engine, bk, TASK_VOTE, "sannan-staff", Map.of("voteMeeting", "村（居）民代表会议", "representativesTotal", 30,
        "representativesPresent", 25, "votesFor", 20, "votesAgainst", 3, "votesAbstained", 2, "voteMinutes", "方案获通过"));
    String deadline = ClockUtil.getCurrentTime().toInstant().atZone(ZoneId.of("Asia/Shanghai")).toLocalDate().plusDays(30).toString();
    Map<String, Object> handOver = new HashMap<>(Map.of("responsibleUnit", "unit-haimen-property", "completionDeadline", deadline,
        "estimatedCost", 80000, "involvesFees", true));
    complete(engine, bk, TASK_PREPARE_IMPLEMENTATION, "sannan-staff", handOver);
    complete(engine, bk, "Task_StreetReview", "binjiang-office", Map.of("legalReviewOutcome", "lawful", "legalOpinion", "收费经业主表决，合法"));
    complete(engine, bk, ImplementationProcess.TASK_IMPLEMENT, "haimen-property", Map.of("implementationReport", "40 个车位已划线并投入使用"));
    complete(engine, bk, ImplementationProcess.TASK_FEEDBACK, "haimen-property", Map.of("feedbackReport", "夜间乱停放明显减少"));
    complete(engine, bk, ImplementationProcess.TASK_RECORD_EVALUATION, "sannan-staff", Map.of("evaluationResult", "满意",
        "respondentCount", 60, "evaluationComments", "停车方便了"));
    complete(engine, bk, TASK_DEMOCRATIC_EVALUATION, "sannan-secretary", Map.of("evaluationMeetingParticipants", 18,
        "councilEvaluation", "满意", "evaluationMeetingMinutes", "民主评议会认为办理及时"));
    complete(engine, bk, TASK_PREPARE_FEEDBACK, "sannan-staff", Map.of("feedbackNotice", "停车位改造已完成，共 40 个车位",
        "departmentFeedback", "建议城管部门加强夜间巡查"));
    ProcessInstance notice = engine.getRuntimeService().createProcessInstanceQuery().processInstanceBusinessKey(bk)
        .processDefinitionKey(PublicNotice.PROCESS_KEY).singleResult();
    Job timer = engine.getManagementService().createJobQuery().processInstanceId(notice.getId()).timers().singleResult();
    engine.getManagementService().executeJob(timer.getId());
    complete(engine, bk, TASK_POST_EVALUATION, "sannan-secretary", Map.of("goalsAchieved", "完全实现", "postEvaluation", "目标实现，群众满意"));
    if (engine.getRuntimeService().createProcessInstanceQuery().processInstanceId(pi.getId()).count() != 0) {
      throw new AssertionError("七步议事法应已结案");
    }
    return pi;
  }

  /** Completes the matter's open task of that step (in the matter or a called process) as the user, as Tasklist would. */
  static void complete(ProcessEngine engine, String businessKey, String taskKey, String user, Map<String, Object> variables) {
    CouncilElectionFullRun.authenticate(engine, user);
    try {
      Task task = engine.getTaskService().createTaskQuery().processInstanceBusinessKey(businessKey)
          .taskDefinitionKey(taskKey).taskCandidateUser(user).singleResult();
      if (task == null) {
        throw new AssertionError(user + " 没有待办任务 " + taskKey);
      }
      engine.getTaskService().complete(task.getId(), variables);
    } finally {
      engine.getIdentityService().clearAuthentication();
    }
  }
}
