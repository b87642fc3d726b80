package com.civicflow.consultation.cangzhou;

import static com.civicflow.consultation.cangzhou.CangzhouProcess.CALL_IMPLEMENTATION;
import static com.civicflow.consultation.cangzhou.CangzhouProcess.CALL_LEGALITY_REVIEW;
import static com.civicflow.consultation.cangzhou.CangzhouProcess.CALL_MEETING_NOTICE;
import static com.civicflow.consultation.cangzhou.CangzhouProcess.EVENT_CONSULTATION_COMPLETED;
import static com.civicflow.consultation.cangzhou.CangzhouProcess.EVENT_CONSULTATION_SHELVED;
import static com.civicflow.consultation.cangzhou.CangzhouProcess.EVENT_CONSULTATION_WITHDRAWN;
import static com.civicflow.consultation.cangzhou.CangzhouProcess.EVENT_PROGRESS_REPORTED;
import static com.civicflow.consultation.cangzhou.CangzhouProcess.EVENT_TOPIC_REJECTED;
import static com.civicflow.consultation.cangzhou.CangzhouProcess.GATEWAY_CONSENSUS;
import static com.civicflow.consultation.cangzhou.CangzhouProcess.GATEWAY_EXPERT_DECISION;
import static com.civicflow.consultation.cangzhou.CangzhouProcess.GATEWAY_LAWFUL;
import static com.civicflow.consultation.cangzhou.CangzhouProcess.GATEWAY_RESULT_OBJECTION;
import static com.civicflow.consultation.cangzhou.CangzhouProcess.GATEWAY_VOTE_PASSED;
import static com.civicflow.consultation.cangzhou.CangzhouProcess.TASK_DRAFT_PLAN;
import static com.civicflow.consultation.cangzhou.CangzhouProcess.TASK_EXPERT_REVIEW;
import static com.civicflow.consultation.cangzhou.CangzhouProcess.TASK_HOLD_TALKS;
import static com.civicflow.consultation.cangzhou.CangzhouProcess.TASK_JOINT_MEETING;
import static com.civicflow.consultation.cangzhou.CangzhouProcess.TASK_REACH_CONSENSUS;
import static com.civicflow.consultation.cangzhou.CangzhouProcess.TASK_REPRESENTATIVES_VOTE;
import static com.civicflow.consultation.cangzhou.CangzhouProcess.TASK_STUDY_TOPIC;
import static com.civicflow.consultation.cangzhou.CangzhouProcess.TIMER_PROGRESS_REPORT;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.claim;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.historyService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.jobQuery;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.taskQuery;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;

import com.civicflow.consultation.ProcessTest;
import com.civicflow.consultation.ProcessTestSupport;
import com.civicflow.consultation.implementation.ImplementationProcess;
import com.civicflow.consultation.legalreview.LegalReviewVariables;
import com.civicflow.consultation.mail.TestSmtp;
import com.civicflow.consultation.matter.InvalidSubmissionException;
import com.civicflow.consultation.notice.ApplicationDesk;
import com.civicflow.consultation.notice.NoticeVariables;
import com.civicflow.consultation.notice.NoticeWindowException;
import com.civicflow.consultation.notice.Objection;
import com.civicflow.consultation.notice.ObjectionDesk;
import com.civicflow.consultation.notice.ParticipationApplication;
import com.civicflow.consultation.notice.PublicNotice;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import jakarta.mail.internet.MimeMessage;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.variable.Variables;
import org.camunda.spin.plugin.variable.SpinValues;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** 沧州市“八步议事” (cangzhou-eight-step): one method per path of the seed and issue 8. */
@ProcessTest
class CangzhouEightStepTest extends ProcessTestSupport {

  // the shared call activities' ids, from their own packages
  static final String PUBLIC_NOTICE = PublicNotice.PROCESS_KEY;
  static final String NOTICE_TIMER = PublicNotice.TIMER_NOTICE_PERIOD;
  static final String HANDLE_OBJECTION = PublicNotice.TASK_HANDLE_OBJECTION;
  static final String IMPLEMENTATION = ImplementationProcess.KEY;
  static final String LEGALITY_REVIEW = LegalReviewVariables.PROCESS_KEY;
  static final String STREET_REVIEW = "Task_StreetReview";

  @Autowired
  ObjectionDesk objectionDesk;
  @Autowired
  ApplicationDesk applicationDesk;

  @RegisterExtension
  static GreenMailExtension greenMail = new GreenMailExtension(TestSmtp.smtp());

  @DynamicPropertySource
  static void mailServer(DynamicPropertyRegistry registry) {
    TestSmtp.mailPort(registry);
  }

  @BeforeEach
  void fridayMorning() {
    ClockUtil.setCurrentTime(beijing("2026-10-09T09:00"));
  }

  @Test
  void potholeExampleRunsFromTopicToRepairWithinAMonth() {
    CangzhouFullRun.run(processEngine);
  }

  @Test
  void greenBeltVoteChoosesOneOfThreeContractorsAndComputesTheFeeSplit() {
    // given
    ProcessInstance pi = untilVote(start("chaodong", "聘请专业绿化队管护小区绿化带"));

    // when the representatives choose by show of hands among the three bidders, with the fee split
    complete(task(TASK_REPRESENTATIVES_VOTE, pi), withVariables("voteMode", "choice", "totalRepresentatives", 24,
        "presentRepresentatives", 22, "yesVotes", 20, "voteMinutes", "三支绿化队说明价格和服务内容后举手表决",
        "option1Name", "青青绿化队", "option1Votes", 4, "option2Name", "园丁绿化队", "option2Votes", 15,
        "option3Name", "绿源绿化队", "option3Votes", 3, "feeSplit", true,
        "feePerOccupiedHousehold", 150, "occupiedHouseholds", 160, "feePerEmptyHousehold", 100, "emptyHouseholds", 40));

    // then one contractor is chosen, the totals are computed on the server, and the fee makes it a major matter
    assertThat(pi).variables().containsEntry("votePassed", true).containsEntry("chosenOption", "园丁绿化队")
        .containsEntry("feeOccupiedTotal", 24000L).containsEntry("feeEmptyTotal", 4000L).containsEntry("feeTotal", 28000L)
        .containsEntry("involvesFees", true);
    assertThat((String) runtimeService().getVariable(pi.getId(), "resultText")).contains("选定：园丁绿化队", "合计每年 28000 元");
    assertThat(pi).isWaitingAt(CALL_LEGALITY_REVIEW);
    assertThat(task(STREET_REVIEW, called(pi, LEGALITY_REVIEW))).hasCandidateGroup("street-office");
  }

  @Test
  void tiedOptionsFailTheChoiceAndGoBackToDrafting() {
    // given
    ProcessInstance pi = untilVote(start("chaodong", "聘请专业绿化队管护小区绿化带"));

    // when
    complete(task(TASK_REPRESENTATIVES_VOTE, pi), withVariables("voteMode", "choice", "totalRepresentatives", 24,
        "presentRepresentatives", 24, "yesVotes", 20, "voteMinutes", "举手表决", "option1Name", "青青绿化队",
        "option1Votes", 10, "option2Name", "园丁绿化队", "option2Votes", 10));

    // then
    assertThat(pi).hasPassed(GATEWAY_VOTE_PASSED).isWaitingAt(TASK_DRAFT_PLAN)
        .variables().containsEntry("votePassed", false);
  }

  @Test
  void noConsensusGoesBackToDraftingForASecondRound() {
    // given
    ProcessInstance pi = untilConsensus(start("lijing", "让居民出行安全，对低洼路段进行维修"));

    // when
    complete(task(TASK_REACH_CONSENSUS, pi), withVariables("consensusReached", "false",
        "consensusMinutes", "物业公司不同意承担秩序维护", "consensusNextStep", "redraft"));

    // then
    assertThat(pi).hasPassed(GATEWAY_CONSENSUS).isWaitingAt(TASK_DRAFT_PLAN);
    assertThat((String) runtimeService().getVariable(pi.getId(), "planReturnReason")).contains("第 1 轮", "物业公司");
    complete(task(TASK_DRAFT_PLAN, pi), plan());
    complete(task(TASK_REACH_CONSENSUS, pi), withVariables("consensusReached", "true", "consensusMinutes", "第二轮达成共识"));
    assertThat(pi).isWaitingAt(TASK_EXPERT_REVIEW).variables().containsEntry("consensusRound", 2L);
  }

  @Test
  void consensusRoundsAreBoundedAndAPersonShelvesTheMatter() {
    // given three rounds without consensus (the default bound)
    ProcessInstance pi = untilConsensus(start("lijing", "楼道堆物清理"));
    for (int round = 1; round < 3; round++) {
      complete(task(TASK_REACH_CONSENSUS, pi), withVariables("consensusReached", "false", "consensusMinutes", "分歧较大",
          "consensusNextStep", "redraft"));
      complete(task(TASK_DRAFT_PLAN, pi), plan());
    }

    // when another round is asked for, it is refused; then shelved
    assertThatThrownBy(() -> complete(task(TASK_REACH_CONSENSUS, pi), withVariables("consensusReached", "false",
        "consensusMinutes", "仍有分歧", "consensusNextStep", "redraft")))
        .hasRootCauseInstanceOf(InvalidSubmissionException.class).hasMessageContaining("只能搁置");
    complete(task(TASK_REACH_CONSENSUS, pi), withVariables("consensusReached", "false", "consensusMinutes", "仍有分歧",
        "consensusNextStep", "shelve"));

    // then
    assertThat(pi).isEnded().hasPassed(EVENT_CONSULTATION_SHELVED);
  }

  @Test
  void expertsReturnThePlanForRevision() {
    // given
    ProcessInstance pi = untilExpertReview(start("lijing", "制定小区文明养犬公约"));
    assertThat(task(TASK_EXPERT_REVIEW, pi)).hasCandidateGroup("expert");

    // when
    complete(task(TASK_EXPERT_REVIEW, pi), withVariables("expertDecision", "returned", "expertOpinion", "罚款条款无法律依据，请删除"));

    // then
    assertThat(pi).hasPassed(GATEWAY_EXPERT_DECISION).hasNotPassed(TASK_REPRESENTATIVES_VOTE).isWaitingAt(TASK_DRAFT_PLAN);
    assertThat((String) runtimeService().getVariable(pi.getId(), "planReturnReason")).contains("罚款条款");
  }

  @Test
  void expertsAreMailedALinkWhenAPlanAwaitsTheirReview() throws Exception {
    // given
    ProcessInstance pi = untilExpertReview(start("lijing", "制定小区文明养犬公约"));

    // when the queued mail is sent (only ever from jobs)
    jobQuery().processInstanceId(pi.getId()).messages().list().forEach(job -> execute(job));

    // then
    assertThat(Arrays.stream(greenMail.getReceivedMessages()).flatMap(m -> recipients(m).stream()))
        .contains("yunhe-expert@demo.civicflow.example");
  }

  @Test
  void expertsRevisedTextIsWhatTheRepresentativesVoteOn() {
    // given
    ProcessInstance pi = untilExpertReview(start("lijing", "制定小区文明养犬公约"));

    // when
    complete(task(TASK_EXPERT_REVIEW, pi), withVariables("expertDecision", "revised", "expertOpinion", "删去罚款条款",
        "expertRevisedPlan", "文明养犬公约（修订稿）"));

    // then
    assertThat(pi).isWaitingAt(TASK_REPRESENTATIVES_VOTE).variables().containsEntry("planText", "文明养犬公约（修订稿）");
  }

  @Test
  void voteAtExactlyTwoThirdsOfAllRepresentativesPasses() {
    // given
    ProcessInstance pi = untilVote(start("lijing", "楼道堆物清理"));

    // when 20 of 30 representatives consent (exactly two thirds of all)
    complete(task(TASK_REPRESENTATIVES_VOTE, pi), vote(30, 20, 20));

    // then
    assertThat(pi).variables().containsEntry("votePassed", true);
    assertThat(pi).isWaitingAt(TASK_JOINT_MEETING).hasPassed(CALL_LEGALITY_REVIEW);
  }

  @Test
  void voteOneBelowTwoThirdsOfAllFailsEvenWithMostOfThosePresent() {
    // given
    ProcessInstance pi = untilVote(start("lijing", "楼道堆物清理"));

    // when 19 of 30 consent: 19 of the 21 present, but one short of two thirds of all
    complete(task(TASK_REPRESENTATIVES_VOTE, pi), vote(30, 21, 19));

    // then
    assertThat(pi).hasPassed(GATEWAY_VOTE_PASSED).isWaitingAt(TASK_DRAFT_PLAN).variables().containsEntry("votePassed", false);
    assertThat((String) runtimeService().getVariable(pi.getId(), "planReturnReason")).contains("三分之二");
  }

  @Test
  void impossibleCountsAreRefusedAndChangeNothing() {
    // given
    ProcessInstance pi = untilVote(start("lijing", "楼道堆物清理"));

    // when / then
    assertThatThrownBy(() -> complete(task(TASK_REPRESENTATIVES_VOTE, pi), vote(30, 20, 21)))
        .hasRootCauseInstanceOf(InvalidSubmissionException.class).hasMessageContaining("不能多于到会代表数");
    assertThatThrownBy(() -> complete(task(TASK_REPRESENTATIVES_VOTE, pi), vote(30, 31, 25)))
        .hasRootCauseInstanceOf(InvalidSubmissionException.class).hasMessageContaining("不能多于代表总数");
    assertThatThrownBy(() -> complete(task(TASK_REPRESENTATIVES_VOTE, pi), withVariables("voteMode", "choice",
        "totalRepresentatives", 24, "presentRepresentatives", 10, "yesVotes", 10, "voteMinutes", "举手",
        "option1Name", "甲", "option1Votes", 8, "option2Name", "乙", "option2Votes", 5)))
        .hasRootCauseInstanceOf(InvalidSubmissionException.class).hasMessageContaining("各选项得票合计");
    assertThat(pi).isWaitingAt(TASK_REPRESENTATIVES_VOTE);
    assertThat(runtimeService().getVariable(pi.getId(), "votePassed")).isNull();
  }

  @Test
  void unlawfulMajorMatterGoesBackToDrafting() {
    // given a major matter (public safety): the street office reviews it
    ProcessInstance pi = untilVote(start("lijing", "让居民出行安全，对低洼路段进行维修"), true);
    complete(task(TASK_REPRESENTATIVES_VOTE, pi), vote(30, 25, 24));
    ProcessInstance review = called(pi, LEGALITY_REVIEW);

    // when
    claim(task(STREET_REVIEW, review), "shuiyuesi-office");
    complete(task(STREET_REVIEW, review), withVariables("legalReviewOutcome", "unlawful", "legalOpinion", "占用消防通道",
        "legalCorrection", "不得占用消防通道，请调整施工方案"));

    // then
    assertThat(pi).hasPassed(GATEWAY_LAWFUL).hasNotPassed(TASK_JOINT_MEETING).isWaitingAt(TASK_DRAFT_PLAN)
        .variables().containsEntry("legalReviewOutcome", "unlawful");
    assertThat((String) runtimeService().getVariable(pi.getId(), "planReturnReason")).contains("依法纠正", "消防通道");
  }

  @Test
  void lawfulWithChangesCarriesOutTheRevisedText() {
    // given
    ProcessInstance pi = untilVote(start("lijing", "让居民出行安全，对低洼路段进行维修"), true);
    complete(task(TASK_REPRESENTATIVES_VOTE, pi), vote(30, 25, 24));

    // when
    ProcessInstance review = called(pi, LEGALITY_REVIEW);
    claim(task(STREET_REVIEW, review), "shuiyuesi-office");
    complete(task(STREET_REVIEW, review), withVariables("legalReviewOutcome", "lawful-with-changes",
        "legalOpinion", "补充安全措施", "revisedResultText", "维修方案（补充夜间警示）"));

    // then
    assertThat(pi).isWaitingAt(TASK_JOINT_MEETING).variables().containsEntry("resultText", "维修方案（补充夜间警示）");
  }

  @Test
  void progressReportsArePostedOnScheduleUntilImplementationCloses() {
    // given the result posted and implementation started by one unit
    ProcessInstance pi = untilJointMeeting(start("lijing", "楼道堆物清理"));
    complete(task(TASK_JOINT_MEETING, pi), jointMeeting("unit-wantai-property"));
    closeNotice(pi);
    assertThat(pi).isWaitingAt(CALL_IMPLEMENTATION);
    Job timer = progressTimer(pi);
    assertThat(timer.getDuedate()).isEqualTo(beijing("2026-10-23T09:00")); // two weeks

    // when the period comes round twice
    ClockUtil.setCurrentTime(timer.getDuedate());
    execute(timer);
    ProcessInstance report = called(pi, PUBLIC_NOTICE);
    assertThat(report).variables().containsEntry("noticeKind", "进展报告");
    assertThat((String) runtimeService().getVariable(report.getId(), "noticeBody")).contains("万泰丽景小区物业公司", "办结时限");
    closeNotice(pi);
    assertThat(pi).hasPassed(EVENT_PROGRESS_REPORTED);
    assertThat(progressTimer(pi).getDuedate()).isEqualTo(beijing("2026-11-06T09:00"));
    ClockUtil.setCurrentTime(beijing("2026-11-06T09:00"));
    execute(progressTimer(pi));
    closeNotice(pi);

    // then implementation closes, and no more reports are scheduled
    implement(pi, "unit-wantai-property");
    assertThat(pi).isEnded().hasPassed(EVENT_CONSULTATION_COMPLETED).variables().containsEntry("progressReportCount", 2L);
    assertThat(jobQuery().activityId(TIMER_PROGRESS_REPORT).count()).isZero();
  }

  @Test
  void jointMeetingNamesOnlyUnitsServingTheCommunity() {
    // given
    ProcessInstance pi = untilJointMeeting(start("lijing", "楼道堆物清理"));

    // when / then
    assertThatThrownBy(() -> complete(task(TASK_JOINT_MEETING, pi), jointMeeting("unit-kenli-cityops")))
        .hasRootCauseInstanceOf(InvalidSubmissionException.class).hasMessageContaining("unit-kenli-cityops”不在可选项中");
    assertThatThrownBy(() -> complete(task(TASK_JOINT_MEETING, pi), jointMeeting()))
        .hasRootCauseInstanceOf(InvalidSubmissionException.class).hasMessageContaining("责任单位");
    assertThat(pi).isWaitingAt(TASK_JOINT_MEETING);
  }

  @Test
  void upheldObjectionToTheResultGoesBackToDrafting() {
    // given
    ProcessInstance pi = untilJointMeeting(start("lijing", "楼道堆物清理"));
    complete(task(TASK_JOINT_MEETING, pi), jointMeeting("unit-wantai-property"));

    // when
    upholdObjection(pi, "清理方案未征求一楼住户意见");

    // then
    assertThat(pi).hasPassed(GATEWAY_RESULT_OBJECTION).hasNotPassed(CALL_IMPLEMENTATION).isWaitingAt(TASK_DRAFT_PLAN);
    assertThat((String) runtimeService().getVariable(pi.getId(), "planReturnReason")).contains("一楼住户");
  }

  @Test
  void meetingNoticeTakesApplicationsToAttendAndNoObjection() {
    // given the meeting notice (发布公告) is up
    ProcessInstance pi = start("lijing", "楼道堆物清理");
    complete(task(TASK_STUDY_TOPIC, pi), study());
    assertThat(pi).isWaitingAt(CALL_MEETING_NOTICE);
    ProcessInstance notice = called(pi, PUBLIC_NOTICE);
    String noticeId = NoticeVariables.NOTICE_ID.from(runtimeService().getVariables(notice.getId())).orElseThrow();

    // when a resident objects to it, and another applies to attend
    assertThatThrownBy(() -> objectionDesk.lodge("lijing", noticeId, new Objection("李大爷", "13800000000", "时间不合适")))
        .isInstanceOf(NoticeWindowException.class).hasMessageContaining("只受理报名参会或申请列席");
    applicationDesk.apply("lijing", noticeId, new ParticipationApplication("王阿姨", "13800000001", "", "住在一楼，想列席"));
    complete(task(PublicNotice.TASK_ANSWER_ATTENDANCE, notice), withVariables(NoticeVariables.ATTENDANCE_DECISION.name(),
        NoticeVariables.ACCEPTED, NoticeVariables.ATTENDANCE_REPLY.name(), "同意列席，请准时到议事厅"));
    execute(jobQuery().processInstanceId(notice.getId()).timers().singleResult());

    // then the meeting goes ahead with the applicant accepted, and nobody's objection was taken
    assertThat(pi).isWaitingAt(TASK_HOLD_TALKS);
    assertThat(taskQuery().processInstanceId(notice.getId()).taskDefinitionKey(HANDLE_OBJECTION).count()).isZero();
    assertThat(historyVariable(notice, NoticeVariables.ACCEPTED_ATTENDEES.name())).isEqualTo("王阿姨");
    assertThat(historyVariable(notice, NoticeVariables.OBJECTION_COUNT.name())).isEqualTo(0L);
  }

  private static Object historyVariable(ProcessInstance instance, String name) {
    return historyService().createHistoricVariableInstanceQuery()
        .processInstanceId(instance.getId()).variableName(name).singleResult().getValue();
  }

  @Test
  void topicNotAdmittedEndsWithTheReason() {
    // given
    ProcessInstance pi = start("lijing", "私人债务纠纷");

    // when
    complete(task(TASK_STUDY_TOPIC, pi), withVariables("studyDecision", "reject", "rejectionReason", "属于私人纠纷，不属于社区公共事务"));

    // then
    assertThat(pi).isEnded().hasPassed(EVENT_TOPIC_REJECTED);
  }

  @Test
  void councilMayWithdrawTheMatterInsteadOfRedrafting() {
    // given
    ProcessInstance pi = untilConsensus(start("lijing", "楼道堆物清理"));
    complete(task(TASK_REACH_CONSENSUS, pi), withVariables("consensusReached", "false", "consensusMinutes", "分歧较大",
        "consensusNextStep", "redraft"));

    // when
    complete(task(TASK_DRAFT_PLAN, pi), withVariables("draftDecision", "withdraw", "withdrawalReason", "业主已自行清理"));

    // then
    assertThat(pi).isEnded().hasPassed(EVENT_CONSULTATION_WITHDRAWN);
  }

  @Test
  void anonymousTopicKeepsNoNameAndIncompleteStartIsRefused() {
    // when
    ProcessInstance pi = runtimeService().startProcessInstanceByKey(CangzhouProcess.KEY, withVariables("communityId", "lijing",
        "topic", "楼道堆物", "topicDescription", "三单元楼道堆物", "topicChannel", "专题座谈会", "topicMode", "背靠背",
        "raisedBy", "王某"));

    // then
    assertThat(pi).isWaitingAt(TASK_STUDY_TOPIC).variables().doesNotContainEntry("raisedBy", "王某");
    assertThat(task(TASK_STUDY_TOPIC, pi)).hasCandidateGroup("committee-staff");
    assertThat(pi.getBusinessKey()).startsWith("LIJING-");
    assertThatThrownBy(() -> runtimeService().startProcessInstanceByKey(CangzhouProcess.KEY,
        withVariables("communityId", "lijing", "topic", "楼道堆物")))
        .isInstanceOf(InvalidSubmissionException.class).hasMessageContaining("问题描述");
  }

  // --- driving the model ----------------------------------------------------------------------------

  private ProcessInstance start(String community, String topic) {
    return runtimeService().startProcessInstanceByKey(CangzhouProcess.KEY, withVariables("communityId", community,
        "topic", topic, "topicDescription", "居民反映：" + topic, "topicChannel", "社区事务商谈会", "topicMode", "面对面",
        "raisedBy", "居民代表", "topicLocation", "万泰丽景小区"));
  }

  private ProcessInstance untilConsensus(ProcessInstance pi) {
    complete(task(TASK_STUDY_TOPIC, pi), study());
    closeNotice(pi);
    assertThat(pi).isWaitingAt(TASK_HOLD_TALKS);
    complete(task(TASK_HOLD_TALKS, pi), withVariables("talksAttendance", "利害关系人、单位代表、居民代表",
        "talksMinutes", "民主恳谈", "initialSuggestions", "初步建议"));
    assertThat(task(TASK_DRAFT_PLAN, pi)).hasCandidateGroup("consultation-council");
    complete(task(TASK_DRAFT_PLAN, pi), plan());
    return pi;
  }

  private ProcessInstance untilExpertReview(ProcessInstance pi) {
    untilConsensus(pi);
    complete(task(TASK_REACH_CONSENSUS, pi), withVariables("consensusReached", "true", "consensusMinutes", "达成共识"));
    return pi;
  }

  private ProcessInstance untilVote(ProcessInstance pi) {
    return untilVote(pi, false);
  }

  private ProcessInstance untilVote(ProcessInstance pi, boolean publicSafety) {
    complete(task(TASK_STUDY_TOPIC, pi), study());
    closeNotice(pi);
    complete(task(TASK_HOLD_TALKS, pi), withVariables("talksAttendance", "各方", "talksMinutes", "恳谈", "initialSuggestions", "建议"));
    complete(task(TASK_DRAFT_PLAN, pi), Variables.fromMap(plan()).putValue("affectsPublicSafety", publicSafety));
    complete(task(TASK_REACH_CONSENSUS, pi), withVariables("consensusReached", "true", "consensusMinutes", "达成共识"));
    complete(task(TASK_EXPERT_REVIEW, pi), withVariables("expertDecision", "approved", "expertOpinion", "合法合规"));
    assertThat(pi).isWaitingAt(TASK_REPRESENTATIVES_VOTE);
    return pi;
  }

  private ProcessInstance untilJointMeeting(ProcessInstance pi) {
    untilVote(pi);
    complete(task(TASK_REPRESENTATIVES_VOTE, pi), vote(30, 25, 24));
    assertThat(pi).isWaitingAt(TASK_JOINT_MEETING);
    return pi;
  }

  private static Map<String, Object> study() {
    return withVariables("studyDecision", "admit", "category", "小区环境提升", "consultationLevel", "小区",
        "meetingTime", "2026-10-15T09:00", "meetingPlace", "社区协商议事厅", "meetingParticipants", "利害关系人、单位代表、居民代表");
  }

  private static Map<String, Object> plan() {
    return withVariables("draftDecision", "submit", "planKind", "方案", "planText", "解决方案草案",
        "estimatedCost", 3000, "householdsAffected", 20);
  }

  private static Map<String, Object> vote(long total, long present, long yes) {
    return withVariables("voteMode", "approval", "totalRepresentatives", total, "presentRepresentatives", present,
        "yesVotes", yes, "voteMinutes", "举手表决");
  }

  private static Map<String, Object> jointMeeting(String... units) {
    return withVariables("responsibleUnits", SpinValues.jsonValue(toJson(units)).create(),
        "unitDuties", "物业公司负责清理", "supervisionArrangement", "受益居民代表监督",
        "completionDeadline", "2026-12-31T17:00", "jointMeetingMinutes", "联席会议纪要");
  }

  private static String toJson(String... units) {
    return "[" + String.join(",", java.util.Arrays.stream(units).map(u -> "\"" + u + "\"").toList()) + "]";
  }

  /** The one running instance of a called process (notice, review, implementation) of this matter. */
  private static ProcessInstance called(ProcessInstance pi, String key) {
    List<ProcessInstance> called = runtimeService().createProcessInstanceQuery().superProcessInstanceId(pi.getId())
        .processDefinitionKey(key).list();
    assertThat(called).hasSize(1);
    return called.get(0);
  }

  private static void closeNotice(ProcessInstance pi) {
    ProcessInstance notice = called(pi, PUBLIC_NOTICE);
    execute(jobQuery().processInstanceId(notice.getId()).activityId(NOTICE_TIMER).singleResult());
  }

  /** A resident objects on the public notice board; the committee upholds the objection. */
  private void upholdObjection(ProcessInstance pi, String reason) {
    ProcessInstance notice = called(pi, PUBLIC_NOTICE);
    String noticeId = NoticeVariables.NOTICE_ID.from(runtimeService().getVariables(notice.getId())).orElseThrow();
    objectionDesk.lodge("lijing", noticeId, new Objection("李大爷", "13800000000", reason));
    complete(task(HANDLE_OBJECTION, notice), withVariables(NoticeVariables.OBJECTION_DECISION.name(), NoticeVariables.UPHELD,
        NoticeVariables.OBJECTION_REPLY.name(), "异议属实，重新协商"));
  }

  private static Job progressTimer(ProcessInstance pi) {
    return jobQuery().processInstanceId(pi.getId()).activityId(TIMER_PROGRESS_REPORT).singleResult();
  }

  private void implement(ProcessInstance pi, String unit) {
    ProcessInstance implementation = called(pi, IMPLEMENTATION);
    complete(taskQuery().processInstanceId(implementation.getId()).taskDefinitionKey(ImplementationProcess.TASK_IMPLEMENT).singleResult(),
        withVariables("implementationReport", "已清理完毕"));
    complete(taskQuery().processInstanceId(implementation.getId()).taskDefinitionKey(ImplementationProcess.TASK_FEEDBACK).singleResult(),
        withVariables("feedbackReport", "楼道已畅通"));
    complete(taskQuery().processInstanceId(implementation.getId()).taskDefinitionKey(ImplementationProcess.TASK_RECORD_EVALUATION).singleResult(),
        withVariables("evaluationResult", "满意", "respondentCount", 12));
    // each unit's end continues asynchronously (retried job), so that units finishing at once do not clash
    execute(jobQuery().processInstanceId(pi.getId()).activityId(CALL_IMPLEMENTATION).messages().singleResult());
  }

  private static List<String> recipients(MimeMessage message) {
    try {
      return Arrays.stream(message.getAllRecipients()).map(Object::toString).toList();
    } catch (jakarta.mail.MessagingException e) {
      throw new IllegalStateException(e);
    }
  }

  static Date beijing(String dateTime) {
    return Date.from(LocalDateTime.parse(dateTime).atZone(com.civicflow.consultation.matter.Submission.ZONE).toInstant());
  }
}
