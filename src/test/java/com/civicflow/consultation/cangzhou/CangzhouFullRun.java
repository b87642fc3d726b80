package com.civicflow.consultation.cangzhou;

import static org.assertj.core.api.Assertions.assertThat;

import com.civicflow.consultation.drive.EngineSteps;
import com.civicflow.consultation.drive.Steps;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.spin.plugin.variable.SpinValues;

/**
 * One complete consultation of {@code cangzhou-eight-step} with plain engine APIs, as the real users: the
 * seed's pothole west of 万泰丽景小区 (丽景社区, 运河区). Topic raised 9 October 2026, meeting 15 October,
 * the 市消防救援支队 repairs it and the property company keeps order, the 城管部门 supervises, progress
 * is reported every two weeks, residents are satisfied by 15 November — within a month. Run in the test thread
 * by the test class and through REST with the job executor by PostgresIT; the clock is reset at the end.
 */
public final class CangzhouFullRun {

  static final String COMMUNITY = "lijing";
  static final String FIRE_BRIGADE = "unit-cangzhou-fire";
  static final String PROPERTY = "unit-wantai-property";

  private CangzhouFullRun() {}

  public static void run(ProcessEngine engine) {
    run(new EngineSteps(engine));
  }

  /** Runs the consultation; returns its matter number. */
  public static String run(Steps steps) {
    try {
      return pothole(steps);
    } finally {
      steps.reset();
    }
  }

  private static String pothole(Steps steps) {
    ClockUtil.setCurrentTime(Steps.beijing("2026-10-09T09:00"));
    ProcessInstance pi = steps.start("lijing-staff", CangzhouProcess.KEY, Map.of("communityId", COMMUNITY,
        "topic", "让居民出行安全，对低洼路段进行维修",
        "topicDescription", "万泰丽景小区西侧小路没有排水设施，低洼处长期积水，路面形成大坑，有老邻居摔伤",
        "topicChannel", "社区事务商谈会", "topicMode", "面对面", "raisedBy", "万泰丽景小区居民", "topicLocation", "万泰丽景小区"));
    String matter = pi.getBusinessKey();
    steps.complete("lijing-secretary", matter, CangzhouProcess.TASK_STUDY_TOPIC, Map.of("studyDecision", "admit",
        "category", "公共设施维修", "consultationLevel", "小区", "meetingTime", "2026-10-15T09:00",
        "meetingPlace", "丽景社区协商议事厅",
        "meetingParticipants", "社区“两委”负责人、万泰丽景小区物业公司、居民代表，市消防救援支队、运河区消防救援大队、运河区城管部门"));

    steps.at(matter, "2026-10-14T09:00"); // the meeting notice closes
    steps.at(matter, "2026-10-15T09:00");
    steps.complete("lijing-staff", matter, CangzhouProcess.TASK_HOLD_TALKS, Map.of("talksAttendance", "社区“两委”、物业公司、居民代表、包片责任单位",
        "talksMinutes", "大家围坐在一起，你一言我一语，就这条小路的维修工作展开讨论",
        "initialSuggestions", "消防救援支队维修坑洼；社区提示居民；物业维持秩序；城管监督文明施工"));
    steps.complete("lijing-council", matter, CangzhouProcess.TASK_DRAFT_PLAN, Map.of("draftDecision", "submit", "planKind", "方案",
        "planText", "市消防救援支队负责对该路段的坑洼处进行维修；社区负责对辖区居民进行提示；物业服务公司负责维持现场秩序；城管部门负责监督文明施工",
        "estimatedCost", 20000, "householdsAffected", 120, "affectsPublicSafety", true));
    steps.complete("lijing-staff", matter, CangzhouProcess.TASK_REACH_CONSENSUS, Map.of("consensusReached", "true",
        "consensusMinutes", "各方一致同意维修方案和分工"));
    steps.complete("yunhe-expert", matter, CangzhouProcess.TASK_EXPERT_REVIEW, Map.of("expertDecision", "approved",
        "expertOpinion", "分工明确，符合法律法规"));
    steps.complete("lijing-staff", matter, CangzhouProcess.TASK_REPRESENTATIVES_VOTE, Map.of("voteMode", "approval",
        "totalRepresentatives", 30, "presentRepresentatives", 27, "yesVotes", 26, "voteMinutes", "举手表决"));
    steps.complete("shuiyuesi-office", matter, "Task_StreetReview", Map.of("legalReviewOutcome", "lawful",
        "legalOpinion", "维修公共道路、消除安全隐患，合法"));
    steps.at(matter, "2026-10-16T09:00");
    steps.complete("lijing-secretary", matter, CangzhouProcess.TASK_JOINT_MEETING, Map.of(
        "responsibleUnits", SpinValues.jsonValue("[\"" + FIRE_BRIGADE + "\",\"" + PROPERTY + "\"]").create(),
        "unitDuties", "市消防救援支队负责对坑洼处进行维修；万泰丽景小区物业公司负责维持现场秩序",
        "supervisionArrangement", "运河区城管部门监督文明施工；万泰丽景小区居民代表监督施工质量",
        "completionDeadline", "2026-11-15T18:00", "jointMeetingMinutes", "“两委”联席会议明确分工和时限"));

    steps.at(matter, "2026-10-23T10:00"); // the result notice closes: implementation starts, one call per unit
    steps.at(matter, "2026-11-06T10:30"); // first progress report (two weeks)
    steps.at(matter, "2026-11-15T10:00"); // the progress notice closes; reminders before the deadline
    for (String unit : new String[] {"cangzhou-fire", "wantai-property"}) {
      steps.complete(unit, matter, "Task_Implement", Map.of("implementationReport", "委托施工方进场施工，4处破损路面当天维修完毕"));
      steps.complete(unit, matter, "Task_Feedback", Map.of("feedbackReport", "已维修平整，居民出行方便了"));
      steps.complete("lijing-staff", matter, "Task_RecordEvaluation", Map.of("evaluationResult", "满意", "respondentCount", 15));
    }

    ProcessEngine engine = steps.engine();
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
    return matter;
  }
}
