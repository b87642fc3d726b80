package com.civicflow.consultation.dongcheng;

import static com.civicflow.consultation.dongcheng.DongchengConsultation.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.*;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import com.civicflow.consultation.ProcessTest;
import com.civicflow.consultation.ProcessTestSupport;
import com.civicflow.consultation.TestProcesses;
import com.civicflow.consultation.matter.InvalidSubmissionException;
import com.civicflow.consultation.notice.ApplicationDesk;
import com.civicflow.consultation.notice.NoticeVariables;
import com.civicflow.consultation.notice.ParticipationApplication;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.Variables;
import org.camunda.spin.plugin.variable.SpinValues;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

@ProcessTest
class DongchengConsultationTest extends ProcessTestSupport {

  @Autowired
  ApplicationDesk applications;
  @Autowired
  RatingsSummary ratings;
  @Autowired
  FundingLedger ledger;

  @BeforeEach
  void mondayMorning() {
    ClockUtil.setCurrentTime(beijing(2026, 3, 2, 9));
  }

  @Test
  void fullRunWithConsensusEndsClosed() {
    // when
    String matter = DongchengFullRun.run(new com.civicflow.consultation.drive.EngineSteps(processEngine));

    // then
    assertThat(historyService().createHistoricProcessInstanceQuery().processDefinitionKey(PROCESS_KEY)
        .processInstanceBusinessKey(matter).finished().count()).isEqualTo(1);
  }

  @Test
  void theLongWayAndATransferRunOnTheEngineApi() {
    DongchengFullRun.theLongWay(new com.civicflow.consultation.drive.EngineSteps(processEngine));
    DongchengFullRun.transferredToTheStreet(new com.civicflow.consultation.drive.EngineSteps(processEngine));
  }


  @Test
  void applicationToTakePartAcceptedAndOneDeclined() {
    // given the meeting notice is up
    ProcessInstance matter = start("duofuxiang");
    fixTopic(matter, Map.of("selectionMethod", "公开报名", "participantCandidates", ""));
    ProcessInstance notice = called(matter);
    String noticeId = (String) runtimeService().getVariable(notice.getId(), NoticeVariables.NOTICE_ID.name());

    // when two people apply from the board
    applications.apply("duofuxiang", noticeId, new ParticipationApplication("赵阿姨", "13900000001", "12号院自管会", "我住12号院"));
    applications.apply("duofuxiang", noticeId, new ParticipationApplication("钱先生", "13900000002", "", "想了解情况"));
    List<org.camunda.bpm.engine.task.Task> reviews = taskQuery().processInstanceId(matter.getId())
        .taskDefinitionKey(TASK_REVIEW_APPLICATION).orderByTaskCreateTime().asc().list();
    assertThat(reviews).hasSize(2);
    complete(reviews.get(0), withVariables("applicationDecision", "accepted", "applicationReply", "欢迎参加"));
    complete(reviews.get(1), withVariables("applicationDecision", "declined", "applicationReply", "名额已满，可旁听"));
    closeNotice(matter);

    // then
    assertThat(matter).isWaitingAt(TASK_HOLD_DISCUSSION).variables()
        .containsEntry("applicationsAccepted", 1L).containsEntry("applicationsDeclined", 1L);
    assertThat((String) runtimeService().getVariable(matter.getId(), "participants")).isEqualTo("赵阿姨（12号院自管会）");
  }

  @Test
  void randomSamplingIsReproducible() {
    // given
    String candidates = "甲\n乙\n丙\n丁\n戊\n己";
    ProcessInstance first = start("duofuxiang");
    ProcessInstance second = start("duofuxiang");

    // when both draw 3 of the same 6 candidates with the same seed
    fixTopic(first, Map.of("selectionMethod", "随机抽样", "participantCandidates", candidates, "participantSeats", 3L, "samplingSeed", 20261L));
    fixTopic(second, Map.of("selectionMethod", "随机抽样", "participantCandidates", candidates, "participantSeats", 3L, "samplingSeed", 20261L));

    // then the same three are drawn, and the draw is recorded for the file
    Map<String, Object> drawn = runtimeService().getVariables(first.getId());
    assertThat(drawn.get("sampledParticipants")).isEqualTo(runtimeService().getVariable(second.getId(), "sampledParticipants"));
    assertThat(drawn).containsEntry("samplingSeed", 20261L).containsEntry("participantCandidates", candidates)
        .containsKey("samplingDrawnAt");
    assertThat(drawn.get("sampledParticipants").toString().lines().toList())
        .isEqualTo(ParticipantDraw.draw(ParticipantDraw.candidates(candidates), 3, 20261L)).hasSize(3);
    assertThat(first).hasPassed(TASK_DRAW_LOTS);
  }

  @Test
  void samplingWithoutSeedRecordsTheDerivedSeed() {
    // given
    ProcessInstance matter = start("duofuxiang");

    // when
    fixTopic(matter, Map.of("selectionMethod", "随机抽样", "participantCandidates", "甲\n乙\n丙", "participantSeats", 2L));

    // then
    long seed = (Long) runtimeService().getVariable(matter.getId(), "samplingSeed");
    String chosen = (String) runtimeService().getVariable(matter.getId(), "sampledParticipants");
    assertThat(chosen.lines().toList()).isEqualTo(ParticipantDraw.draw(List.of("甲", "乙", "丙"), 2, seed));
  }

  @Test
  void disputeIsShelvedAndReturnsToTheCommitteeAfterThePeriod() {
    // given
    ProcessInstance matter = toDeliberation("duofuxiang");
    complete(task(TASK_DELIBERATE, matter), withVariables("deliberationOutcome", "仍有较大争议"));

    // when
    complete(task(TASK_CHOOSE_DISPUTE_PATH, matter), withVariables("disputePath", "搁置", "shelveReason", "条件尚不成熟", "shelveWorkdays", 20L));
    assertThat(matter).isWaitingAt(TIMER_SHELVED);
    Job timer = job(TIMER_SHELVED, matter);
    assertThat(timer.getDuedate()).isEqualTo(beijing(2026, 3, 30, 9)); // 20 working days from Monday 2 March
    execute(timer);

    // then
    assertThat(matter).isWaitingAt(TASK_DELIBERATE).variables().containsEntry("shelveCount", 1L).containsEntry("meetingRound", 1L);
  }

  @Test
  void disputeIsDecidedByTheResidentsMeeting() {
    // given
    ProcessInstance matter = toDeliberation("duofuxiang");
    complete(task(TASK_DELIBERATE, matter), withVariables("deliberationOutcome", "仍有较大争议"));
    complete(task(TASK_CHOOSE_DISPUTE_PATH, matter), withVariables("disputePath", "居民代表会议", "resultText", "按方案二施划停车位"));

    // when 30 of 40 representatives attend (more than two thirds), 16 vote for (a majority of those present)
    complete(task(TASK_RESIDENTS_MEETING, matter), withVariables("meetingEntitledCount", 40L, "meetingPresentCount", 30L,
        "meetingVotesFor", 16L, "meetingVotesAgainst", 12L, "residentsMeetingMinutes", "表决通过方案二"));

    // then the supervision group looks at the adopted result, then the committee plans
    assertThat(matter).isWaitingAt(TASK_SUPERVISE_RESULT).variables().containsEntry("resolutionPassed", true);
    complete(task(TASK_SUPERVISE_RESULT, matter), withVariables("resultSupervisionVerdict", "确认"));
    // and the plan's form offers the units serving 多福巷 (its street's and its district's), from the directory
    String execution = task(TASK_PLAN_IMPLEMENTATION, matter).getExecutionId();
    assertThat(processEngine().getRuntimeService().getVariableLocalTyped(execution, "responsibleUnitOptions").getValue()
        .toString()).isEqualTo("[{\"label\":\"东华门物业管理公司\",\"value\":\"unit-donghuamen-property\"},"
            + "{\"label\":\"东城区住房和城市建设委员会\",\"value\":\"unit-dongcheng-housing\"}]");
  }

  @Test
  void residentsMeetingWithoutQuorumAdoptsNothing() {
    // given
    ProcessInstance matter = toDeliberation("duofuxiang");
    complete(task(TASK_DELIBERATE, matter), withVariables("deliberationOutcome", "仍有较大争议"));
    complete(task(TASK_CHOOSE_DISPUTE_PATH, matter), withVariables("disputePath", "居民会议", "resultText", "方案一"));

    // when 26 of 40 attend: less than two thirds, although all vote for
    complete(task(TASK_RESIDENTS_MEETING, matter), withVariables("meetingEntitledCount", 40L, "meetingPresentCount", 26L,
        "meetingVotesFor", 26L, "meetingVotesAgainst", 0L, "residentsMeetingMinutes", "到会不足"));

    // then
    assertThat(matter).isEnded().hasPassed(EVENT_NOT_ADOPTED);
  }

  @Test
  void impossibleVoteCountsAreRefused() {
    // given
    ProcessInstance matter = toDeliberation("duofuxiang");
    complete(task(TASK_DELIBERATE, matter), withVariables("deliberationOutcome", "仍有较大争议"));
    complete(task(TASK_CHOOSE_DISPUTE_PATH, matter), withVariables("disputePath", "居民会议", "resultText", "方案一"));

    // when / then
    assertThatThrownBy(() -> complete(task(TASK_RESIDENTS_MEETING, matter), withVariables("meetingEntitledCount", 40L,
        "meetingPresentCount", 30L, "meetingVotesFor", 20L, "meetingVotesAgainst", 11L, "residentsMeetingMinutes", "x")))
        .hasRootCauseInstanceOf(InvalidSubmissionException.class).hasMessageContaining("不能多于实到人数");
    assertThat(matter).isWaitingAt(TASK_RESIDENTS_MEETING);
  }

  @Test
  void hardTopicGetsABoundedSeriesOfMeetings() {
    // given
    ProcessInstance matter = toDeliberation("duofuxiang");

    // when the committee reports wide differences three times
    complete(task(TASK_DELIBERATE, matter), withVariables("deliberationOutcome", "分歧较大"));
    discuss(matter);
    complete(task(TASK_DELIBERATE, matter), withVariables("deliberationOutcome", "分歧较大"));
    discuss(matter);
    complete(task(TASK_DELIBERATE, matter), withVariables("deliberationOutcome", "分歧较大"));

    // then after the third meeting it is treated as a dispute
    assertThat(matter).isWaitingAt(TASK_CHOOSE_DISPUTE_PATH).variables().containsEntry("meetingRound", 3L);
  }

  @Test
  void difficultyInCarryingOutIsAssistedByTheStreet() {
    // given
    ProcessInstance matter = toImplementation("duofuxiang");

    // when
    complete(task(TASK_TRACK_IMPLEMENTATION, matter), withVariables("trackingOutcome", "落实困难", "assistanceRequest", "需城管执法配合清理"));
    assertThat(task(TASK_STREET_ASSIST, matter)).hasCandidateGroup("street-office").hasDueDate(beijing(2026, 3, 9, 9));
    complete(task(TASK_STREET_ASSIST, matter), withVariables("assistanceReport", "城管已配合清理",
        "departmentsAssisted", "东城区城市管理委员会、东华门司法所"));

    // then the departments that helped are recorded for the periodic rating
    assertThat(matter).isWaitingAt(TASK_TRACK_IMPLEMENTATION, CALL_IMPLEMENTATION).variables()
        .containsEntry("assistanceReport", "城管已配合清理")
        .containsEntry("assistingDepartments", "东城区城市管理委员会\n东华门司法所");
  }

  @Test
  void newDisputeStartsALinkedConsultation() {
    // given
    ProcessInstance matter = toImplementation("duofuxiang");

    // when
    complete(task(TASK_TRACK_IMPLEMENTATION, matter), withVariables("trackingOutcome", "出现新分歧", "newDisputeTopic", "清理后的空地如何使用"));

    // then a new consultation of the same model, linked both ways
    ProcessInstance linked = runtimeService().createProcessInstanceQuery().processDefinitionKey(PROCESS_KEY)
        .variableValueEquals("linkedFromMatter", matter.getBusinessKey()).singleResult();
    assertThat(linked).isWaitingAt(TASK_FIX_TOPIC).variables().containsEntry("topic", "清理后的空地如何使用")
        .containsEntry("communityId", "duofuxiang");
    assertThat(matter).isWaitingAt(TASK_TRACK_IMPLEMENTATION, CALL_IMPLEMENTATION).variables()
        .containsEntry("linkedMatters", linked.getBusinessKey());
  }

  @Test
  void unlawfulResultIsCorrectedByTheStreet() {
    // given a result touching property rights goes to the street's legality review
    ProcessInstance matter = toDeliberation("duofuxiang");
    complete(task(TASK_DELIBERATE, matter), withVariables("deliberationOutcome", "达成共识", "resultText", "占用业主车位建自行车棚",
        "touchesPropertyRights", true, "estimatedCost", 30000L, "householdsAffected", 60L));
    ProcessInstance review = called(matter);
    assertThat(review).isWaitingAt("Task_StreetReview");

    // when the street finds it unlawful and corrects it
    claim(task("Task_StreetReview", review), "donghuamen-office");
    complete(task("Task_StreetReview", review), withVariables("legalReviewOutcome", "unlawful",
        "legalOpinion", "占用业主专有部分违反《民法典》", "legalCorrection", "不得占用业主车位，改在公共区域选址"));

    // then back to the committee with the correction
    assertThat(matter).isWaitingAt(TASK_DELIBERATE).variables().containsEntry("legalReviewOutcome", "unlawful")
        .containsEntry("legalCorrection", "不得占用业主车位，改在公共区域选址");
  }

  @Test
  void resultLawfulWithChangesIsCarriedOutAsRevised() {
    // given
    ProcessInstance matter = toDeliberation("duofuxiang");
    complete(task(TASK_DELIBERATE, matter), withVariables("deliberationOutcome", "达成共识", "resultText", "每户收取清运费 50 元",
        "involvesFees", true, "estimatedCost", 3000L, "householdsAffected", 60L));
    ProcessInstance review = called(matter);
    claim(task("Task_StreetReview", review), "donghuamen-office");

    // when
    complete(task("Task_StreetReview", review), withVariables("legalReviewOutcome", "lawful-with-changes",
        "legalOpinion", "收费须经居民会议讨论决定并公示", "revisedResultText", "清运费经居民会议决定后按户分摊并公示"));

    // then the supervision group sees the revised result
    assertThat(matter).isWaitingAt(TASK_SUPERVISE_RESULT).variables()
        .containsEntry("resultText", "清运费经居民会议决定后按户分摊并公示");
  }

  @Test
  void transferToTheStreetAnsweredLateIsOverdue() {
    // given the committee transfers the item with 3 working days for feedback (due Thursday 5 March 09:00)
    ProcessInstance matter = start("duofuxiang");
    complete(task(TASK_FIX_TOPIC, matter), withVariables("handling", "转办街道", "transferRequest", "东华门大街占道经营",
        "transferFeedbackWorkdays", 3L));
    assertThat(task(TASK_STREET_TRANSFER, matter)).hasCandidateGroup("street-office").hasDueDate(beijing(2026, 3, 5, 9));

    // when the deadline passes without an answer
    ClockUtil.setCurrentTime(beijing(2026, 3, 5, 10));
    execute(job(TIMER_TRANSFER_OVERDUE, matter));

    // then the matter is overdue, an overdue incident is raised and the street supervises
    assertThat(matter).variables().containsEntry("overdue", true);
    assertThat(runtimeService().createIncidentQuery().processInstanceId(matter.getId()).incidentType("overdue").count()).isEqualTo(1);
    assertThat(task(TASK_SUPERVISE_TRANSFER, matter)).hasCandidateGroup("street-office");
    String deployment = repositoryService().getProcessDefinition(matter.getProcessDefinitionId()).getDeploymentId();
    assertThat(repositoryService().getDeploymentResourceNames(deployment)) // the shared supervision form, deployed with this model
        .anyMatch(name -> name.endsWith("implementation/supervision.form")).anyMatch(name -> name.endsWith("dongcheng/fix-topic.form"));
    complete(task(TASK_SUPERVISE_TRANSFER, matter), withVariables("supervisionNote", "已催办"));

    // and the late answer clears the marks
    complete(task(TASK_STREET_TRANSFER, matter), withVariables("transferFeedback", "已联合城管整治", "liftToStreet", false));
    assertThat(matter).isEnded().hasPassed(EVENT_TRANSFER_ANSWERED);
    assertThat(historyService().createHistoricVariableInstanceQuery().processInstanceId(matter.getId()).variableName("overdue")
        .singleResult().getValue()).isEqualTo(false);
  }

  @Test
  void overdueRoundOnADayOffOnlyMarksTheMatter() {
    // given feedback due Friday 6 March 09:00 (4 working days), escalated that Friday
    ProcessInstance matter = start("duofuxiang");
    complete(task(TASK_FIX_TOPIC, matter), withVariables("handling", "转办街道", "transferRequest", "占道经营",
        "transferFeedbackWorkdays", 4L));
    ClockUtil.setCurrentTime(beijing(2026, 3, 6, 10));
    execute(job(TIMER_TRANSFER_OVERDUE, matter));

    // when the next round falls on Saturday
    ClockUtil.setCurrentTime(beijing(2026, 3, 7, 10));
    execute(job(TIMER_TRANSFER_OVERDUE, matter));

    // then no second supervision task
    assertThat(taskQuery().processInstanceId(matter.getId()).taskDefinitionKey(TASK_SUPERVISE_TRANSFER).count()).isEqualTo(1);
    assertThat(matter).hasPassed("Event_TransferRoundSkipped").variables().containsEntry("overdue", true);
  }

  @Test
  void streetLiftsACommonIssueToAStreetLevelConsultation() {
    // given
    ProcessInstance matter = start("duofuxiang");
    complete(task(TASK_FIX_TOPIC, matter), withVariables("handling", "转办街道", "transferRequest", "各社区普遍反映停车难",
        "transferFeedbackWorkdays", 5L));

    // when
    complete(task(TASK_STREET_TRANSFER, matter), withVariables("transferFeedback", "上升为街道协商议题", "liftToStreet", true));

    // then the same model runs at street level (tenant donghuamen, organised by the street office), linked
    assertThat(matter).isEnded().hasPassed(EVENT_LIFTED_TO_STREET);
    ProcessInstance street = runtimeService().createProcessInstanceQuery().processDefinitionKey(PROCESS_KEY)
        .tenantIdIn("donghuamen").singleResult();
    assertThat(street).isWaitingAt(TASK_FIX_TOPIC).variables().containsEntry("linkedMatters", matter.getBusinessKey())
        .containsEntry("committeeGroup", "street-office").containsEntry("consultationLevel", "街道");
    assertThat(task(TASK_FIX_TOPIC, street)).hasCandidateGroup("street-office");
    assertThat(historyService().createHistoricVariableInstanceQuery().processInstanceId(matter.getId())
        .variableName("streetMatterNumber").singleResult().getValue()).isEqualTo(street.getBusinessKey());
  }

  @Test
  void aStreetConsultationLinksItsCommunitiesRunningMattersAndNothingElse() {
    // given running matters in both of 东华门's communities, and one of 渝中
    ProcessInstance duofuxiang = start("duofuxiang");
    ProcessInstance shaojiu = start("shaojiu");
    TestProcesses.deploy(processEngine, TestProcesses.oneTask());
    ProcessInstance minzulu = runtimeService().startProcessInstanceByKey(TestProcesses.ONE_TASK,
        withVariables("communityId", "minzulu"));
    long before = runtimeService().createProcessInstanceQuery().count();

    // when the street office starts a street consultation linking its communities' matters, as the start form's taglist sends them
    ProcessInstance street = runtimeService().startProcessInstanceByKey(PROCESS_KEY, withVariables("communityId", "donghuamen",
        "topic", "街道停车难", "topicCategory", "公共事务和公益事业",
        "linkedMatters", SpinValues.jsonValue("[\"" + duofuxiang.getBusinessKey() + "\",\"" + shaojiu.getBusinessKey() + "\"]").create()));

    // then
    assertThat(street).variables().containsEntry("linkedMatters", duofuxiang.getBusinessKey() + "," + shaojiu.getBusinessKey());

    // and anything not offered is refused: another district's matter, an unknown number, a sibling community's matter
    for (var refused : List.of(
        withVariables("communityId", "donghuamen", "linkedMatters", SpinValues.jsonValue("[\"" + minzulu.getBusinessKey() + "\"]").create()),
        withVariables("communityId", "donghuamen", "linkedMatters", SpinValues.jsonValue("[\"DUOFUXIANG-2026-9999\"]").create()),
        withVariables("communityId", "duofuxiang", "linkedMatters", SpinValues.jsonValue("[\"" + shaojiu.getBusinessKey() + "\"]").create()))) {
      VariableMap variables = Variables.fromMap(refused).putValue("topic", "停车难").putValue("topicCategory", "公共事务和公益事业");
      assertThatThrownBy(() -> runtimeService().startProcessInstanceByKey(PROCESS_KEY, variables))
          .isInstanceOf(InvalidSubmissionException.class).hasMessageContaining("请从列表中选择");
    }
    assertThat(runtimeService().createProcessInstanceQuery().count()).isEqualTo(before + 1);
    List.of(street, duofuxiang, shaojiu, minzulu).forEach(m -> runtimeService().deleteProcessInstance(m.getId(), "test"));
  }

  @Test
  void widerParticipationBringsInDepartmentsAndExperts() {
    // given
    ProcessInstance matter = start("duofuxiang");

    // when
    fixTopic(matter, Map.of("involvesDepartments", true, "technicalTopic", true));
    closeNotice(matter);
    assertThat(task(TASK_COORDINATE_DEPARTMENTS, matter)).hasCandidateGroup("street-office");
    complete(task(TASK_COORDINATE_DEPARTMENTS, matter), withVariables("departmentsInvited", "区城管委、东华门司法所"));
    assertThat(task(TASK_EXPERT_REVIEW, matter)).hasCandidateGroup("expert");
    complete(task(TASK_EXPERT_REVIEW, matter), withVariables("expertOpinion", "结构安全可行"));

    // then
    assertThat(matter).isWaitingAt(TASK_HOLD_DISCUSSION);
  }

  @Test
  void meetingNoticeTakesApplicationsAndNoObjection() {
    // given the meeting notice (参与报名) is up
    ProcessInstance matter = start("duofuxiang");
    fixTopic(matter, Map.of());
    ProcessInstance notice = called(matter);

    // when a resident objects to it
    assertThatThrownBy(() -> runtimeService().createMessageCorrelation("notice-objection").processInstanceId(notice.getId())
        .setVariablesToTriggeredScope(Map.of("objectorName", "李大爷", "objectorContact", "13800000000",
            "objectionReason", "时间不合适")).correlateWithResult())
        .hasMessageContaining("只受理参与报名");
    closeNotice(matter);

    // then nothing was taken and the consultation goes on to the discussion
    assertThat(matter).isWaitingAt(TASK_HOLD_DISCUSSION);
    assertThat(notice).isEnded().variables().containsEntry(NoticeVariables.OBJECTION_COUNT.name(), 0L);
  }

  @Test
  void upheldObjectionToTheResultGoesBackToDeliberation() {
    // given
    ProcessInstance matter = toImplementation("duofuxiang");
    implement(matter);
    complete(task(TASK_TRACK_IMPLEMENTATION, matter), withVariables("trackingOutcome", "已落实"));
    complete(task(TASK_SUPERVISE_IMPLEMENTATION, matter), withVariables("implementationSupervisionVerdict", "确认"));

    // when
    runtimeService().setVariable(called(matter).getId(), NoticeVariables.OBJECTION_UPHELD.name(), true);
    closeNotice(matter);

    // then
    assertThat(matter).isWaitingAt(TASK_DELIBERATE);
  }

  // --- 协商资金 --------------------------------------------------------------------------------------

  @Test
  void fundedResultIsDecidedByTheRepresentativesMeetingPublishedAndAuditedOnce() {
    // given a result that needs money (2028: no other test's funding is on the ledger that year)
    ClockUtil.setCurrentTime(beijing(2028, 3, 1, 9));
    ProcessInstance matter = toPlan("shaojiu");

    // when the committee plans 社区公益金 and the 居民代表会议 passes it
    plan(matter, "社区公益金", Map.of("fundingAmount", 3600L, "fundingUse", "购置楼道灭火器 24 具"));
    assertThat(matter).isWaitingAt(TASK_FUNDING_MEETING);
    complete(task(TASK_FUNDING_MEETING, matter), fundingMeeting(30, 24, 20));

    // then it is on the ledger the board shows, and the result is carried out
    assertThat(matter).hasPassed(TASK_PUBLISH_FUNDING).isWaitingAt(TASK_TRACK_IMPLEMENTATION, CALL_IMPLEMENTATION);
    assertThat(ledger.of("shaojiu", 2028)).singleElement().satisfies(f -> {
      assertThat(f.source()).isEqualTo("社区公益金");
      assertThat(f.amount()).isEqualTo(3600L);
      assertThat(f.use()).isEqualTo("购置楼道灭火器 24 具");
      assertThat(f.meetingKind()).isEqualTo("居民代表会议");
      assertThat(f.matterNumber()).isEqualTo(matter.getBusinessKey());
    });

    // and the street audits 韶九's 2028 funding, once
    ProcessInstance audit = startAudit("shaojiu", 2028);
    assertThat(audit).isWaitingAt(PeriodicVariables.TASK_AUDIT).variables()
        .containsEntry("fundingRecordCount", 1L).containsEntry("fundingTotal", 3600L);
    assertThat(task(PeriodicVariables.TASK_AUDIT, audit)).hasCandidateGroup("street-office");
    assertThatThrownBy(() -> startAudit("shaojiu", 2028)).hasStackTraceContaining("正在进行");
    complete(task(PeriodicVariables.TASK_AUDIT, audit), withVariables("auditor", "东华门街道审计组",
        "auditConclusion", "审计通过", "auditOpinion", "资金经会议决定，用途与公示一致"));
    assertThat(ledger.audit("shaojiu", 2028)).get().extracting(FundingLedger.Audit::conclusion).isEqualTo("审计通过");
    assertThatThrownBy(() -> startAudit("shaojiu", 2028)).hasStackTraceContaining("已经审计");
  }

  @Test
  void fundingTheMeetingDoesNotPassGoesBackToPlanningAndIsNotRecorded() {
    // given
    ClockUtil.setCurrentTime(beijing(2028, 6, 1, 9));
    ProcessInstance matter = toPlan("duofuxiang");
    plan(matter, "居民自筹", Map.of("fundingAmount", 500L, "fundingUse", "购买花苗"));

    // when the meeting has no quorum (12 of 30)
    complete(task(TASK_FUNDING_MEETING, matter), fundingMeeting(30, 12, 12));

    // then nothing is recorded and the committee plans again, here without money
    assertThat(matter).isWaitingAt(TASK_PLAN_IMPLEMENTATION).variables().containsEntry("fundingApproved", false);
    assertThat(ledger.of("duofuxiang", 2028)).isEmpty();
    plan(matter, "无需资金", Map.of());
    assertThat(matter).isWaitingAt(TASK_TRACK_IMPLEMENTATION, CALL_IMPLEMENTATION);
  }

  @Test
  void fundingWithoutAmountOrUseOrWithImpossibleVotesIsRefused() {
    ProcessInstance matter = toPlan("duofuxiang");
    assertThatThrownBy(() -> plan(matter, "政府购买服务", Map.of("fundingUse", "聘请专业机构")))
        .hasStackTraceContaining("资金金额");
    assertThatThrownBy(() -> plan(matter, "政府购买服务", Map.of("fundingAmount", 8000L)))
        .hasStackTraceContaining("资金用途");
    assertThat(matter).isWaitingAt(TASK_PLAN_IMPLEMENTATION);
    plan(matter, "政府购买服务", Map.of("fundingAmount", 8000L, "fundingUse", "聘请专业机构"));
    assertThatThrownBy(() -> complete(task(TASK_FUNDING_MEETING, matter), fundingMeeting(30, 31, 20)))
        .hasStackTraceContaining("不能多于应到人数");
    assertThat(matter).isWaitingAt(TASK_FUNDING_MEETING);
  }

  // --- 居民监督小组 -----------------------------------------------------------------------------------

  @Test
  void supervisionGroupObjectingToTheResultSendsItBackToDeliberation() {
    // given
    ProcessInstance matter = toDeliberation("duofuxiang");
    complete(task(TASK_DELIBERATE, matter), withVariables("deliberationOutcome", "达成共识", "resultText", "物业两周内清理",
        "estimatedCost", 2000L, "householdsAffected", 20L));
    assertThat(task(TASK_SUPERVISE_RESULT, matter)).hasCandidateGroup("residents-supervision");
    assertThatThrownBy(() -> complete(task(TASK_SUPERVISE_RESULT, matter), withVariables("resultSupervisionVerdict", "有异议")))
        .hasStackTraceContaining("监督意见");

    // when
    complete(task(TASK_SUPERVISE_RESULT, matter), withVariables("resultSupervisionVerdict", "有异议",
        "resultSupervisionOpinion", "未征求12号院居民意见"));

    // then
    assertThat(matter).isWaitingAt(TASK_DELIBERATE).variables()
        .containsEntry("resultSupervisionOpinion", "未征求12号院居民意见").containsEntry("supervisionObjectionCount", 1L);
  }

  @Test
  void supervisionGroupObjectingToTheImplementationIsAnsweredThenConfirms() {
    // given
    ProcessInstance matter = toImplementation("duofuxiang");
    implement(matter);
    complete(task(TASK_TRACK_IMPLEMENTATION, matter), withVariables("trackingOutcome", "已落实"));

    // when
    complete(task(TASK_SUPERVISE_IMPLEMENTATION, matter), withVariables("implementationSupervisionVerdict", "有异议",
        "implementationSupervisionOpinion", "楼道仍有堆物"));
    assertThat(task(TASK_RECTIFY, matter)).hasCandidateGroup("committee-staff");
    complete(task(TASK_RECTIFY, matter), withVariables("rectificationReport", "已再次清理"));
    complete(task(TASK_SUPERVISE_IMPLEMENTATION, matter), withVariables("implementationSupervisionVerdict", "确认"));

    // then the result and its implementation are published
    assertThat(matter).isWaitingAt(CALL_PUBLISH_RESULT);
  }

  // --- 第三方评估由街道决定 -------------------------------------------------------------------------------

  @Test
  void theStreetDecidesOnThirdPartyEvaluationAndSilenceMeansNone() {
    // given two published results
    ProcessInstance declined = toResultPublished("duofuxiang");
    ProcessInstance lapsed = toResultPublished("shaojiu");
    assertThat(task(TASK_DECIDE_THIRD_PARTY, declined)).hasCandidateGroup("street-office");

    // when the street declines one and lets the other's period pass
    complete(task(TASK_DECIDE_THIRD_PARTY, declined), withVariables("thirdPartyChosen", false));
    Job timer = job(TIMER_THIRD_PARTY_UNDECIDED, lapsed);
    ClockUtil.setCurrentTime(new Date(timer.getDuedate().getTime() + 1000));
    execute(timer);

    // then both close without a third-party evaluation
    assertThat(declined).isEnded().hasPassed(EVENT_CONSULTATION_CLOSED).hasNotPassed(TASK_THIRD_PARTY_EVALUATION);
    assertThat(lapsed).isEnded().hasPassed(EVENT_CONSULTATION_CLOSED).hasNotPassed(TASK_THIRD_PARTY_EVALUATION);
    assertThat(historyService().createHistoricVariableInstanceQuery().processInstanceId(lapsed.getId())
        .variableName("thirdPartyChosen").singleResult().getValue()).isEqualTo(false);
  }

  // --- 定期组织评议 -----------------------------------------------------------------------------------

  @Test
  void theStreetsQuarterlyRoundHasEachCommunityRateTheStreetAndTheDepartmentsThatTookPart() {
    // given 2029's second quarter: 多福巷's matter with a department's help, 韶九's matter without
    ClockUtil.setCurrentTime(beijing(2029, 4, 2, 9));
    ProcessInstance helped = toImplementation("duofuxiang");
    complete(task(TASK_TRACK_IMPLEMENTATION, helped), withVariables("trackingOutcome", "落实困难", "assistanceRequest", "需城管配合"));
    complete(task(TASK_STREET_ASSIST, helped), withVariables("assistanceReport", "已配合", "departmentsAssisted", "东城区城市管理委员会"));
    start("shaojiu");
    ClockUtil.setCurrentTime(beijing(2029, 7, 1, 9));

    // when the street starts the round
    ProcessInstance round = startRound(2029, "第二季度");

    // then each community rates, in its own tenant, the street and the departments of its matters
    ProcessInstance duofuxiang = rating(round, "duofuxiang");
    ProcessInstance shaojiu = rating(round, "shaojiu");
    assertThat(rows(duofuxiang)).extracting(r -> r.get("name")).containsExactly("东华门街道办事处", "东城区城市管理委员会");
    assertThat(rows(shaojiu)).extracting(r -> r.get("name")).containsExactly("东华门街道办事处");
    assertThat(task(PeriodicVariables.TASK_RATE, duofuxiang)).hasCandidateGroup("committee-staff");
    assertThatThrownBy(() -> rate(duofuxiang, "东华门街道办事处", 6, "东城区城市管理委员会", 4)).hasStackTraceContaining("1–5");
    assertThatThrownBy(() -> rate(duofuxiang, "东华门街道办事处", 5)).hasStackTraceContaining("不能增减");
    assertThatThrownBy(() -> rate(duofuxiang, "东华门街道办事处", 5, "别的部门", 4)).hasStackTraceContaining("不能修改");
    rate(duofuxiang, "东华门街道办事处", 5, "东城区城市管理委员会", 4);
    rate(shaojiu, "东华门街道办事处", 3);
    assertThat(round).isEnded();
    assertThat(duofuxiang).isEnded();
    assertThat(shaojiu).isEnded();

    // and the year's summary counts them
    RatingsSummary.Summary summary = ratings.of(2029, List.of("duofuxiang", "shaojiu", "donghuamen"));
    assertThat(summary.streets()).containsExactly(new RatingsSummary.Line("东城区东华门街道", 2, 4.0));
    assertThat(summary.departments()).containsExactly(new RatingsSummary.Line("东城区城市管理委员会", 1, 4.0));
    assertThat(ratings.of(2029, List.of("minzulu")).streets()).isEmpty();

    // one round per street and period; none for a period without matters
    assertThatThrownBy(() -> startRound(2029, "第二季度")).hasStackTraceContaining("已经发起过");
    assertThatThrownBy(() -> startRound(2029, "第一季度")).hasStackTraceContaining("无需评议");
  }

  private ProcessInstance startRound(int year, String period) {
    return runtimeService().startProcessInstanceByKey(PeriodicVariables.RATING_ROUND_KEY,
        withVariables("communityId", "donghuamen", "ratingYear", (long) year, "ratingPeriod", period));
  }

  private ProcessInstance startAudit(String community, int year) {
    return runtimeService().startProcessInstanceByKey(PeriodicVariables.FUNDING_AUDIT_KEY,
        withVariables("communityId", community, "auditYear", (long) year));
  }

  private ProcessInstance rating(ProcessInstance round, String community) {
    return runtimeService().createProcessInstanceQuery().processDefinitionKey(PeriodicVariables.COMMUNITY_RATING_KEY)
        .variableValueEquals("ratingRound", round.getBusinessKey()).tenantIdIn(community).singleResult();
  }

  private List<Map<String, String>> rows(ProcessInstance rating) {
    return com.civicflow.consultation.matter.FormOptions.rows(runtimeService().getVariable(rating.getId(), "ratingItems"));
  }

  /** Rates the rows given as name, score, name, score … */
  private void rate(ProcessInstance rating, Object... nameAndScore) {
    com.fasterxml.jackson.databind.node.ArrayNode rows = new com.fasterxml.jackson.databind.ObjectMapper().createArrayNode();
    for (int i = 0; i < nameAndScore.length; i += 2) {
      rows.addObject().put("name", (String) nameAndScore[i]).put("rating", (Integer) nameAndScore[i + 1]).put("comment", "");
    }
    complete(task(PeriodicVariables.TASK_RATE, rating), withVariables("ratingItems", SpinValues.jsonValue(rows.toString()).create(),
        "ratingParticipants", "居民代表、物业公司"));
  }

  private static Map<String, Object> fundingMeeting(long entitled, long present, long yes) {
    return withVariables("fundingMeetingKind", "居民代表会议", "fundingMeetingEntitledCount", entitled,
        "fundingMeetingPresentCount", present, "fundingVotesFor", yes, "fundingVotesAgainst", 0L,
        "fundingMeetingMinutes", "表决协商资金");
  }

  @Test
  void aDistrictLevelConsultationIsRefusedAndNothingStarts() {
    long before = runtimeService().createProcessInstanceQuery().count();
    assertThatThrownBy(() -> start("dongcheng")).isInstanceOf(InvalidSubmissionException.class)
        .hasMessageContaining("在街道/镇、社区开展").hasMessageContaining("“东城区”是区");
    assertThat(runtimeService().createProcessInstanceQuery().count()).isEqualTo(before);
  }

  // --- helpers --------------------------------------------------------------------------------------

  private ProcessInstance start(String community) {
    return runtimeService().startProcessInstanceByKey(PROCESS_KEY, withVariables("communityId", community,
        "topic", "楼道堆物清理", "topicCategory", "公共事务和公益事业"));
  }

  private void fixTopic(ProcessInstance matter, Map<String, Object> changes) {
    VariableMap variables = Variables.createVariables().putValue("handling", "社区协商").putValue("consultationLayer", "楼栋")
        .putValue("consultationForm", "楼院理事会").putValue("meetingHost", "社工刘洋").putValue("meetingTime", "2026-03-12T19:00")
        .putValue("meetingPlace", "社区议事厅").putValue("selectionMethod", "主动邀请").putValue("participantCandidates", "居民代表\n物业公司");
    variables.putAll(changes);
    complete(task(TASK_FIX_TOPIC, matter), variables);
  }

  /** The meeting or result notice's period ends. */
  private void closeNotice(ProcessInstance matter) {
    ProcessInstance notice = called(matter);
    Job timer = managementService().createJobQuery().processInstanceId(notice.getId()).timers().singleResult();
    Date now = ClockUtil.getCurrentTime();
    ClockUtil.setCurrentTime(new Date(timer.getDuedate().getTime() + 1000));
    execute(timer);
    ClockUtil.setCurrentTime(now);
  }

  private ProcessInstance toDeliberation(String community) {
    ProcessInstance matter = start(community);
    fixTopic(matter, Map.of());
    closeNotice(matter);
    discuss(matter);
    return matter;
  }

  private void discuss(ProcessInstance matter) {
    complete(task(TASK_HOLD_DISCUSSION, matter), withVariables("hostNeutral", true, "discussionMinutes", "各方发言"));
  }

  /** Consensus, and the supervision group confirms the result: the committee plans how to carry it out. */
  private ProcessInstance toPlan(String community) {
    ProcessInstance matter = toDeliberation(community);
    complete(task(TASK_DELIBERATE, matter), withVariables("deliberationOutcome", "达成共识", "resultText", "物业两周内清理",
        "estimatedCost", 2000L, "householdsAffected", 20L));
    complete(task(TASK_SUPERVISE_RESULT, matter), withVariables("resultSupervisionVerdict", "确认"));
    assertThat(matter).isWaitingAt(TASK_PLAN_IMPLEMENTATION);
    return matter;
  }

  private ProcessInstance toImplementation(String community) {
    ProcessInstance matter = toPlan(community);
    plan(matter, "无需资金", Map.of());
    assertThat(matter).isWaitingAt(TASK_TRACK_IMPLEMENTATION, CALL_IMPLEMENTATION);
    return matter;
  }

  /** Carried out, confirmed by the supervision group, its result notice over: the street decides on a third party. */
  private ProcessInstance toResultPublished(String community) {
    ProcessInstance matter = toImplementation(community);
    implement(matter);
    complete(task(TASK_TRACK_IMPLEMENTATION, matter), withVariables("trackingOutcome", "已落实"));
    complete(task(TASK_SUPERVISE_IMPLEMENTATION, matter), withVariables("implementationSupervisionVerdict", "确认"));
    closeNotice(matter);
    assertThat(matter).isWaitingAt(TASK_DECIDE_THIRD_PARTY);
    return matter;
  }

  private void plan(ProcessInstance matter, String fundingSource, Map<String, Object> funding) {
    Map<String, Object> variables = new java.util.HashMap<>(withVariables("implementationMode", "居民行动小组",
        "fundingSource", fundingSource, "responsibleUnit", "unit-donghuamen-property", "completionDeadline", "workdays:10"));
    variables.putAll(funding);
    complete(task(TASK_PLAN_IMPLEMENTATION, matter), variables);
  }

  private void implement(ProcessInstance matter) {
    ProcessInstance implementation = called(matter);
    complete(task("Task_Implement", implementation), withVariables("implementationReport", "已清理"));
    complete(task("Task_Feedback", implementation), withVariables("feedbackReport", "已反馈"));
    complete(task("Task_RecordEvaluation", implementation), withVariables("evaluationResult", "满意", "respondentCount", 12L));
  }

  private ProcessInstance called(ProcessInstance matter) {
    return runtimeService().createProcessInstanceQuery().superProcessInstanceId(matter.getId()).singleResult();
  }

  private Job job(String activityId, ProcessInstance matter) {
    return managementService().createJobQuery().processInstanceId(matter.getId()).activityId(activityId).singleResult();
  }

  private static Date beijing(int year, int month, int day, int hour) {
    return Date.from(LocalDateTime.of(year, month, day, hour, 0).atZone(ZoneId.of("Asia/Shanghai")).toInstant());
  }
}
