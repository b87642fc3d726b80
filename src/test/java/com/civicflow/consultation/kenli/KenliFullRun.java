package com.civicflow.consultation.kenli;

import com.civicflow.consultation.TestUsers;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.persistence.entity.JobEntity;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.variable.Variables;

/**
 * One complete community-level consultation of {@code kenli-eight-step} with plain engine APIs, each step
 * completed by the user whose role it is (no job executor: due jobs are executed here, mail jobs left
 * queued). Used by {@code KenliEightStepTest} and by the PostgreSQL integration suite.
 */
public final class KenliFullRun {

  static final ZoneId BEIJING = ZoneId.of("Asia/Shanghai");
  /** Monday 23 November 2026, 09:00 Beijing time. */
  static final Date MONDAY = beijing("2026-11-23T09:00");
  static final String MAIL_JOB_TYPE = "consultation-mail";

  private final ProcessEngine engine;
  private String matterNumber;

  private KenliFullRun(ProcessEngine engine) {
    this.engine = engine;
  }

  public static void run(ProcessEngine engine) {
    ClockUtil.setCurrentTime(MONDAY);
    try {
      new KenliFullRun(engine).consult();
    } finally {
      ClockUtil.reset();
      engine.getIdentityService().clearAuthentication();
    }
  }

  private void consult() {
    ProcessInstance matter = as("yangmiao-staff", () -> engine.getRuntimeService().startProcessInstanceByKey(
        KenliProcess.PROCESS_KEY, Variables.createVariables().putValue("topicChannel", "网格员")
            .putValue("topic", "杨庙社区3号院停车难").putValue("topicDescription", "3号院车位不足，夜间占用消防通道")
            .putValue("raisedBy", "网格员崔霞").putValue("consultationLevel", "社区")));
    matterNumber = matter.getBusinessKey();
    complete("yangmiao-secretary", "Task_ScreenTopic", Map.of("catalogueItem", "物业服务和环境整治", "screeningNote", "居民普遍关注的居住环境事项"));
    complete("yangmiao-secretary", "Task_FixParticipants", participants());
    complete("yangmiao-council", "Task_HoldMeeting", Map.of("meetingMinutes", "八方代表到会，讨论施划车位方案", "meetingOutcome", "共识",
        "resultText", "在3号院东侧施划20个车位，按月收取停车管理费", "estimatedCost", 30000, "householdsAffected", 120,
        "involvesFees", true));
    ClockUtil.setCurrentTime(beijing("2026-12-01T09:00")); // the notice period (5 working days) is over
    runDueJobs();
    complete("dongjizhen-office", "Task_StreetReview", Map.of("legalReviewOutcome", "lawful", "legalOpinion", "收费经业主共同决定，合法"));
    complete("yangmiao-staff", "Task_AssignHandler", Map.of("responsibleUnit", "unit-kenli-property",
        "completionDeadline", "2026-12-18T17:00"));
    complete("kenli-supervisor", "Task_SuperviseVisit", Map.of("visitedHouseholds", 12, "supervisionVisitRecord", "走访12户，诉求明确"));
    complete("kenli-property", "Task_Implement", Map.of("implementationReport", "已施划20个车位并设置标识"));
    complete("kenli-property", "Task_Feedback", Map.of("feedbackReport", "车位已投入使用，消防通道畅通"));
    complete("yangmiao-staff", "Task_RecordEvaluation", Map.of("evaluationResult", "满意", "respondentCount", 36));
    complete("kenli-supervisor", "Task_SuperviseHandling", Map.of("handlingVerdict", "按要求办理", "supervisionHandlingRecord", "按期办结"));
    complete("kenli-supervisor", "Task_SuperviseReturnVisit", Map.of("returnVisitHouseholds", 10, "supervisionReturnVisitRecord", "回访10户"));
    complete("kenli-supervisor", "Task_SuperviseSatisfaction", Map.of("satisfactionSurveyed", 40, "satisfactionSatisfied", 38,
        "supervisionSatisfactionRecord", "满意率95%"));
    complete("yangmiao-staff", "Task_EvaluateByResidents", Map.of("residentEvaluation", "满意", "residentEvaluationRespondents", 40));
    complete("yangmiao-staff", "Task_Archive", Map.of("archiveComplete", true, "archiveNote", "资料齐全"));

    var history = engine.getHistoryService().createHistoricProcessInstanceQuery().processInstanceId(matter.getId()).singleResult();
    assertThat(history.getEndTime()).as("matter ended").isNotNull();
    assertThat(history.getEndActivityId()).isEqualTo("Event_Archived");
    assertThat(engine.getHistoryService().createHistoricVariableInstanceQuery().processInstanceId(matter.getId())
        .variableName("satisfactionRate").singleResult().getValue()).isEqualTo(95L);
  }

  public static Map<String, Object> participants() {
    Map<String, Object> vars = new java.util.HashMap<>(Map.of("convener", "杨志强", "interestedParties", "3号院业主\n垦利区物业公司",
        "consultationForm", "板凳议事", "meetingTime", "2026-11-25T19:00", "meetingPlace", "杨庙社区议事厅"));
    for (EightParties party : EightParties.values()) {
      vars.put(party.variable.name(), true);
    }
    return vars;
  }

  private void complete(String userId, String taskKey, Map<String, Object> variables) {
    Task task = engine.getTaskService().createTaskQuery().processInstanceBusinessKey(matterNumber)
        .taskDefinitionKey(taskKey).singleResult();
    assertThat(task).as("open task " + taskKey).isNotNull();
    as(userId, () -> {
      engine.getTaskService().claim(task.getId(), userId);
      engine.getTaskService().complete(task.getId(), variables);
      return null;
    });
    runDueJobs();
  }

  /** Executes the matter's due jobs (async steps, timers) until none is left; mail stays queued. */
  private void runDueJobs() {
    for (int round = 0; round < 20; round++) {
      List<Job> due = engine.getRuntimeService().createProcessInstanceQuery().processInstanceBusinessKey(matterNumber)
          .list().stream().flatMap(pi -> engine.getManagementService().createJobQuery().processInstanceId(pi.getId())
              .executable().list().stream())
          .filter(j -> !MAIL_JOB_TYPE.equals(((JobEntity) j).getJobHandlerType())).toList();
      if (due.isEmpty()) {
        return;
      }
      due.forEach(job -> engine.getManagementService().executeJob(job.getId()));
    }
  }

  private <T> T as(String userId, java.util.function.Supplier<T> action) {
    return TestUsers.as(engine, userId, action);
  }

  static Date beijing(String localDateTime) {
    return Date.from(LocalDateTime.parse(localDateTime).atZone(BEIJING).toInstant());
  }
}
