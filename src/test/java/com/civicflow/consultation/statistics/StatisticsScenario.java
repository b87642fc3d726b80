package com.civicflow.consultation.statistics;

import com.civicflow.consultation.TestUsers;
import com.civicflow.consultation.cangzhou.CangzhouFullRun;
import com.civicflow.consultation.dongcheng.DongchengFullRun;
import com.civicflow.consultation.haimen.CouncilElectionFullRun;
import com.civicflow.consultation.haimen.SevenStep;
import com.civicflow.consultation.haimen.SevenStepFullRun;
import com.civicflow.consultation.implementation.ImplementationProcess;
import com.civicflow.consultation.kenli.KenliFullRun;
import com.civicflow.consultation.matter.Submission;
import com.civicflow.consultation.notice.PublicNotice;
import com.civicflow.consultation.yuzhong.YuzhongFullRun;
import com.civicflow.consultation.yuzhong.YuzhongProcess;
import java.time.LocalDateTime;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.Variables;

/**
 * The known set of matters the statistics are checked against: the six full runs (渝中, 沧州, 垦利, 海门 election
 * and seven steps, 东城 — each a whole consultation, closed, its results on time and 满意), and five matters in the
 * states the full runs do not reach, each made by the users whose steps they are:
 * <ul>
 *   <li>较场口社区, 12 October 2026: a 渝中 topic 不宜协商, confirmed by the committee — 未予立项;</li>
 *   <li>较场口社区, 2 November: a 渝中 meeting notice with two applications to attend (a meeting notice takes no
 *       objections), one accepted, one declined — the notice still up, in progress;</li>
 *   <li>民族路社区, 2 November, twice: a 渝中 matter moved by process-instance modification straight to 实施 (as an
 *       administrator may through the REST API) — once done by 渝中区城市管理局 after its deadline (逾期落实), once
 *       left open past its deadline with the overdue escalation run (逾期未落实, marked overdue);</li>
 *   <li>海南社区 (海门街道), 2 November: a seven-step matter waiting at 调查需求 — in progress.</li>
 * </ul>
 */
public final class StatisticsScenario {

  private final ProcessEngine engine;

  private StatisticsScenario(ProcessEngine engine) {
    this.engine = engine;
  }

  public static void run(ProcessEngine engine) {
    YuzhongFullRun.run(engine);
    CangzhouFullRun.run(engine);
    KenliFullRun.run(engine);
    CouncilElectionFullRun.run(engine);
    SevenStepFullRun.run(engine);
    DongchengFullRun.run(engine);
    StatisticsScenario scenario = new StatisticsScenario(engine);
    try {
      scenario.notAdmitted();
      scenario.appliedToAttendMeeting();
      scenario.doneLate();
      scenario.openPastDeadline();
      scenario.runningInHainan();
    } finally {
      ClockUtil.reset();
      engine.getIdentityService().clearAuthentication();
    }
  }

  private void notAdmitted() {
    at("2026-10-12T09:00");
    ProcessInstance matter = propose("jiaochangkou", proposal("jiaochangkou").putValue("contraryToLaw", "true"));
    complete(matter, YuzhongProcess.TASK_SCREEN_TOPIC, "jiaochangkou-council", Map.of("screeningDecision", "confirm"));
  }

  private void appliedToAttendMeeting() {
    at("2026-11-02T09:00");
    ProcessInstance matter = propose("jiaochangkou", proposal("jiaochangkou"));
    complete(matter, YuzhongProcess.TASK_SCREEN_TOPIC, "jiaochangkou-council", Map.of("screeningDecision", "confirm"));
    complete(matter, YuzhongProcess.TASK_PLAN_MEETING, "jiaochangkou-council", Map.of("meetingForm", "居民协商议事会议",
        "meetingTime", "2026-11-12T19:00", "meetingPlace", "较场口社区议事室", "organiserParticipants", "社区协商议事委员会",
        "interestedParties", "居民代表 5 人", "thirdParties", "物业公司"));
    ProcessInstance notice = engine.getRuntimeService().createProcessInstanceQuery().superProcessInstanceId(matter.getId())
        .processDefinitionKey(PublicNotice.PROCESS_KEY).singleResult();
    for (String name : List.of("王建明", "李秀兰")) { // a meeting notice takes applications to attend, not objections
      engine.getRuntimeService().createMessageCorrelation(PublicNotice.MESSAGE_ATTENDANCE).processInstanceId(notice.getId())
          .setVariablesToTriggeredScope(Map.of("applicantName", name, "applicantContact", "13800000000",
              "applicantOrganisation", "", "applicationReason", "想参会", "applicationLodgedAt", ClockUtil.getCurrentTime()))
          .correlateWithResult();
    }
    List<Task> applications = engine.getTaskService().createTaskQuery().processInstanceId(notice.getId())
        .taskDefinitionKey(PublicNotice.TASK_ANSWER_ATTENDANCE).orderByTaskCreateTime().asc().list();
    completeTask(applications.get(0), "jiaochangkou-staff", Map.of("attendanceDecision", "accepted", "attendanceReply", "欢迎参会"));
    completeTask(applications.get(1), "jiaochangkou-staff", Map.of("attendanceDecision", "declined", "attendanceReply", "会场已满"));
  }

  private void doneLate() {
    ProcessInstance implementation = toImplementation("unit-yuzhong-cityops", "2026-11-06T17:00");
    at("2026-11-10T10:00");
    completeTask(task(implementation, ImplementationProcess.TASK_IMPLEMENT), "yuzhong-cityops",
        Map.of("implementationReport", "已整修，晚于办结时限"));
  }

  private void openPastDeadline() {
    ProcessInstance implementation = toImplementation("unit-jiefangbei-property", "2026-11-13T17:00");
    Job overdue = engine.getManagementService().createJobQuery().processInstanceId(implementation.getId())
        .activityId(ImplementationProcess.TIMER_COMPLETION_OVERDUE).singleResult();
    ClockUtil.setCurrentTime(new Date(overdue.getDuedate().getTime() + 1000));
    engine.getManagementService().executeJob(overdue.getId());
  }

  /** A 民族路 matter on 2 November moved to 实施 with this unit and deadline; its implementation-supervision. */
  private ProcessInstance toImplementation(String unit, String deadline) {
    at("2026-11-02T09:00");
    ProcessInstance matter = propose("minzulu", proposal("minzulu"));
    engine.getRuntimeService().createProcessInstanceModification(matter.getId())
        .cancelAllForActivity(YuzhongProcess.TASK_SCREEN_TOPIC)
        .startBeforeActivity(YuzhongProcess.CALL_IMPLEMENTATION)
        .setVariables(Map.of("responsibleUnit", unit, "completionDeadline", deadline, "implementationText", "修补路面破损"))
        .execute();
    return engine.getRuntimeService().createProcessInstanceQuery().superProcessInstanceId(matter.getId())
        .processDefinitionKey(ImplementationProcess.KEY).singleResult();
  }

  private void runningInHainan() {
    at("2026-11-02T09:00");
    TestUsers.as(engine, "hainan-staff", () -> engine.getRuntimeService().startProcessInstanceByKey(SevenStep.KEY,
        Map.of("communityId", "hainan", "topic", "海南社区菜场周边停车", "topicSource", "居民反映",
            "topicDescription", "早市时段车辆乱停")));
  }

  private ProcessInstance propose(String community, VariableMap proposal) {
    return TestUsers.as(engine, community + "-council",
        () -> engine.getRuntimeService().startProcessInstanceByKey(YuzhongProcess.KEY, proposal));
  }

  private static VariableMap proposal(String community) {
    return Variables.createVariables().putValue("communityId", community).putValue("topic", "社区道路破损修补")
        .putValue("topicDescription", "小区主干道有多处坑洼").putValue("category", "公益事业")
        .putValue("catalogueItem", "环境卫生整治").putValue("topicSource", "入户走访").putValue("householdsAffected", 40)
        .putValue("withinCommunityPowers", "true").putValue("contraryToLaw", "false");
  }

  private void complete(ProcessInstance matter, String taskKey, String user, Map<String, Object> variables) {
    completeTask(task(matter, taskKey), user, variables);
  }

  private Task task(ProcessInstance instance, String taskKey) {
    return engine.getTaskService().createTaskQuery().processInstanceId(instance.getId()).taskDefinitionKey(taskKey)
        .singleResult();
  }

  private void completeTask(Task task, String user, Map<String, Object> variables) {
    TestUsers.as(engine, user, () -> engine.getTaskService().complete(task.getId(), variables));
  }

  private static void at(String beijing) {
    ClockUtil.setCurrentTime(Date.from(LocalDateTime.parse(beijing).atZone(Submission.ZONE).toInstant()));
  }
}
