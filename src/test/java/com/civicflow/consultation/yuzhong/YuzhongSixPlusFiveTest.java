package com.civicflow.consultation.yuzhong;

import static com.civicflow.consultation.yuzhong.YuzhongProcess.CALL_IMPLEMENTATION;
import static com.civicflow.consultation.yuzhong.YuzhongProcess.CALL_LEGALITY_REVIEW;
import static com.civicflow.consultation.yuzhong.YuzhongProcess.CALL_MEETING_NOTICE;
import static com.civicflow.consultation.yuzhong.YuzhongProcess.CALL_PUBLISH_RESULT;
import static com.civicflow.consultation.yuzhong.YuzhongProcess.EVENT_CONSULTATION_COMPLETED;
import static com.civicflow.consultation.yuzhong.YuzhongProcess.EVENT_TOPIC_REJECTED;
import static com.civicflow.consultation.yuzhong.YuzhongProcess.TASK_ASSIGN_IMPLEMENTATION;
import static com.civicflow.consultation.yuzhong.YuzhongProcess.TASK_CONCLUSION;
import static com.civicflow.consultation.yuzhong.YuzhongProcess.TASK_DECIDE_AFTER_FAILED_VOTE;
import static com.civicflow.consultation.yuzhong.YuzhongProcess.TASK_DECIDE_AFTER_MEETINGS;
import static com.civicflow.consultation.yuzhong.YuzhongProcess.TASK_DELIBERATE;
import static com.civicflow.consultation.yuzhong.YuzhongProcess.TASK_DISCUSSION;
import static com.civicflow.consultation.yuzhong.YuzhongProcess.TASK_NEGOTIATION;
import static com.civicflow.consultation.yuzhong.YuzhongProcess.TASK_PLAN_MEETING;
import static com.civicflow.consultation.yuzhong.YuzhongProcess.TASK_QUESTIONS;
import static com.civicflow.consultation.yuzhong.YuzhongProcess.TASK_RECORD_RESOLUTION;
import static com.civicflow.consultation.yuzhong.YuzhongProcess.TASK_SCREEN_TOPIC;
import static com.civicflow.consultation.yuzhong.YuzhongProcess.TASK_STATEMENT;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.calledProcessInstance;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.claim;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;

import com.civicflow.consultation.ProcessTest;
import com.civicflow.consultation.ProcessTestSupport;
import com.civicflow.consultation.TestUsers;
import com.civicflow.consultation.archive.MatterFiles;
import com.civicflow.consultation.mail.TestSmtp;
import com.civicflow.consultation.matter.InvalidSubmissionException;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import jakarta.mail.Address;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.util.Arrays;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.Variables;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** 渝中区 "6+5" 议事法 ({@code yuzhong-six-plus-five}): one method per path of the seed and issue 5. */
@ProcessTest
class YuzhongSixPlusFiveTest extends ProcessTestSupport {

  static final String NOTICE = "public-notice";
  static final String LEGALITY = "legality-review";
  static final String IMPLEMENTATION = "implementation-supervision";
  static final String TIMER_NOTICE_PERIOD = "Timer_NoticePeriod";
  static final String TASK_HANDLE_OBJECTION = "Task_HandleObjection";
  static final String TASK_STREET_REVIEW = "Task_StreetReview";
  static final String TASK_IMPLEMENT = "Task_Implement";
  static final String TASK_FEEDBACK = "Task_Feedback";
  static final String TASK_RECORD_EVALUATION = "Task_RecordEvaluation";
  static final String TIMER_COMPLETION_OVERDUE = "Timer_CompletionOverdue";
  static final String TASK_SUPERVISE_IMPLEMENTATION = "Task_SuperviseImplementation";
  static final String PROPOSER = "minzulu-council";
  static final String PROPOSER_MAIL = "minzulu-council@demo.civicflow.example";
  /** Monday 23 November 2026, 09:00 Beijing time. */
  static final Date MONDAY_MORNING = YuzhongFullRun.beijing("2026-11-23T09:00");

  @RegisterExtension
  static GreenMailExtension greenMail = new GreenMailExtension(TestSmtp.smtp());

  @DynamicPropertySource
  static void mailServer(DynamicPropertyRegistry registry) {
    TestSmtp.mailPort(registry);
  }

  @Autowired
  MatterFiles files;

  @BeforeEach
  void fixTheClock() {
    ClockUtil.setCurrentTime(MONDAY_MORNING);
  }

  @Test
  void topicNotForConsultationEndsWithTheReasonMailedToTheProposer() throws MessagingException {
    // given
    ProcessInstance matter = propose(proposal().putValue("contraryToLaw", "true"));
    assertThat(matter).isWaitingAt(TASK_SCREEN_TOPIC).hasVariables("screeningClass");
    assertThat(variable(matter, "screeningClass")).isEqualTo("不宜协商");

    // when
    complete(task(TASK_SCREEN_TOPIC, matter), withVariables("screeningDecision", "confirm"));

    // then
    assertThat(matter).isEnded().hasPassed(EVENT_TOPIC_REJECTED).hasNotPassed(TASK_PLAN_MEETING);
    runQueuedJobs(matter);
    MimeMessage mail = mailTo(PROPOSER_MAIL, matter);
    assertThat(mail.getSubject()).contains("议题未予协商").contains(matter.getBusinessKey());
    assertThat(body(mail)).contains("与法律法规或政策相抵触");
    assertThat(file(matter)).contains("rejectionReason", "与法律法规或政策相抵触");
  }

  @Test
  void committeeOverridesTheScreeningOnlyWithAJustification() {
    // given: the table says 不宜协商 (outside the community's powers)
    ProcessInstance matter = propose(proposal().putValue("withinCommunityPowers", "false"));

    // when / then: an override without a justification is refused and changes nothing
    assertThatThrownBy(() -> complete(task(TASK_SCREEN_TOPIC, matter),
        withVariables("screeningDecision", "override", "screeningOverrideClass", "可议")))
        .hasRootCauseInstanceOf(InvalidSubmissionException.class).hasMessageContaining("改定理由");
    assertThat(matter).isWaitingAt(TASK_SCREEN_TOPIC);

    // when
    complete(task(TASK_SCREEN_TOPIC, matter), withVariables("screeningDecision", "override",
        "screeningOverrideClass", "可议", "screeningJustification", "街道已授权社区协商楼道管理"));

    // then
    assertThat(matter).isWaitingAt(TASK_PLAN_MEETING).variables()
        .containsEntry("topicClass", "可议").containsEntry("topicAdmissible", true)
        .containsEntry("screeningJustification", "街道已授权社区协商楼道管理");
  }

  @Test
  void screeningGoesToTheCommitteeOfTheMattersCommunityOnly() {
    // given
    ProcessInstance matter = propose(proposal());

    // then
    assertThat(task(TASK_SCREEN_TOPIC, matter)).hasCandidateGroup("consultation-council");
    assertThat(visibleTo("minzulu-council", "minzulu", matter)).isEqualTo(1);
    assertThat(visibleTo("jiaochangkou-council", "jiaochangkou", matter)).isZero();
    assertThat(matter).variables().containsEntry("stage", "审议 — 确定议题").containsEntry("initiator", PROPOSER)
        .containsEntry("proposerEmail", PROPOSER_MAIL);
  }

  @Test
  void theCatalogueItemAloneGivesTheClass() {
    // when the proposal names an item of the catalogue and no class
    ProcessInstance matter = propose(proposal().putValue("catalogueItem", "高空抛物"));

    // then the class is the catalogue's
    assertThat(matter).variables().containsEntry("catalogueItem", "高空抛物").containsEntry("category", "矛盾纠纷");
  }

  @Test
  void anItemOutsideTheCatalogueOrAClassThatIsNotTheItemsIsRefused() {
    long before = processEngine.getRuntimeService().createProcessInstanceQuery().processDefinitionKey(YuzhongProcess.KEY).count();
    assertThatThrownBy(() -> propose(proposal().putValue("catalogueItem", "小区绿化认养")))
        .isInstanceOf(InvalidSubmissionException.class).hasMessageContaining("不在");
    // a REST caller that still names a class: refused when the catalogue gives the item another one
    assertThatThrownBy(() -> propose(proposal().putValue("catalogueItem", "高空抛物").putValue("category", "公益事业")))
        .isInstanceOf(InvalidSubmissionException.class).hasMessageContaining("矛盾纠纷");
    assertThat(processEngine.getRuntimeService().createProcessInstanceQuery().processDefinitionKey(YuzhongProcess.KEY)
        .count()).as("nothing started").isEqualTo(before);
  }

  @Test
  void theStartFormOffersEveryItemOfTheCatalogueLabelledWithItsClass() throws IOException {
    // given the catalogue as deployed
    Map<String, String> catalogue = new java.util.LinkedHashMap<>();
    var dmn = org.camunda.bpm.model.dmn.Dmn.readModelFromFile(new java.io.File("processes/yuzhong-six-plus-five-catalogue.dmn"));
    for (var rule : dmn.getModelElementsByType(org.camunda.bpm.model.dmn.instance.Rule.class)) {
      catalogue.put(unquoted(rule.getInputEntries().iterator().next().getTextContent()),
          unquoted(rule.getOutputEntries().iterator().next().getTextContent()));
    }

    // then the form asks for the item only, each labelled 【class】item, exactly the catalogue's
    var form = new com.fasterxml.jackson.databind.ObjectMapper().readTree(new java.io.File("forms/yuzhong/propose.form"));
    Map<String, String> offered = new java.util.LinkedHashMap<>();
    for (var component : form.path("components")) {
      assertThat(component.path("key").asText()).as("no class asked for").isNotEqualTo("category");
      if (component.path("key").asText().equals("catalogueItem")) {
        component.path("values").forEach(v -> offered.put(v.path("value").asText(), v.path("label").asText()));
      }
    }
    assertThat(catalogue).hasSize(21);
    assertThat(new java.util.HashSet<>(catalogue.values())).containsExactlyInAnyOrderElementsOf(YuzhongVariables.CATEGORIES);
    Map<String, String> labelled = new java.util.LinkedHashMap<>();
    catalogue.forEach((item, category) -> labelled.put(item, "【" + category + "】" + item));
    assertThat(offered).containsExactlyEntriesOf(labelled);
  }

  private static String unquoted(String text) {
    return text.trim().replaceAll("^\"|\"$", "");
  }

  @Test
  void admissibleTopicRunsToASatisfiedEvaluation() {
    // given
    ProcessInstance matter = toMeeting(propose(proposal()));

    // when
    hold(matter, true);
    deliberate(matter, 2000L);
    vote(matter, 30, 24, 20);
    closeNotice(matter);
    assertThat(matter).hasPassed(CALL_LEGALITY_REVIEW).isWaitingAt(TASK_ASSIGN_IMPLEMENTATION);
    implement(matter, "满意");

    // then
    assertThat(matter).isEnded().hasPassed(CALL_IMPLEMENTATION, EVENT_CONSULTATION_COMPLETED);
    assertThat(historic(matter, "evaluationResult")).isEqualTo("满意");
    assertThat(historic(matter, "statementMinutes")).isEqualTo("陈述记录");
    assertThat(historic(matter, "voteTally")).isEqualTo("应到 30 人，实到 24 人；赞成 20 票，反对 2 票，弃权 0 票");
    runQueuedJobs(matter);
    assertThat(file(matter)).contains("statementMinutes", "陈述记录", "conclusionMinutes", "voteTally", "满意")
        .as("the units a form offered are no entry of the file").doesNotContain("responsibleUnitOptions");
  }

  @Test
  void fullRunOnTheEngineApi() {
    YuzhongFullRun.run(processEngine);
  }
  @Test
  void theHardWayRunsOnTheEngineApi() {
    YuzhongFullRun.theHardWay(new com.civicflow.consultation.drive.EngineSteps(processEngine));
  }


  @Test
  void meetingNoticeGoesToParticipantsAndTheNoticeBoard() {
    // given
    ProcessInstance matter = toPlanning(propose(proposal()));

    // when
    plan(matter);

    // then
    assertThat(matter).isWaitingAt(CALL_MEETING_NOTICE);
    ProcessInstance notice = calledProcessInstance(NOTICE, matter);
    assertThat(notice).variables().containsEntry("noticeKind", "会议通知").containsEntry("noticePeriodDays", 3L);
    assertThat(matter).variables().containsEntry("stage", "公示会议通知").containsEntry("expertFieldsText", "法律");
    runQueuedJobs(matter);
    assertThat(recipients()).contains(PROPOSER_MAIL, "minzulu-staff@demo.civicflow.example", "resident@example.com");
  }

  @Test
  void meetingWithoutConclusionLeadsToASecondMeeting() {
    // given
    ProcessInstance matter = toMeeting(propose(proposal()));

    // when
    hold(matter, false);

    // then
    assertThat(matter).isWaitingAt(TASK_PLAN_MEETING).variables().containsEntry("meetingRound", 1L);
    toMeetingFromPlanning(matter);
    hold(matter, true);
    assertThat(matter).isWaitingAt(TASK_DELIBERATE).variables().containsEntry("meetingRound", 2L);
  }

  @Test
  void afterTheLastAllowedMeetingTheCommitteeDecidesToCloseTheTopic() {
    // given: two meetings without a conclusion (consultation.yuzhong.max-meeting-rounds = 2)
    ProcessInstance matter = toMeeting(propose(proposal()));
    hold(matter, false);
    toMeetingFromPlanning(matter);
    hold(matter, false);
    assertThat(matter).isWaitingAt(TASK_DECIDE_AFTER_MEETINGS);

    // when
    complete(task(TASK_DECIDE_AFTER_MEETINGS, matter), withVariables("meetingsDecision", "close", "meetingsDecisionNote", "分歧过大"));

    // then
    assertThat(matter).isEnded().hasPassed(EVENT_TOPIC_REJECTED);
    runQueuedJobs(matter);
    assertThat(body(mailTo(PROPOSER_MAIL, matter))).contains("分歧过大");
  }

  @Test
  void afterTheLastAllowedMeetingTheCommitteeMayContinue() {
    // given
    ProcessInstance matter = toMeeting(propose(proposal()));
    hold(matter, false);
    toMeetingFromPlanning(matter);
    hold(matter, false);

    // when
    complete(task(TASK_DECIDE_AFTER_MEETINGS, matter), withVariables("meetingsDecision", "continue", "meetingsDecisionNote", "再议一次"));

    // then
    assertThat(matter).isWaitingAt(TASK_PLAN_MEETING);
  }

  @Test
  void resolutionWithoutQuorumFailsAndTheAssemblyVotesAgain() {
    // given
    ProcessInstance matter = toResolution();

    // when: 19 of 30 present (less than two thirds)
    vote(matter, 30, 19, 19);

    // then
    assertThat(matter).isWaitingAt(TASK_DECIDE_AFTER_FAILED_VOTE).variables()
        .containsEntry("quorumReached", false).containsEntry("resolutionPassed", false);
    complete(task(TASK_DECIDE_AFTER_FAILED_VOTE, matter), withVariables("failedVoteDecision", "revote", "failedVoteNote", "另行召集"));
    assertThat(matter).isWaitingAt(TASK_RECORD_RESOLUTION);
    vote(matter, 30, 20, 11);
    assertThat(matter).isWaitingAt(CALL_PUBLISH_RESULT).variables().containsEntry("resolutionPassed", true);
  }

  @Test
  void resolutionVotedDownGoesBackToDeliberation() {
    // given
    ProcessInstance matter = toResolution();

    // when: 24 present, only 12 in favour (not more than half)
    vote(matter, 30, 24, 12);
    complete(task(TASK_DECIDE_AFTER_FAILED_VOTE, matter), withVariables("failedVoteDecision", "redraft", "failedVoteNote", "修改方案"));

    // then
    assertThat(matter).isWaitingAt(TASK_DELIBERATE).variables()
        .containsEntry("quorumReached", true).containsEntry("resolutionPassed", false);
  }

  @Test
  void resolutionVotedDownMayBeClosedAsRejected() {
    // given
    ProcessInstance matter = toResolution();
    vote(matter, 30, 24, 10);

    // when
    complete(task(TASK_DECIDE_AFTER_FAILED_VOTE, matter), withVariables("failedVoteDecision", "close", "failedVoteNote", "居民多数反对"));

    // then
    assertThat(matter).isEnded().hasPassed(EVENT_TOPIC_REJECTED);
    assertThat(historic(matter, "rejectionReason").toString()).contains("居民多数反对");
  }

  @Test
  void impossibleVoteCountsAreRefused() {
    // given
    ProcessInstance matter = toResolution();

    // when / then
    assertThatThrownBy(() -> vote(matter, 30, 31, 20)).hasMessageContaining("实到人数");
    assertThatThrownBy(() -> complete(task(TASK_RECORD_RESOLUTION, matter), withVariables("representativesTotal", 30,
        "representativesPresent", 24, "votesFor", 20, "votesAgainst", 4, "votesAbstain", 1))).hasMessageContaining("合计");
    assertThat(matter).isWaitingAt(TASK_RECORD_RESOLUTION);
  }

  @Test
  void upheldObjectionToTheResultGoesBackToDeliberation() {
    // given
    ProcessInstance matter = toResolution();
    vote(matter, 30, 24, 20);

    // when
    upholdObjection(calledProcessInstance(NOTICE, matter));

    // then
    assertThat(matter).isWaitingAt(TASK_DELIBERATE).variables().containsEntry("objectionUpheld", true);
  }

  @Test
  void meetingNoticeTakesApplicationsToAttendAndNoObjection() {
    // given the meeting notice is up
    ProcessInstance matter = toPlanning(propose(proposal()));
    ClockUtil.setCurrentTime(MONDAY_MORNING);
    plan(matter);
    ProcessInstance notice = calledProcessInstance(NOTICE, matter);

    // when a resident objects to it (refused, nothing changes) and another applies to attend
    assertThatThrownBy(() -> processEngine.getRuntimeService().createMessageCorrelation("notice-objection")
        .processInstanceId(notice.getId()).setVariablesToTriggeredScope(Map.of("objectorName", "李大爷",
            "objectorContact", "13800000000", "objectionReason", "时间与居民上班冲突")).correlateWithResult())
        .hasMessageContaining("不受理异议");
    processEngine.getRuntimeService().createMessageCorrelation("notice-attendance-application").processInstanceId(notice.getId())
        .setVariablesToTriggeredScope(Map.of("applicantName", "王建明", "applicantContact", "13800001111",
            "applicantOrganisation", "", "applicationReason", "住 8 号院三楼，想参会"))
        .correlateWithResult();
    complete(task("Task_AnswerAttendance", notice), withVariables("attendanceDecision", "accepted",
        "attendanceReply", "同意参会，周六晚 7 点议事室"));
    closeNotice(matter);

    // then the meeting opens as planned, with the applicant accepted
    assertThat(matter).isWaitingAt(TASK_STATEMENT);
    assertThat(notice).isEnded().variables().containsEntry("objectionCount", 0L).containsEntry("applicationCount", 1L)
        .containsEntry("acceptedAttendees", "王建明");
  }

  @Test
  void unlawfulResultGoesBackToDeliberation() {
    // given: a major matter → street office review
    ProcessInstance matter = toMeeting(propose(proposal()));
    ProcessInstance review = toStreetReview(matter);

    // when
    complete(task(TASK_STREET_REVIEW, review), withVariables("legalReviewOutcome", "unlawful",
        "legalOpinion", "收费未经业主大会表决", "legalCorrection", "删除收费条款"));

    // then
    assertThat(matter).isWaitingAt(TASK_DELIBERATE).variables()
        .containsEntry("legalReviewOutcome", "unlawful").containsEntry("legalCorrection", "删除收费条款");
  }

  @Test
  void resultLawfulWithChangesIsCarriedOutAsRevised() {
    // given
    ProcessInstance matter = toMeeting(propose(proposal()));
    ProcessInstance review = toStreetReview(matter);

    // when
    complete(task(TASK_STREET_REVIEW, review), withVariables("legalReviewOutcome", "lawful-with-changes",
        "legalOpinion", "存放点不得占用消防通道", "revisedResultText", "12 月 18 日前清理楼道堆物，存放点避开消防通道"));

    // then
    assertThat(matter).isWaitingAt(TASK_ASSIGN_IMPLEMENTATION).variables()
        .containsEntry("implementationText", "12 月 18 日前清理楼道堆物，存放点避开消防通道");
  }

  @Test
  void overdueImplementationIsVisibleToSupervisors() {
    // given
    ProcessInstance matter = toImplementation();
    ProcessInstance implementation = calledProcessInstance(IMPLEMENTATION, matter);
    Job overdue = job(TIMER_COMPLETION_OVERDUE, implementation);

    // when
    ClockUtil.setCurrentTime(new Date(overdue.getDuedate().getTime() + 1000));
    execute(overdue);

    // then
    assertThat(matter).variables().containsEntry("overdue", true);
    assertThat(processEngine.getRuntimeService().createProcessInstanceQuery().processDefinitionKey(YuzhongProcess.KEY)
        .variableValueEquals("overdue", true).list()).extracting(ProcessInstance::getId).contains(matter.getId());
    assertThat(processEngine.getRuntimeService().createIncidentQuery().incidentType("overdue").count()).isPositive();
    assertThat(implementation).isWaitingAt(TASK_SUPERVISE_IMPLEMENTATION, TASK_IMPLEMENT);
    assertThat(task(TASK_SUPERVISE_IMPLEMENTATION, implementation)).hasCandidateGroup("street-office");
  }

  @Test
  void unsatisfiedEvaluationSendsItBackForRework() {
    // given
    ProcessInstance matter = toImplementation();
    ProcessInstance implementation = calledProcessInstance(IMPLEMENTATION, matter);
    complete(task(TASK_IMPLEMENT, implementation), withVariables("implementationReport", "已清理"));
    complete(task(TASK_FEEDBACK, implementation), withVariables("feedbackReport", "已反馈"));

    // when
    complete(task(TASK_RECORD_EVALUATION, implementation), withVariables("evaluationResult", "不满意",
        "respondentCount", 15, "evaluationComments", "仍有堆物", "reworkDeadline", "2026-12-30T17:00"));

    // then
    assertThat(implementation).isWaitingAt(TASK_IMPLEMENT).variables().containsEntry("reworkCount", 1L);
    assertThat(matter).isWaitingAt(CALL_IMPLEMENTATION);
  }

  // ------------------------------------------------------------------ steps

  VariableMap proposal() {
    return Variables.createVariables().putValue("communityId", "minzulu").putValue("topic", "民族路 12 号院楼道堆物清理")
        .putValue("topicDescription", "楼道堆放杂物，存在消防隐患")
        .putValue("catalogueItem", "环境卫生整治").putValue("topicSource", "入户走访").putValue("householdsAffected", 36)
        .putValue("withinCommunityPowers", "true").putValue("contraryToLaw", "false");
  }

  ProcessInstance propose(VariableMap variables) {
    TestUsers.authenticate(processEngine, PROPOSER);
    try {
      return processEngine.getRuntimeService().startProcessInstanceByKey(YuzhongProcess.KEY, variables);
    } finally {
      processEngine.getIdentityService().clearAuthentication();
    }
  }

  ProcessInstance toPlanning(ProcessInstance matter) {
    complete(task(TASK_SCREEN_TOPIC, matter), withVariables("screeningDecision", "confirm"));
    assertThat(matter).isWaitingAt(TASK_PLAN_MEETING);
    return matter;
  }

  void plan(ProcessInstance matter) {
    complete(task(TASK_PLAN_MEETING, matter), withVariables("meetingForm", "居民协商议事会议",
        "meetingTime", "2026-11-26T19:00", "meetingPlace", "社区协商议事室", "organiserParticipants", "社区协商议事委员会",
        "interestedParties", "12 号院居民代表", "thirdParties", "物业公司", "expertFields", List.of("法律"),
        "participantEmails", "resident@example.com"));
  }

  ProcessInstance toMeeting(ProcessInstance matter) {
    toPlanning(matter);
    toMeetingFromPlanning(matter);
    return matter;
  }

  void toMeetingFromPlanning(ProcessInstance matter) {
    ClockUtil.setCurrentTime(MONDAY_MORNING);
    plan(matter);
    closeNotice(matter);
    assertThat(matter).isWaitingAt(TASK_STATEMENT);
  }

  void closeNotice(ProcessInstance matter) {
    execute(job(TIMER_NOTICE_PERIOD, calledProcessInstance(NOTICE, matter)));
  }

  void hold(ProcessInstance matter, boolean conclusion) {
    complete(task(TASK_STATEMENT, matter), withVariables("statementMinutes", "陈述记录"));
    complete(task(TASK_QUESTIONS, matter), withVariables("questionsMinutes", "询问记录"));
    complete(task(TASK_DISCUSSION, matter), withVariables("discussionMinutes", "讨论记录"));
    complete(task(TASK_NEGOTIATION, matter), withVariables("negotiationMinutes", "协商记录"));
    complete(task(TASK_CONCLUSION, matter), withVariables("conclusionMinutes", "结论记录", "conclusionReached", String.valueOf(conclusion)));
  }

  void deliberate(ProcessInstance matter, long cost) {
    complete(task(TASK_DELIBERATE, matter), withVariables("resultText", "12 月 18 日前清理楼道堆物", "estimatedCost", cost,
        "householdsAffected", 36, "touchesPropertyRights", "false", "involvesFees", "false", "involvesDemolition", "false",
        "affectsPublicSafety", "false", "consultationLevel", "社区"));
  }

  void vote(ProcessInstance matter, int total, int present, int yes) {
    int against = Math.max(0, Math.min(present - yes, 2));
    complete(task(TASK_RECORD_RESOLUTION, matter), withVariables("representativesTotal", total,
        "representativesPresent", present, "votesFor", yes, "votesAgainst", against, "votesAbstain", 0));
  }

  ProcessInstance toResolution() {
    ProcessInstance matter = toMeeting(propose(proposal()));
    hold(matter, true);
    deliberate(matter, 2000L);
    assertThat(matter).isWaitingAt(TASK_RECORD_RESOLUTION);
    return matter;
  }

  /** A major matter (80 000 yuan) resolved and published: the street office reviews it (claimed). */
  ProcessInstance toStreetReview(ProcessInstance matter) {
    hold(matter, true);
    deliberate(matter, 80_000L);
    vote(matter, 30, 24, 20);
    closeNotice(matter);
    ProcessInstance review = calledProcessInstance(LEGALITY, matter);
    claim(task(TASK_STREET_REVIEW, review), "jiefangbei-office");
    return review;
  }

  ProcessInstance toImplementation() {
    ProcessInstance matter = toResolution();
    vote(matter, 30, 24, 20);
    closeNotice(matter);
    complete(task(TASK_ASSIGN_IMPLEMENTATION, matter), withVariables("responsibleUnit", "unit-jiefangbei-property",
        "completionDeadline", "2026-12-18T17:00"));
    assertThat(matter).isWaitingAt(CALL_IMPLEMENTATION);
    return matter;
  }

  void implement(ProcessInstance matter, String evaluation) {
    complete(task(TASK_ASSIGN_IMPLEMENTATION, matter), withVariables("responsibleUnit", "unit-jiefangbei-property",
        "completionDeadline", "2026-12-18T17:00"));
    ProcessInstance implementation = calledProcessInstance(IMPLEMENTATION, matter);
    complete(task(TASK_IMPLEMENT, implementation), withVariables("implementationReport", "已清理"));
    complete(task(TASK_FEEDBACK, implementation), withVariables("feedbackReport", "已反馈"));
    complete(task(TASK_RECORD_EVALUATION, implementation), withVariables("evaluationResult", evaluation, "respondentCount", 18));
  }

  void upholdObjection(ProcessInstance notice) {
    processEngine.getRuntimeService().createMessageCorrelation("notice-objection").processInstanceId(notice.getId())
        .setVariablesToTriggeredScope(Map.of("objectorName", "李大爷", "objectorContact", "13800000000",
            "objectionReason", "时间与居民上班冲突", "objectionLodgedAt", ClockUtil.getCurrentTime()))
        .correlateWithResult();
    complete(task(TASK_HANDLE_OBJECTION, notice), withVariables("objectionDecision", "upheld", "objectionReply", "异议成立"));
  }

  // ------------------------------------------------------------------ helpers

  long visibleTo(String userId, String community, ProcessInstance matter) {
    processEngine.getIdentityService().setAuthentication(userId, List.of("consultation-council"), List.of(community));
    try {
      return processEngine.getTaskService().createTaskQuery().processInstanceBusinessKey(matter.getBusinessKey())
          .taskCandidateGroup("consultation-council").count();
    } finally {
      processEngine.getIdentityService().clearAuthentication();
    }
  }

  Object variable(ProcessInstance pi, String name) {
    return processEngine.getRuntimeService().getVariable(pi.getId(), name);
  }

  Object historic(ProcessInstance pi, String name) {
    return processEngine.getHistoryService().createHistoricVariableInstanceQuery().processInstanceId(pi.getId())
        .variableName(name).singleResult().getValue();
  }

  /**
   * The matter's mail and, once it ended, its filing (一事一档): jobs the job executor would run. A mail
   * queued as the matter ended is no longer bound to it.
   */
  void runQueuedJobs(ProcessInstance matter) {
    for (Job job : processEngine.getManagementService().createJobQuery().messages().list()) {
      if (job.getProcessInstanceId() == null || job.getProcessInstanceId().equals(matter.getId())) {
        processEngine.getManagementService().executeJob(job.getId());
      }
    }
  }

  String file(ProcessInstance matter) {
    return files.byMatterNumber(matter.getBusinessKey()).orElseThrow(() -> new AssertionError("未归档")).json();
  }

  List<String> recipients() {
    return Arrays.stream(greenMail.getReceivedMessages()).flatMap(m -> addresses(m).stream()).toList();
  }

  MimeMessage mailTo(String address, ProcessInstance matter) {
    return Arrays.stream(greenMail.getReceivedMessages()).filter(m -> addresses(m).contains(address))
        .filter(m -> subject(m).contains(matter.getBusinessKey()) && subject(m).contains("未予协商")).findFirst()
        .orElseThrow(() -> new AssertionError("没有发给 " + address + " 的邮件"));
  }

  static List<String> addresses(MimeMessage message) {
    try {
      Address[] to = message.getRecipients(Message.RecipientType.TO);
      return to == null ? List.of() : Arrays.stream(to).map(Address::toString).toList();
    } catch (MessagingException e) {
      throw new IllegalStateException(e);
    }
  }

  static String subject(MimeMessage message) {
    try {
      return message.getSubject();
    } catch (MessagingException e) {
      throw new IllegalStateException(e);
    }
  }

  static String body(MimeMessage message) {
    try {
      return message.getContent().toString();
    } catch (IOException | MessagingException e) {
      throw new IllegalStateException(e);
    }
  }
}
