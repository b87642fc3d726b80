package com.civicflow.consultation.haimen;

import static com.civicflow.consultation.haimen.SevenStep.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.calledProcessInstance;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.historyService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.jobQuery;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;

import com.civicflow.consultation.ProcessTest;
import com.civicflow.consultation.ProcessTestSupport;
import com.civicflow.consultation.implementation.ImplementationProcess;
import com.civicflow.consultation.matter.InvalidSubmissionException;
import com.civicflow.consultation.matter.MatterVariables;
import com.civicflow.consultation.notice.NoticeVariables;
import com.civicflow.consultation.notice.Objection;
import com.civicflow.consultation.notice.ObjectionDesk;
import com.civicflow.consultation.notice.PublicNotice;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.model.bpmn.instance.StartEvent;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

@ProcessTest
class SevenStepTest extends ProcessTestSupport {

  @Autowired
  ObjectionDesk desk;

  @BeforeEach
  @AfterEach
  void noElectionHeldYet() {
    processEngine.getIdentityService().deleteGroup(CouncilGroups.groupId("sannan"));
  }

  @Test
  void fullRunClosesTheMatterAfterAllSevenSteps() {
    // when
    ProcessInstance pi = SevenStepFullRun.run(processEngine);

    // then
    assertThat(pi).isEnded().hasPassedInOrder(TASK_SURVEY_NEEDS, TASK_REVIEW_TOPIC, TASK_HOLD_HEARING, TASK_VOTE,
        TASK_PREPARE_IMPLEMENTATION, CALL_LEGALITY_REVIEW, CALL_IMPLEMENTATION, TASK_DEMOCRATIC_EVALUATION,
        TASK_PREPARE_FEEDBACK, CALL_PUBLISH_FEEDBACK, TASK_POST_EVALUATION, EVENT_MATTER_CLOSED);
    assertThat(historyService().createHistoricVariableInstanceQuery().processInstanceId(pi.getId())
        .variableName("legalReviewOutcome").singleResult().getValue()).isEqualTo("lawful");
    assertThat(historyService().createHistoricVariableInstanceQuery().processInstanceId(pi.getId())
        .variableName(MatterVariables.STAGE.name()).singleResult().getValue()).isEqualTo("事后评估结案");
  }
  @Test
  void theReviewRecordsWhichOfTheFiveMeetingKindsTheCouncilMetAs() {
    // given a topic surveyed
    ProcessInstance pi = started();
    complete(task(TASK_SURVEY_NEEDS, pi), withVariables("surveyMethod", "座谈", "householdsReached", 20,
        "householdsAffected", 10, "surveyFindings", "住户希望听取专业意见"));
    java.util.Map<String, Object> review = new java.util.HashMap<>(java.util.Map.of("topic", "楼道堆物清理",
        "topicCategory", "公共事务", "topicContested", false, "resultText", "统一清理楼道杂物", "reviewMinutes", "同意"));

    // when a kind the seed does not count is submitted, it is refused; 民主咨询会 is recorded at the top level
    review.put("meetingKind", "茶话会");
    assertThatThrownBy(() -> complete(task(TASK_REVIEW_TOPIC, pi), review)).hasMessageContaining("议事会议形式");
    review.put("meetingKind", "民主咨询会");
    complete(task(TASK_REVIEW_TOPIC, pi), review);

    // then
    assertThat(pi).variables().containsEntry(SevenStepVariables.MEETING_KIND.name(), "民主咨询会");
    assertThat(SevenStep.MEETING_KINDS).containsExactly("民主理事会", "民主恳谈会", "民主评议会", "民主听证会", "民主咨询会");
  }

  @Test
  void aReviewWithoutAMeetingKindIsAMeetingOfTheCouncil() {
    ProcessInstance pi = reviewed(10, false, "公共事务");
    assertThat(pi).variables().containsEntry(SevenStepVariables.MEETING_KIND.name(), "民主理事会");
  }

  @Test
  void aFailedVoteClosedRunsOnTheEngineApi() {
    SevenStepFullRun.failedVoteCloses(new com.civicflow.consultation.drive.EngineSteps(processEngine));
  }


  @Test
  void contestedTopicGetsAHearingBeforeTheVote() {
    // given
    ProcessInstance pi = reviewed(10, true, "公共事务");

    // then
    assertThat(pi).isWaitingAt(TASK_HOLD_HEARING).variables().containsEntry("hearingRequired", true)
        .containsEntry(MatterVariables.STAGE.name(), "表决并听证：民主听证会");
    assertThat(task(TASK_HOLD_HEARING, pi)).hasCandidateGroup(CouncilGroups.groupId("sannan"));
    complete(task(TASK_HOLD_HEARING, pi), withVariables("hearingParticipants", 30, "hearingMinutes", "各方意见已听取"));
    assertThat(pi).isWaitingAt(TASK_VOTE);
  }

  @Test
  void smallUncontestedTopicIsVotedWithoutHearingAndNeedsNoLegalReview() {
    // given
    ProcessInstance pi = reviewed(10, false, "公益事业");
    assertThat(pi).isWaitingAt(TASK_VOTE).hasNotPassed(TASK_HOLD_HEARING);

    // when
    vote(pi, 30, 25, 20);
    complete(task(TASK_PREPARE_IMPLEMENTATION, pi), withVariables("responsibleUnit", "unit-haimen-water",
        "completionDeadline", "2099-12-31", "estimatedCost", 2000));

    // then the legality review finds no major matter and the unit gets the task
    assertThat(pi).hasPassed(CALL_LEGALITY_REVIEW).isWaitingAt(CALL_IMPLEMENTATION);
    assertThat(calledProcessInstance(ImplementationProcess.KEY, pi)).isWaitingAt(ImplementationProcess.TASK_IMPLEMENT);
  }

  @Test
  void failedVoteGoesBackToTheTopicWhenTheSecretarySaysSo() {
    // given
    ProcessInstance pi = reviewed(10, false, "公共事务");

    // when only 18 of 30 representatives came
    vote(pi, 30, 18, 18);
    assertThat(pi).isWaitingAt(TASK_HANDLE_FAILED_VOTE).variables().containsEntry("votePassed", false);
    complete(task(TASK_HANDLE_FAILED_VOTE, pi), withVariables("afterFailedVote", "revise", "failedVoteNote", "到会不足三分之二，修改方案后再议"));

    // then
    assertThat(pi).isWaitingAt(TASK_REVIEW_TOPIC);
  }

  @Test
  void failedVoteCanCloseTheMatter() {
    // given
    ProcessInstance pi = reviewed(10, false, "公共事务");

    // when a majority was not reached
    vote(pi, 30, 25, 12);
    complete(task(TASK_HANDLE_FAILED_VOTE, pi), withVariables("afterFailedVote", "close", "failedVoteNote", "多数居民不同意"));

    // then
    assertThat(pi).isEnded().hasPassed(EVENT_CLOSED_AFTER_FAILED_VOTE);
  }

  @Test
  void topicOutsideTheCatalogueIsNotAdmitted() {
    // when
    ProcessInstance pi = reviewed(10, false, "涉及个人隐私");

    // then
    assertThat(pi).isEnded().hasPassed(EVENT_TOPIC_NOT_ADMITTED).variables().containsEntry("topicAdmissible", false);
  }

  @Test
  void unlawfulResultGoesBackToTheTopicReview() {
    // given
    ProcessInstance pi = reviewed(10, false, "公共事务");
    vote(pi, 30, 25, 20);
    complete(task(TASK_PREPARE_IMPLEMENTATION, pi), withVariables("responsibleUnit", "unit-haimen-property",
        "completionDeadline", "2099-12-31", "estimatedCost", 2000, "involvesFees", true));

    // when
    SevenStepFullRun.complete(processEngine, pi.getBusinessKey(), "Task_StreetReview", "binjiang-office", Map.of(
        "legalReviewOutcome", "unlawful", "legalOpinion", "收费未经业主大会决定", "legalCorrection", "先经业主大会决定收费"));

    // then
    assertThat(pi).isWaitingAt(TASK_REVIEW_TOPIC).variables().containsEntry("legalCorrection", "先经业主大会决定收费");
  }

  @Test
  void upheldObjectionToTheFeedbackGoesBackToTheEvaluation() {
    // given a matter at its feedback notice
    ProcessInstance pi = reviewed(10, false, "公共事务");
    vote(pi, 30, 25, 20);
    complete(task(TASK_PREPARE_IMPLEMENTATION, pi), withVariables("responsibleUnit", "unit-haimen-water",
        "completionDeadline", "2099-12-31", "estimatedCost", 2000));
    String bk = pi.getBusinessKey();
    SevenStepFullRun.complete(processEngine, bk, ImplementationProcess.TASK_IMPLEMENT, "haimen-water", Map.of("implementationReport", "已完成"));
    SevenStepFullRun.complete(processEngine, bk, ImplementationProcess.TASK_FEEDBACK, "haimen-water", Map.of("feedbackReport", "已反馈"));
    SevenStepFullRun.complete(processEngine, bk, ImplementationProcess.TASK_RECORD_EVALUATION, "sannan-staff",
        Map.of("evaluationResult", "基本满意", "respondentCount", 20, "evaluationComments", "一般"));
    complete(task(TASK_DEMOCRATIC_EVALUATION, pi), withVariables("evaluationMeetingParticipants", 12, "councilEvaluation", "基本满意",
        "evaluationMeetingMinutes", "基本满意"));
    complete(task(TASK_PREPARE_FEEDBACK, pi), withVariables("feedbackNotice", "已完成", "departmentFeedback", "无"));
    ProcessInstance notice = calledProcessInstance(PublicNotice.PROCESS_KEY, pi);

    // when
    desk.lodge("sannan", (String) runtimeService().getVariable(notice.getId(), NoticeVariables.NOTICE_ID.name()),
        new Objection("居民李女士", "3-201", "公示的完成情况与实际不符"));
    complete(task(PublicNotice.TASK_HANDLE_OBJECTION, notice), withVariables(
        NoticeVariables.OBJECTION_DECISION.name(), "upheld", NoticeVariables.OBJECTION_REPLY.name(), "属实，重新评议"));

    // then
    assertThat(pi).isWaitingAt(TASK_DEMOCRATIC_EVALUATION).variables().containsEntry("objectionUpheld", true);
  }

  @Test
  void lateImplementationMarksTheMatterOverdueForTheStreet() {
    // given Monday 2 March 2026: the water company must finish by Friday 13 March
    ClockUtil.setCurrentTime(Date.from(LocalDateTime.of(2026, 3, 2, 9, 0).atZone(ZoneId.of("Asia/Shanghai")).toInstant()));
    ProcessInstance pi = reviewed(10, false, "公共事务");
    vote(pi, 30, 25, 20);
    complete(task(TASK_PREPARE_IMPLEMENTATION, pi), withVariables("responsibleUnit", "unit-haimen-water",
        "completionDeadline", "2026-03-13", "estimatedCost", 2000));
    ProcessInstance implementation = calledProcessInstance(ImplementationProcess.KEY, pi);
    Job overdue = jobQuery().processInstanceId(implementation.getId()).activityId(ImplementationProcess.TIMER_COMPLETION_OVERDUE).singleResult();
    assertThat(overdue.getDuedate()).isEqualTo(Date.from(LocalDateTime.of(2026, 3, 13, 23, 59, 59).atZone(ZoneId.of("Asia/Shanghai")).toInstant()));

    // when the deadline has passed with the work not reported (Monday after)
    ClockUtil.setCurrentTime(Date.from(LocalDateTime.of(2026, 3, 16, 9, 0).atZone(ZoneId.of("Asia/Shanghai")).toInstant()));
    execute(overdue);

    // then the seven-step matter itself is marked overdue (Cockpit) and the street office supervises
    assertThat(pi).variables().containsEntry(MatterVariables.OVERDUE.name(), true);
    assertThat(task(ImplementationProcess.TASK_SUPERVISE_IMPLEMENTATION, implementation)).hasCandidateGroup("street-office");
  }

  @Test
  void impossibleVoteCountsAreRefused() {
    // given
    ProcessInstance pi = reviewed(10, false, "公共事务");

    // then
    assertThatThrownBy(() -> vote(pi, 30, 31, 20)).hasRootCauseInstanceOf(InvalidSubmissionException.class)
        .hasMessageContaining("不能多于应到代表人数");
    assertThatThrownBy(() -> vote(pi, 30, 20, 21)).hasMessageContaining("不能多于实到代表人数");
    assertThatThrownBy(() -> runtimeService().startProcessInstanceByKey(KEY, withVariables("communityId", "sannan", "topic", "",
        "topicSource", "入户走访", "topicDescription", "x"))).hasMessageContaining("议题");
    assertThat(pi).isWaitingAt(TASK_VOTE);
  }

  @Test
  void electedMembersReceiveCouncilTasksAndPreviousMembersNoLonger() {
    // given before any election the council is the community's council role holders and the party secretary
    ProcessInstance before = started();
    assertThat(visibleTasks("sannan-council", before)).containsExactly(TASK_SURVEY_NEEDS);
    assertThat(visibleTasks("sannan-secretary", before)).containsExactly(TASK_SURVEY_NEEDS);
    assertThat(visibleTasks("sannan-grid", before)).isEmpty();
    assertThat(visibleTasks("hainan-council", before)).isEmpty();

    // when the election elects sannan-grid and sannan-staff
    CouncilElectionFullRun.run(processEngine);
    ProcessInstance after = started();

    // then
    assertThat(visibleTasks("sannan-grid", after)).containsExactly(TASK_SURVEY_NEEDS);
    assertThat(visibleTasks("sannan-staff", after)).containsExactly(TASK_SURVEY_NEEDS);
    assertThat(visibleTasks("sannan-secretary", after)).containsExactly(TASK_SURVEY_NEEDS);
    assertThat(visibleTasks("sannan-council", after)).isEmpty();
    assertThat(visibleTasks("sannan-council", before)).isEmpty();
  }

  @Test
  void everyStepOfBothModelsHasItsFormDeployedWithIt() {
    for (String key : List.of(KEY, CouncilElection.KEY)) {
      // given
      var definition = processEngine.getRepositoryService().createProcessDefinitionQuery().processDefinitionKey(key)
          .latestVersion().singleResult();
      var model = processEngine.getRepositoryService().getBpmnModelInstance(definition.getId());
      var resources = processEngine.getRepositoryService().getDeploymentResourceNames(definition.getDeploymentId());
      List<String> refs = new java.util.ArrayList<>(model.getModelElementsByType(UserTask.class).stream()
          .map(UserTask::getCamundaFormRef).toList());
      model.getModelElementsByType(StartEvent.class).forEach(e -> refs.add(e.getCamundaFormRef()));

      // then
      assertThat(refs).doesNotContainNull().allSatisfy(ref -> assertThat(resources)
          .as("form %s deployed with %s", ref, key)
          .contains("forms/haimen/" + ref.replaceFirst("^haimen-", "") + ".form"));
    }
  }

  ProcessInstance started() {
    ProcessInstance pi = runtimeService().startProcessInstanceByKey(KEY, withVariables("communityId", "sannan",
        "topic", "楼道堆物清理", "topicSource", "网格员上报", "topicDescription", "楼道堆放杂物，存在消防隐患"));
    assertThat(pi).isWaitingAt(TASK_SURVEY_NEEDS);
    return pi;
  }

  ProcessInstance reviewed(int households, boolean contested, String category) {
    ProcessInstance pi = started();
    complete(task(TASK_SURVEY_NEEDS, pi), withVariables("surveyMethod", "问卷调查", "householdsReached", 40,
        "householdsAffected", households, "surveyFindings", "多数住户要求清理"));
    complete(task(TASK_REVIEW_TOPIC, pi), withVariables("topic", "楼道堆物清理", "topicCategory", category,
        "topicContested", contested, "nonStandingMembers", "陆教授（社会工作）", "resultText", "统一清理楼道杂物，设置临时堆放点", "reviewMinutes", "同意"));
    return pi;
  }

  static void vote(ProcessInstance pi, int total, int present, int yes) {
    complete(task(TASK_VOTE, pi), withVariables("voteMeeting", "村（居）民代表会议", "representativesTotal", total,
        "representativesPresent", present, "votesFor", yes, "votesAgainst", 0, "votesAbstained", 0, "voteMinutes", "记录"));
  }

  List<String> visibleTasks(String user, ProcessInstance pi) {
    CouncilElectionFullRun.authenticate(processEngine, user);
    try {
      return processEngine.getTaskService().createTaskQuery().processInstanceId(pi.getId()).taskCandidateUser(user)
          .list().stream().map(Task::getTaskDefinitionKey).toList();
    } finally {
      processEngine.getIdentityService().clearAuthentication();
    }
  }
}
