package com.civicflow.consultation.kenli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.calledProcessInstance;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.processInstanceQuery;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;

import com.civicflow.consultation.ProcessTest;
import com.civicflow.consultation.ProcessTestSupport;
import com.civicflow.consultation.TestSchedules;
import com.civicflow.consultation.matter.InvalidSubmissionException;
import com.civicflow.consultation.notice.Objection;
import com.civicflow.consultation.notice.ObjectionDesk;
import java.time.LocalDate;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.impl.persistence.entity.JobEntity;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;

/** 垦利区八步议事协商 (kenli-eight-step) and 逢十议事 (kenli-regular-meeting). */
@ProcessTest
class KenliEightStepTest extends ProcessTestSupport {

  static final String KEY = KenliProcess.PROCESS_KEY;
  static final String TASK_SCREEN = "Task_ScreenTopic";
  static final String TASK_PARTICIPANTS = "Task_FixParticipants";
  static final String TASK_MEETING = "Task_HoldMeeting";
  static final String TASK_REFER_UP = "Task_ReferUp";
  static final String TASK_ASSIGN_HANDLER = "Task_AssignHandler";
  static final String TASK_SUPERVISE_VISIT = "Task_SuperviseVisit";
  static final String TASK_SUPERVISE_HANDLING = "Task_SuperviseHandling";
  static final String TASK_SUPERVISE_RETURN_VISIT = "Task_SuperviseReturnVisit";
  static final String TASK_SUPERVISE_SATISFACTION = "Task_SuperviseSatisfaction";
  static final String TASK_EVALUATE = "Task_EvaluateByResidents";
  static final String TASK_ARCHIVE = "Task_Archive";
  static final String CALL_NOTICE = "Call_PublicNotice";
  static final String CALL_LEGALITY = "Call_LegalityReview";
  static final String CALL_IMPLEMENTATION = "Call_Implementation";
  static final String EVENT_REFUSED = "Event_TopicRefused";
  static final String EVENT_REFERRAL_ANSWERED = "Event_ReferralAnswered";
  static final String EVENT_CLOSED_BY_REFERRAL = "Event_ClosedByReferral";
  static final String EVENT_ARCHIVED = "Event_Archived";
  static final String STREET_REVIEW = "Task_StreetReview";
  static final String TASK_IMPLEMENT = "Task_Implement";
  static final String TASK_FEEDBACK = "Task_Feedback";
  static final String TASK_RECORD_EVALUATION = "Task_RecordEvaluation";
  static final String REGULAR_MEETING_TASK = "Task_HoldRegularMeeting";
  static final String NOTICE_HANDLE_OBJECTION = "Task_HandleObjection";
  static final String SUPERVISE_OVERDUE_IMPLEMENTATION = "Task_SuperviseImplementation";

  @Autowired ObjectionDesk objections;

  @BeforeEach
  void monday() {
    ClockUtil.setCurrentTime(KenliFullRun.MONDAY);
  }

  // --- 集 定 ----------------------------------------------------------------------------------------

  @Test
  void fullCommunityLevelConsultationRunsFromCollectionToArchive() {
    KenliFullRun.run(processEngine);
  }

  @Test
  void topicRefusedByTheFiveNotToDiscussEndsWithTheReason() {
    // given
    ProcessInstance matter = start("社区", null);
    assertThat(task(TASK_SCREEN, matter)).hasCandidateGroup("party-secretary");
    assertThat(matter).variables().containsEntry("organisingBody", "社区党群议事会").containsEntry("stage", "定：审核研究确定议题");

    // when
    screen(matter, "个人私事、不涉及公共利益");

    // then
    assertThat(matter).hasPassed(EVENT_REFUSED).isEnded();
    assertThat(variable(matter, "catalogueOutcome")).isEqualTo("不议");
    assertThat((String) variable(matter, "catalogueReason")).contains("五不议");
  }

  @Test
  void aLevelThatDoesNotMatchTheUnitIsRefusedAtTheStart() {
    assertThatThrownBy(() -> start("楼栋", "yangmiao-grid-1"))
        .satisfies(refusedWith("与协商层级“楼栋”不符"));
    assertThatThrownBy(() -> start("楼栋", "no-such-building"))
        .satisfies(refusedWith("不在组织目录中"));
  }

  @Test
  void buildingMatterReferredUpToTheCommunityWaitsAndIsClosedByItsOutcome() {
    // given a building-level matter of 杨庙社区 1号楼, beyond the building group's reach
    ProcessInstance building = start("楼栋", "yangmiao-b1");
    assertThat(building).variables().containsEntry("organisingBody", "楼栋居民议事小组")
        .containsEntry("orgUnitName", "垦利区董集镇杨庙社区杨庙社区第一网格1号楼");
    assertThat(task(TASK_SCREEN, building)).hasCandidateGroup("grid-worker");

    // when it is screened as beyond this level and referred
    screen(building, "超出本级职责范围");
    assertThat(building).isWaitingAt(TASK_REFER_UP);
    execute(job(TASK_REFER_UP, building));

    // then a linked consultation runs at the community's 党群议事会, and the building matter waits for it
    assertThat(building).isWaitingAt(EVENT_REFERRAL_ANSWERED);
    String upperNumber = (String) variable(building, "referredTo");
    ProcessInstance community = processInstanceQuery().processInstanceBusinessKey(upperNumber).singleResult();
    assertThat(community).isWaitingAt(TASK_SCREEN).variables()
        .containsEntry("consultationLevel", "社区").containsEntry("orgUnitId", "yangmiao")
        .containsEntry("organisingBody", "社区党群议事会").containsEntry("referredFrom", building.getBusinessKey())
        .containsEntry("topicChannel", "下级提请");
    assertThat(community.getTenantId()).isEqualTo("yangmiao");

    // when the community decides the matter is not for consultation
    screen(community, "已有法定程序或明确规定");

    // then the building matter is closed by that outcome
    assertThat(community).isEnded();
    assertThat(building).hasPassed(EVENT_CLOSED_BY_REFERRAL).isEnded();
    assertThat((String) variable(building, "referralOutcome")).contains("社区党群议事会").contains("不予议事");
  }

  @Test
  void communityMeetingWithoutConsensusMeetsAgainThenRefersToTheTownJointMeeting() {
    // given
    ProcessInstance matter = startAdmitted();
    holdMeeting(matter, Map.of("meetingOutcome", "再议"));
    assertThat(matter).isWaitingAt(TASK_PARTICIPANTS);
    complete(task(TASK_PARTICIPANTS, matter), participants());

    // when
    holdMeeting(matter, Map.of("meetingOutcome", "提请上级", "referralReason", "涉及相邻两个社区，须镇里协调"));
    execute(job(TASK_REFER_UP, matter));

    // then
    String upperNumber = (String) variable(matter, "referredTo");
    ProcessInstance town = processInstanceQuery().processInstanceBusinessKey(upperNumber).singleResult();
    assertThat(town.getTenantId()).isEqualTo("dongjizhen");
    assertThat(town).isWaitingAt(TASK_SCREEN).variables().containsEntry("organisingBody", "镇街社区议事协商联席会");
    assertThat(task(TASK_SCREEN, town)).hasCandidateGroup("street-office");
    assertThat(variable(matter, "meetingRound")).isEqualTo(2L);
  }

  @Test
  void refusedSubmissionsChangeNothing() {
    ProcessInstance matter = start("社区", null);
    screen(matter, "物业服务和环境整治");
    Map<String, Object> withoutResidents = participants();
    withoutResidents.put("partyResidents", false);
    withoutResidents.put("absentPartiesNote", "居民代表临时有事");
    assertThatThrownBy(() -> complete(task(TASK_PARTICIPANTS, matter), withoutResidents))
        .satisfies(refusedWith("居民群众"));
    Map<String, Object> sevenWithoutReason = participants();
    sevenWithoutReason.put("partyLegalAdviser", false);
    assertThatThrownBy(() -> complete(task(TASK_PARTICIPANTS, matter), sevenWithoutReason))
        .satisfies(refusedWith("未参加的代表方"));
    complete(task(TASK_PARTICIPANTS, matter), participants());
    assertThatThrownBy(() -> holdMeeting(matter, Map.of("meetingOutcome", "共识")))
        .satisfies(refusedWith("协商意见"));
    assertThat(matter).isWaitingAt(TASK_MEETING);
  }

  // --- 公 办 ----------------------------------------------------------------------------------------

  @Test
  void majorMatterGoesThroughTheStreetLegalityReviewBeforeItIsHandled() {
    // given
    ProcessInstance matter = startAdmitted();
    consensus(matter, true);
    closeNotice(matter);

    // when
    ProcessInstance review = calledProcessInstance("legality-review", matter);
    assertThat(review).isWaitingAt(STREET_REVIEW);
    claimAs("dongjizhen-office", task(STREET_REVIEW, review));
    complete(task(STREET_REVIEW, review), withVariables("legalReviewOutcome", "lawful-with-changes",
        "legalOpinion", "收费须经业主共同决定", "revisedResultText", "施划车位，收费标准经业主大会表决后执行"));

    // then
    assertThat(matter).isWaitingAt(TASK_ASSIGN_HANDLER).variables()
        .containsEntry("legalReviewLevel", "street").containsEntry("resultText", "施划车位，收费标准经业主大会表决后执行");
    assertThat(task(TASK_ASSIGN_HANDLER, matter)).hasCandidateGroup("committee-staff");
  }

  @Test
  void upheldObjectionDuringTheNoticeGoesBackToANewMeeting() {
    // given
    ProcessInstance matter = startAdmitted();
    consensus(matter, false);
    ProcessInstance notice = calledProcessInstance("public-notice", matter);

    // when a resident objects and the committee upholds it
    objections.lodge("yangmiao", (String) variable(notice, "noticeId"), new Objection("王大爷", "1号楼", "堆放点离窗户太近"));
    complete(task(NOTICE_HANDLE_OBJECTION, notice), withVariables("objectionDecision", "upheld", "objectionReply", "异议成立，重新选址"));

    // then
    assertThat(matter).isWaitingAt(TASK_PARTICIPANTS).variables()
        .containsEntry("objectionUpheld", true).containsEntry("upheldObjection", "堆放点离窗户太近");
  }

  @Test
  void unlawfulResultGoesBackToANewMeeting() {
    // given
    ProcessInstance matter = startAdmitted();
    consensus(matter, true);
    closeNotice(matter);

    // when
    ProcessInstance review = calledProcessInstance("legality-review", matter);
    claimAs("dongjizhen-office", task(STREET_REVIEW, review));
    complete(task(STREET_REVIEW, review), withVariables("legalReviewOutcome", "unlawful",
        "legalOpinion", "占用消防通道", "legalCorrection", "不得在消防通道施划车位"));

    // then
    assertThat(matter).isWaitingAt(TASK_PARTICIPANTS).variables().containsEntry("legalCorrection", "不得在消防通道施划车位");
  }

  @Test
  void eachSupervisionCheckpointIsRecordedInTheSeedsOrder() {
    // given
    ProcessInstance matter = toHandling();

    // when / then 督走访 and 督办理 run while the unit works
    assertThat(matter).isWaitingAt(CALL_IMPLEMENTATION, TASK_SUPERVISE_VISIT);
    assertThat(task(TASK_SUPERVISE_VISIT, matter)).hasCandidateGroup("supervisor");
    complete(task(TASK_SUPERVISE_VISIT, matter), withVariables("visitedHouseholds", 8, "supervisionVisitRecord", "走访8户"));
    assertThat(matter).isWaitingAt(CALL_IMPLEMENTATION, TASK_SUPERVISE_HANDLING);
    assertThatThrownBy(() -> complete(task(TASK_SUPERVISE_HANDLING, matter), withVariables("handlingVerdict", "按要求办理",
        "supervisionHandlingRecord", "按期"))).satisfies(refusedWith("尚未办结"));
    ProcessInstance implementation = calledProcessInstance("implementation-supervision", matter);
    implement(matter);
    assertThat(implementation).isEnded()
        .hasPassed("Event_HandedBackForEvaluation").hasNotPassed(TASK_RECORD_EVALUATION);
    complete(task(TASK_SUPERVISE_HANDLING, matter), withVariables("handlingVerdict", "按要求办理", "supervisionHandlingRecord", "按期"));
    // 督回访
    assertThat(matter).isWaitingAt(TASK_SUPERVISE_RETURN_VISIT);
    complete(task(TASK_SUPERVISE_RETURN_VISIT, matter), withVariables("returnVisitHouseholds", 6, "supervisionReturnVisitRecord", "回访6户"));
    // 评: satisfaction is collected here, once
    assertThat(matter).isWaitingAt(TASK_EVALUATE);
    assertThatThrownBy(() -> complete(task(TASK_EVALUATE, matter), withVariables("residentEvaluation", "满意",
        "residentEvaluationRespondents", 10, "residentEvaluationSatisfied", 11)))
        .satisfies(refusedWith("不能多于参与评价人数"));
    complete(task(TASK_EVALUATE, matter), withVariables("residentEvaluation", "满意", "residentEvaluationRespondents", 10,
        "residentEvaluationSatisfied", 9));
    // 督满意度 reads it
    assertThat(matter).isWaitingAt(TASK_SUPERVISE_SATISFACTION).variables()
        .containsEntry("visitedHouseholds", 8L).containsEntry("handlingVerdict", "按要求办理")
        .containsEntry("returnVisitHouseholds", 6L).containsEntry("satisfactionRate", 90L)
        .doesNotContainKey("evaluationResult");
    complete(task(TASK_SUPERVISE_SATISFACTION, matter), withVariables("supervisionSatisfactionRecord", "抽查3户，与评价一致"));
    assertThat(matter).isWaitingAt(TASK_ARCHIVE);
  }

  @Test
  void residentsOpinionDuringImplementationReachesTheSupervisorsTasks() {
    // given the unit is at work
    ProcessInstance matter = toHandling();
    ProcessInstance implementation = calledProcessInstance("implementation-supervision", matter);
    assertThat(implementation).isWaitingAt(TASK_IMPLEMENT);

    // when two residents send their opinions from the board
    lodgeOpinion(matter, "王大爷", "13912345678", "清理时把我家的自行车也搬走了");
    lodgeOpinion(matter, "李阿姨", "3号楼2单元", "堆放点离窗户太近");

    // then both reach 督走访 and, after it, 督办理, which must answer them
    assertThat(matter).isWaitingAt(CALL_IMPLEMENTATION, TASK_SUPERVISE_VISIT);
    assertThat((String) taskVariable(task(TASK_SUPERVISE_VISIT, matter), "supervisionOpinions"))
        .contains("1. ", "王大爷（13912345678）", "自行车", "2. ", "李阿姨", "离窗户太近");
    complete(task(TASK_SUPERVISE_VISIT, matter), withVariables("visitedHouseholds", 4, "supervisionVisitRecord", "走访4户"));
    assertThat((String) taskVariable(task(TASK_SUPERVISE_HANDLING, matter), "supervisionOpinions")).contains("李阿姨");
    implement(matter);
    assertThatThrownBy(() -> complete(task(TASK_SUPERVISE_HANDLING, matter), withVariables("handlingVerdict", "按要求办理",
        "supervisionHandlingRecord", "按期"))).satisfies(refusedWith("对居民监督意见的答复"));
    complete(task(TASK_SUPERVISE_HANDLING, matter), withVariables("handlingVerdict", "按要求办理", "supervisionHandlingRecord", "按期",
        "supervisionOpinionResponse", "自行车已找回；堆放点移至院东侧"));
    assertThat(matter).isWaitingAt(TASK_SUPERVISE_RETURN_VISIT).variables().containsEntry("supervisionOpinionCount", 2L)
        .containsEntry("supervisionOpinionResponse", "自行车已找回；堆放点移至院东侧");

    // and once the unit has finished, the matter takes no more opinions
    assertThatThrownBy(() -> lodgeOpinion(matter, "赵先生", "13800000000", "晚了"))
        .isInstanceOf(org.camunda.bpm.engine.MismatchingMessageCorrelationException.class);
  }

  @Test
  void overdueImplementationIsEscalatedByTheSharedCallActivityAndMarksTheMatter() {
    // given
    ProcessInstance matter = toHandling();
    ProcessInstance implementation = calledProcessInstance("implementation-supervision", matter);

    // when the completion deadline (Friday 4 December 17:00) passes
    ClockUtil.setCurrentTime(KenliFullRun.beijing("2026-12-07T09:00"));
    runDueJobs(implementation);

    // then
    assertThat(matter).variables().containsEntry("overdue", true);
    assertThat(implementation).isWaitingAt(TASK_IMPLEMENT, SUPERVISE_OVERDUE_IMPLEMENTATION);
  }

  @Test
  void unsatisfiedResidentsSendTheMatterBackToHandlingUntilTheRoundLimit() {
    // given
    ProcessInstance matter = toHandling();
    supervise(matter);

    // when
    complete(task(TASK_EVALUATE, matter), withVariables("residentEvaluation", "不满意", "residentEvaluationRespondents", 20,
        "residentEvaluationSatisfied", 6, "residentEvaluationComments", "车位仍然不够"));
    assertThat(matter).isWaitingAt(TASK_SUPERVISE_SATISFACTION).variables().containsEntry("satisfactionRate", 30L);
    complete(task(TASK_SUPERVISE_SATISFACTION, matter), withVariables("supervisionSatisfactionRecord", "不满意属实"));

    // then one rework loop: back to 办, never a second one inside the implementation
    assertThat(matter).isWaitingAt(TASK_ASSIGN_HANDLER);
    complete(task(TASK_ASSIGN_HANDLER, matter), withVariables("responsibleUnit", "unit-kenli-cityops",
        "completionDeadline", "2026-12-11T17:00"));
    assertThat(variable(matter, "handlingRound")).isEqualTo(2L);
    supervise(matter);
    complete(task(TASK_EVALUATE, matter), withVariables("residentEvaluation", "基本满意", "residentEvaluationRespondents", 20,
        "residentEvaluationSatisfied", 15));
    complete(task(TASK_SUPERVISE_SATISFACTION, matter), withVariables("supervisionSatisfactionRecord", "督查"));
    assertThat(matter).isWaitingAt(TASK_ARCHIVE);
    assertThatThrownBy(() -> complete(task(TASK_ARCHIVE, matter), withVariables("archiveComplete", false)))
        .satisfies(refusedWith("记录模板资料齐全"));
    complete(task(TASK_ARCHIVE, matter), withVariables("archiveComplete", true));
    assertThat(matter).hasPassed(EVENT_ARCHIVED).isEnded();
  }

  // --- 逢十议事 --------------------------------------------------------------------------------------

  @ParameterizedTest(name = "{0}: meeting of {1}")
  @CsvSource({
      "2026-11-10, 2026-11-10",   // Tuesday: the 10th itself
      "2026-11-11, ",             // no meeting
      "2026-11-20, 2026-11-20",
      "2026-11-30, 2026-11-30",   // Monday
      "2026-10-10, 2026-10-10",   // Saturday, but a make-up working day (调休)
      "2026-02-20, ",             // Spring Festival holiday: moved
      "2026-02-24, 2026-02-20",   // … to the next working day
      "2026-02-28, 2026-02-28",   // February has no 30th: the last day (a make-up working Saturday)
      "2027-02-28, ",             // Sunday (2027 has no table: weekends only)
      "2027-03-01, 2027-02-28",   // … moved to Monday 1 March
      "2026-05-10, ",             // Sunday
      "2026-05-11, 2026-05-10"})
  void regularMeetingsFallOnTheTenthTwentiethAndThirtiethOrTheNextWorkingDay(LocalDate today, LocalDate nominal) {
    // given
    ClockUtil.setCurrentTime(KenliFullRun.beijing(today + "T07:00"));

    // when the schedule's daily timer fires
    List<String> started = runRegularMeetingSchedule();

    // then
    if (nominal == null) {
      assertThat(started).isEmpty();
    } else {
      assertThat(started).containsExactlyInAnyOrder("yangmiao", "dongjishequ");
      ProcessInstance meeting = processInstanceQuery().processDefinitionKey(KenliProcess.REGULAR_MEETING_KEY)
          .tenantIdIn("yangmiao").variableValueEquals("regularMeetingDate", nominal.toString()).singleResult();
      assertThat(meeting).isWaitingAt(REGULAR_MEETING_TASK).variables().containsEntry("regularMeetingDate", nominal.toString());
      assertThat(meeting.getBusinessKey()).isEqualTo("YANGMIAO-RM-" + nominal);
      assertThat(runRegularMeetingSchedule()).as("not started twice").isEmpty();
    }
  }

  @Test
  void regularMeetingGivesTheConvenerTheTopicsCollectedSinceTheLastOne() {
    // given a topic collected on Wednesday 2 December, after the meeting of 30 November
    ClockUtil.setCurrentTime(KenliFullRun.beijing("2026-12-02T10:00"));
    ProcessInstance matter = start("社区", null);

    // when the meeting of the 10th starts
    ClockUtil.setCurrentTime(KenliFullRun.beijing("2026-12-10T07:00"));
    runRegularMeetingSchedule();

    // then
    ProcessInstance meeting = processInstanceQuery().processDefinitionKey(KenliProcess.REGULAR_MEETING_KEY)
        .tenantIdIn("yangmiao").variableValueEquals("regularMeetingDate", "2026-12-10").singleResult();
    assertThat(task(REGULAR_MEETING_TASK, meeting)).hasCandidateGroup("party-secretary")
        .hasDueDate(KenliFullRun.beijing("2026-12-10T18:00"));
    assertThat((String) variable(meeting, "regularMeetingAgenda")).contains(matter.getBusinessKey()).contains("楼道堆物清理");
    complete(task(REGULAR_MEETING_TASK, meeting), withVariables("regularMeetingAttendance", 15, "regularMeetingMinutes", "研究楼道堆物清理"));
    assertThat(meeting).isEnded();
  }

  /** Fires the daily timer of the platform schedule kenli-regular-meeting-schedule; the communities it started for. */
  private List<String> runRegularMeetingSchedule() {
    return TestSchedules.fire(processEngine, KenliProcess.REGULAR_MEETING_SCHEDULE_KEY, "regularMeetingsStarted");
  }

  // --- house rules --------------------------------------------------------------------------------

  @ParameterizedTest
  @org.junit.jupiter.params.provider.ValueSource(strings = {KenliProcess.PROCESS_KEY, KenliProcess.REGULAR_MEETING_KEY})
  void everyUserTaskHasDocumentationAFormAGroupAndAServerCheck(String processKey) {
    String definitionId = processEngine.getRepositoryService().createProcessDefinitionQuery()
        .processDefinitionKey(processKey).latestVersion().singleResult().getId();
    var model = processEngine.getRepositoryService().getBpmnModelInstance(definitionId);
    var tasks = model.getModelElementsByType(org.camunda.bpm.model.bpmn.instance.UserTask.class);
    assertThat(tasks).isNotEmpty().allSatisfy(userTask -> {
      assertThat(userTask.getDocumentations()).as(userTask.getId()).isNotEmpty();
      assertThat(userTask.getCamundaFormRef()).as(userTask.getId()).startsWith("kenli-");
      assertThat(userTask.getCamundaFormRefBinding()).isEqualTo("deployment");
      assertThat(userTask.getCamundaCandidateGroups()).as(userTask.getId()).isNotBlank();
      assertThat(userTask.getExtensionElements().getElementsQuery()
          .filterByType(org.camunda.bpm.model.bpmn.instance.camunda.CamundaTaskListener.class).list())
          .as(userTask.getId()).anySatisfy(l -> assertThat(l.getCamundaEvent()).isEqualTo("complete"));
    });
  }

  // --- helpers -------------------------------------------------------------------------------------

  private ProcessInstance start(String level, String unit) {
    Map<String, Object> vars = new HashMap<>(Map.of("communityId", "yangmiao", "topicChannel", "网格员",
        "topic", "楼道堆物清理", "topicDescription", "1号楼楼道堆放杂物，影响通行", "raisedBy", "居民王大爷",
        "consultationLevel", level));
    if (unit != null) {
      vars.put("orgUnitId", unit);
    }
    return processEngine.getRuntimeService().startProcessInstanceByKey(KEY, vars);
  }

  private ProcessInstance startAdmitted() {
    ProcessInstance matter = start("社区", null);
    screen(matter, "物业服务和环境整治");
    assertThat(matter).isWaitingAt(TASK_PARTICIPANTS);
    complete(task(TASK_PARTICIPANTS, matter), participants());
    return matter;
  }

  private void screen(ProcessInstance matter, String item) {
    complete(task(TASK_SCREEN, matter), withVariables("catalogueItem", item, "screeningNote", "对照协商目录审核"));
  }

  private static Map<String, Object> participants() {
    return new HashMap<>(KenliFullRun.participants());
  }

  private void holdMeeting(ProcessInstance matter, Map<String, Object> outcome) {
    Map<String, Object> vars = new HashMap<>(outcome);
    vars.put("meetingMinutes", "会议记录");
    complete(task(TASK_MEETING, matter), vars);
  }

  private void consensus(ProcessInstance matter, boolean major) {
    holdMeeting(matter, Map.of("meetingOutcome", "共识", "resultText", "清理楼道杂物，设置集中堆放点",
        "estimatedCost", major ? 80000 : 2000, "householdsAffected", 30, "involvesFees", major));
    assertThat(matter).isWaitingAt(CALL_NOTICE);
  }

  private void closeNotice(ProcessInstance matter) {
    ClockUtil.setCurrentTime(KenliFullRun.beijing("2026-12-01T09:00"));
    runDueJobs(calledProcessInstance("public-notice", matter));
  }

  private ProcessInstance toHandling() {
    ProcessInstance matter = startAdmitted();
    consensus(matter, false);
    closeNotice(matter);
    assertThat(matter).isWaitingAt(TASK_ASSIGN_HANDLER).variables().containsEntry("legalReviewRequired", false);
    complete(task(TASK_ASSIGN_HANDLER, matter), withVariables("responsibleUnit", "unit-kenli-property",
        "completionDeadline", "2026-12-04T17:00"));
    return matter;
  }

  /** The unit carries the result out and feeds back; the shared process then ends (评 is the caller's). */
  private void implement(ProcessInstance matter) {
    ProcessInstance implementation = calledProcessInstance("implementation-supervision", matter);
    complete(task(TASK_IMPLEMENT, implementation), withVariables("implementationReport", "已清理"));
    complete(task(TASK_FEEDBACK, implementation), withVariables("feedbackReport", "楼道畅通"));
  }

  /** 督走访, 办, 督办理, 督回访: the matter then waits at 评. */
  private void supervise(ProcessInstance matter) {
    complete(task(TASK_SUPERVISE_VISIT, matter), withVariables("visitedHouseholds", 5, "supervisionVisitRecord", "走访"));
    implement(matter);
    complete(task(TASK_SUPERVISE_HANDLING, matter), withVariables("handlingVerdict", "按要求办理", "supervisionHandlingRecord", "按期"));
    complete(task(TASK_SUPERVISE_RETURN_VISIT, matter), withVariables("returnVisitHouseholds", 5, "supervisionReturnVisitRecord", "回访"));
    assertThat(matter).isWaitingAt(TASK_EVALUATE);
  }

  private void lodgeOpinion(ProcessInstance matter, String name, String contact, String opinion) {
    com.civicflow.consultation.drive.EngineSteps.lodgeSupervisionOpinion(new com.civicflow.consultation.drive.EngineSteps(
        processEngine), matter.getBusinessKey(), name, contact, opinion);
  }

  private Object taskVariable(org.camunda.bpm.engine.task.Task task, String name) {
    return processEngine.getTaskService().getVariable(task.getId(), name);
  }

  /** Executes the instance's due jobs (timers, async steps), leaving queued mail alone. */
  private void runDueJobs(ProcessInstance instance) {
    for (int round = 0; round < 20; round++) {
      List<Job> due = processEngine.getManagementService().createJobQuery().processInstanceId(instance.getId())
          .executable().list().stream()
          .filter(j -> !KenliFullRun.MAIL_JOB_TYPE.equals(((JobEntity) j).getJobHandlerType())).toList();
      if (due.isEmpty()) {
        return;
      }
      due.forEach(job -> execute(job));
    }
  }

  private void claimAs(String userId, org.camunda.bpm.engine.task.Task task) {
    processEngine.getTaskService().claim(task.getId(), userId);
  }

  /** A submission refused on the server: an InvalidSubmissionException with this text, however wrapped. */
  private static org.assertj.core.api.ThrowingConsumer<Throwable> refusedWith(String text) {
    return thrown -> {
      Throwable cause = thrown;
      while (cause != null && !(cause instanceof InvalidSubmissionException)) {
        cause = cause.getCause();
      }
      assertThat(cause).as("refused on the server").isNotNull();
      assertThat(cause.getMessage()).contains(text);
    };
  }

  private Object variable(ProcessInstance instance, String name) {
    return processEngine.getHistoryService().createHistoricVariableInstanceQuery().processInstanceId(instance.getId())
        .variableName(name).singleResult().getValue();
  }
}
