package com.civicflow.consultation.cangzhou;

import com.civicflow.consultation.TestUsers;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDateTime;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.variable.Variables;
import org.camunda.spin.plugin.variable.SpinValues;

/**
 * One complete consultation of {@code cangzhou-eight-step} with plain engine APIs, as the real users: the
 * seed's pothole west of 万泰丽景小区 (丽景社区, 运河区). Topic raised 9 October 2026, meeting 15 October,
 * the 市消防救援支队 repairs it and the property company keeps order, the 城管部门 supervises, progress
 * is reported every two weeks, residents are satisfied by 15 November — within a month. No job executor:
 * due timers are executed here; the clock is reset at the end. Used by the test class and by PostgresIT.
 */
public final class CangzhouFullRun {

  static final String COMMUNITY = "lijing";
  static final String FIRE_BRIGADE = "unit-cangzhou-fire";
  static final String PROPERTY = "unit-wantai-property";

  private final ProcessEngine engine;
  private String matter;

  private CangzhouFullRun(ProcessEngine engine) {
    this.engine = engine;
  }

  public static void run(ProcessEngine engine) {
    try {
      new CangzhouFullRun(engine).pothole();
    } finally {
      ClockUtil.reset();
      engine.getIdentityService().clearAuthentication();
    }
  }

  private void pothole() {
    at("2026-10-09T09:00");
    ProcessInstance pi = as("lijing-staff", () -> engine.getRuntimeService().startProcessInstanceByKey(CangzhouProcess.KEY,
        Variables.createVariables().putValue("communityId", COMMUNITY)
            .putValue("topic", "让居民出行安全，对低洼路段进行维修")
            .putValue("topicDescription", "万泰丽景小区西侧小路没有排水设施，低洼处长期积水，路面形成大坑，有老邻居摔伤")
            .putValue("topicChannel", "社区事务商谈会").putValue("topicMode", "面对面")
            .putValue("raisedBy", "万泰丽景小区居民").putValue("topicLocation", "万泰丽景小区")));
    matter = pi.getBusinessKey();
    complete("lijing-secretary", CangzhouProcess.TASK_STUDY_TOPIC, Map.of("studyDecision", "admit",
        "category", "公共设施维修", "consultationLevel", "小区", "meetingTime", "2026-10-15T09:00",
        "meetingPlace", "丽景社区协商议事厅",
        "meetingParticipants", "社区“两委”负责人、万泰丽景小区物业公司、居民代表，市消防救援支队、运河区消防救援大队、运河区城管部门"));

    at("2026-10-14T09:00");
    runDueTimers(); // the meeting notice closes
    at("2026-10-15T09:00");
    complete("lijing-staff", CangzhouProcess.TASK_HOLD_TALKS, Map.of("talksAttendance", "社区“两委”、物业公司、居民代表、包片责任单位",
        "talksMinutes", "大家围坐在一起，你一言我一语，就这条小路的维修工作展开讨论",
        "initialSuggestions", "消防救援支队维修坑洼；社区提示居民；物业维持秩序；城管监督文明施工"));
    complete("lijing-council", CangzhouProcess.TASK_DRAFT_PLAN, Map.of("draftDecision", "submit", "planKind", "方案",
        "planText", "市消防救援支队负责对该路段的坑洼处进行维修；社区负责对辖区居民进行提示；物业服务公司负责维持现场秩序；城管部门负责监督文明施工",
        "estimatedCost", 20000, "householdsAffected", 120, "affectsPublicSafety", true));
    complete("lijing-staff", CangzhouProcess.TASK_REACH_CONSENSUS, Map.of("consensusReached", "true",
        "consensusMinutes", "各方一致同意维修方案和分工"));
    complete("yunhe-expert", CangzhouProcess.TASK_EXPERT_REVIEW, Map.of("expertDecision", "approved",
        "expertOpinion", "分工明确，符合法律法规"));
    complete("lijing-staff", CangzhouProcess.TASK_REPRESENTATIVES_VOTE, Map.of("voteMode", "approval",
        "totalRepresentatives", 30, "presentRepresentatives", 27, "yesVotes", 26, "voteMinutes", "举手表决"));
    complete("shuiyuesi-office", "Task_StreetReview", Map.of("legalReviewOutcome", "lawful",
        "legalOpinion", "维修公共道路、消除安全隐患，合法"));
    at("2026-10-16T09:00");
    complete("lijing-secretary", CangzhouProcess.TASK_JOINT_MEETING, Map.of(
        "responsibleUnits", SpinValues.jsonValue("[\"" + FIRE_BRIGADE + "\",\"" + PROPERTY + "\"]").create(),
        "unitDuties", "市消防救援支队负责对坑洼处进行维修；万泰丽景小区物业公司负责维持现场秩序",
        "supervisionArrangement", "运河区城管部门监督文明施工；万泰丽景小区居民代表监督施工质量",
        "completionDeadline", "2026-11-15T18:00", "jointMeetingMinutes", "“两委”联席会议明确分工和时限"));

    at("2026-10-23T10:00");
    runDueTimers(); // the result notice closes: implementation starts, one call per unit
    at("2026-11-06T10:30");
    runDueTimers(); // first progress report (two weeks)
    at("2026-11-15T10:00");
    runDueTimers(); // the progress notice closes; reminders before the deadline
    for (String[] unit : new String[][] {{"cangzhou-fire", FIRE_BRIGADE}, {"wantai-property", PROPERTY}}) {
      completeFor(unit[0], unit[1], "Task_Implement", Map.of("implementationReport", "委托施工方进场施工，4处破损路面当天维修完毕"));
      completeFor(unit[0], unit[1], "Task_Feedback", Map.of("feedbackReport", "已维修平整，居民出行方便了"));
      complete("lijing-staff", "Task_RecordEvaluation", Map.of("evaluationResult", "满意", "respondentCount", 15));
      runContinuations(pi); // each unit's end continues in a retried job
    }

    HistoricProcessInstance done = engine.getHistoryService().createHistoricProcessInstanceQuery()
        .processInstanceId(pi.getId()).singleResult();
    assertThat(done.getState()).isEqualTo("COMPLETED");
    assertThat(done.getEndActivityId()).isEqualTo(CangzhouProcess.EVENT_CONSULTATION_COMPLETED);
    assertThat(engine.getHistoryService().createHistoricProcessInstanceQuery().superProcessInstanceId(pi.getId())
        .processDefinitionKey("implementation-supervision").completed().count()).isEqualTo(2);
    assertThat(engine.getHistoryService().createHistoricVariableInstanceQuery().variableName("evaluationResult")
        .processInstanceIdIn(engine.getHistoryService().createHistoricProcessInstanceQuery().superProcessInstanceId(pi.getId())
            .processDefinitionKey("implementation-supervision").list().stream().map(HistoricProcessInstance::getId)
            .toArray(String[]::new)).list()).extracting(v -> v.getValue()).containsOnly("满意");
    assertThat(engine.getHistoryService().createHistoricVariableInstanceQuery().processInstanceId(pi.getId())
        .variableName("progressReportCount").singleResult().getValue()).isEqualTo(1L);
    assertThat(engine.getManagementService().createJobQuery().processInstanceId(pi.getId()).timers().count()).isZero();
  }

  private void at(String beijing) {
    ClockUtil.setCurrentTime(Date.from(LocalDateTime.parse(beijing).atZone(com.civicflow.consultation.matter.Submission.ZONE).toInstant()));
  }

  /** Executes every timer of this matter (and its called processes) that is due now. */
  private void runDueTimers() {
    List<Job> due = engine.getManagementService().createJobQuery().timers()
        .duedateLowerThan(new Date(ClockUtil.getCurrentTime().getTime() + 1000)).list();
    for (Job job : due) {
      if (matter.equals(engine.getRuntimeService().createProcessInstanceQuery()
          .processInstanceId(job.getProcessInstanceId()).singleResult().getBusinessKey())) {
        engine.getManagementService().executeJob(job.getId());
      }
    }
  }

  /** Executes the asynchronous continuations after each unit's implementation (not the queued mail). */
  private void runContinuations(ProcessInstance pi) {
    engine.getManagementService().createJobQuery().processInstanceId(pi.getId()).messages()
        .activityId(CangzhouProcess.CALL_IMPLEMENTATION).list()
        .forEach(job -> engine.getManagementService().executeJob(job.getId()));
  }

  private void complete(String user, String taskKey, Map<String, Object> variables) {
    Task task = engine.getTaskService().createTaskQuery().processInstanceBusinessKey(matter).taskDefinitionKey(taskKey).list().get(0);
    as(user, () -> {
      engine.getTaskService().complete(task.getId(), variables);
      return null;
    });
  }

  private void completeFor(String user, String unitGroup, String taskKey, Map<String, Object> variables) {
    Task task = engine.getTaskService().createTaskQuery().processInstanceBusinessKey(matter).taskDefinitionKey(taskKey)
        .taskCandidateGroup(unitGroup).singleResult();
    as(user, () -> {
      engine.getTaskService().complete(task.getId(), variables);
      return null;
    });
  }

  private <T> T as(String userId, java.util.function.Supplier<T> action) {
    return TestUsers.as(engine, userId, action);
  }
}
