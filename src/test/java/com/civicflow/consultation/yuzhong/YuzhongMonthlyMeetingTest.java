package com.civicflow.consultation.yuzhong;

import static com.civicflow.consultation.yuzhong.YuzhongProcess.TASK_HOLD_MONTHLY_MEETING;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;

import com.civicflow.consultation.ProcessTest;
import com.civicflow.consultation.ProcessTestSupport;
import com.civicflow.consultation.TestSchedules;
import com.civicflow.consultation.TestUsers;
import com.civicflow.consultation.calendar.WorkingDays;
import com.civicflow.consultation.drive.EngineSteps;
import com.civicflow.consultation.matter.InvalidSubmissionException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.variable.Variables;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * 渝中 每月协商议事会议 (“原则上每月召开一次”): the platform schedule {@code yuzhong-monthly-meeting-schedule} (its daily
 * timer fired as one engine job) and the meeting {@code yuzhong-monthly-meeting}. Each test uses a month of its own:
 * the engine and its history are shared with the other process tests.
 */
@ProcessTest
class YuzhongMonthlyMeetingTest extends ProcessTestSupport {

  static final List<String> YUZHONG_COMMUNITIES = List.of("minzulu", "jiaochangkou");

  @Autowired
  WorkingDays workdays;

  @Test
  void theMeetingStartsOnTheFirstWorkingDayOfTheMonthOnceForEveryYuzhongCommunity() {
    // given 1 October 2026, 国庆 holiday (1–7 October)
    ClockUtil.setCurrentTime(YuzhongFullRun.beijing("2026-10-01T07:00"));

    // when the schedule's daily timer fires, then nothing is started before the first working day
    assertThat(runSchedule()).isEmpty();

    // when it fires on Thursday 8 October, the first working day of the month
    ClockUtil.setCurrentTime(YuzhongFullRun.beijing("2026-10-08T07:00"));
    List<String> started = runSchedule();

    // then each 渝中 community (and no other district's) has its meeting of October, due on the month's last working day
    assertThat(started).containsExactlyInAnyOrderElementsOf(YUZHONG_COMMUNITIES);
    ProcessInstance meeting = meeting("MINZULU-MM-2026-10");
    assertThat(meeting.getTenantId()).isEqualTo("minzulu");
    assertThat(meeting).isWaitingAt(TASK_HOLD_MONTHLY_MEETING).variables().containsEntry("monthlyMeetingMonth", "2026-10")
        .containsEntry("stage", "召开每月协商议事会议");
    assertThat(task(TASK_HOLD_MONTHLY_MEETING, meeting)).hasCandidateGroup("committee-staff")
        .hasDueDate(YuzhongFullRun.beijing("2026-10-30T18:00"));
    assertThat(visibleTo("minzulu-staff", meeting)).isOne();
    assertThat(visibleTo("jiaochangkou-staff", meeting)).isZero();

    // and the next mornings start nothing again
    ClockUtil.setCurrentTime(YuzhongFullRun.beijing("2026-10-09T07:00"));
    assertThat(runSchedule()).as("not started twice").isEmpty();
  }

  @Test
  void aMeetingDayMissedWhileThePlatformWasDownIsMadeUpTheNextMorning() {
    // given the platform did not run on Monday 1 June 2026, the month's first working day
    ClockUtil.setCurrentTime(YuzhongFullRun.beijing("2026-06-03T07:00"));

    // when the timer fires on the 3rd
    List<String> started = runSchedule();

    // then June's meetings start
    assertThat(started).containsExactlyInAnyOrderElementsOf(YUZHONG_COMMUNITIES);
    assertThat(meeting("JIAOCHANGKOU-MM-2026-06")).isWaitingAt(TASK_HOLD_MONTHLY_MEETING);
  }

  @ParameterizedTest(name = "day {0} of {1}: {2}")
  @CsvSource({
      "1, 2026-10, 2026-10-08",   // 国庆: the first working day
      "1, 2026-02, 2026-02-02",   // Sunday the 1st: Monday
      "15, 2026-11, 2026-11-16",  // Sunday: the next working day
      "31, 2026-02, 2026-02-28",  // beyond the month's end: its last day, a make-up working Saturday (调休)
      "31, 2026-10, 2026-10-30",  // Saturday the 31st, no working day after it in October: the last one before
      "5, 2027-06, 2027-06-07"})  // 2027 has no table yet: weekends only
  void theConfiguredDayMovesToAWorkingDayOfTheSameMonth(int dayOfMonth, YearMonth month, LocalDate expected) {
    MonthlyMeetingCalendar calendar = new MonthlyMeetingCalendar(workdays,
        new YuzhongProperties(2, new YuzhongProperties.MonthlyMeeting(true, dayOfMonth, 18)));

    assertThat(calendar.meetingDay(month)).isEqualTo(expected);
  }

  @Test
  void theMeetingListsItsCommunitysMattersWaitingForGroupDeliberationAndRecordsWhichWereDeliberated() {
    // given a minzulu topic admitted (waiting for its meeting to be planned) and one not yet screened
    ClockUtil.setCurrentTime(YuzhongFullRun.beijing("2026-11-27T09:00"));
    ProcessInstance waiting = propose("民族路 3 号院高空抛物治理", "高空抛物");
    complete(task(YuzhongProcess.TASK_SCREEN_TOPIC, waiting), withVariables("screeningDecision", "confirm"));
    assertThat(waiting).isWaitingAt(YuzhongProcess.TASK_PLAN_MEETING);
    ProcessInstance unscreened = propose("民族路 7 号院噪音扰民", "噪音与违章搭建");

    // when December's meetings start on Tuesday 1 December
    ClockUtil.setCurrentTime(YuzhongFullRun.beijing("2026-12-01T07:00"));
    runSchedule();

    // then 民族路's agenda lists the admitted topic with its stage, not the unscreened one; 较场口's lists neither
    ProcessInstance meeting = meeting("MINZULU-MM-2026-12");
    String agenda = (String) variable(meeting, "monthlyMeetingAgenda");
    assertThat(agenda).contains(waiting.getBusinessKey() + " 民族路 3 号院高空抛物治理（审议 — 准备议事协商会议）")
        .doesNotContain(unscreened.getBusinessKey());
    assertThat((String) variable(meeting("JIAOCHANGKOU-MM-2026-12"), "monthlyMeetingAgenda"))
        .doesNotContain(waiting.getBusinessKey());

    // when the staff record the meeting held on Thursday 3 December that deliberated it
    ClockUtil.setCurrentTime(YuzhongFullRun.beijing("2026-12-04T09:00"));
    complete(task(TASK_HOLD_MONTHLY_MEETING, meeting), withVariables("monthlyMeetingHeld", "true",
        "monthlyMeetingTime", "2026-12-03T19:00", "monthlyMeetingParticipants", "张伟（协商议事委员会）\n3 号院居民代表 5 人",
        "monthlyMeetingMatters", List.of(waiting.getBusinessKey()), "monthlyMeetingMinutes", "通报高空抛物情况，议定安装监控"));

    // then
    assertThat(meeting).isEnded().hasPassed("Event_MonthlyMeetingHeld");
    assertThat(historic(meeting, "monthlyMeetingMattersText")).asString().contains(waiting.getBusinessKey());
    assertThat(historic(meeting, "monthlyMeetingAt")).isEqualTo(YuzhongFullRun.beijing("2026-12-03T19:00"));
  }

  @Test
  void aRecordOutsideTheMonthBeforeTheMeetingOrOfAMatterNotListedIsRefusedAndChangesNothing() {
    // given the meeting of January 2027
    ClockUtil.setCurrentTime(YuzhongFullRun.beijing("2027-01-04T07:00"));
    runSchedule();
    ProcessInstance meeting = meeting("MINZULU-MM-2027-01");
    ClockUtil.setCurrentTime(YuzhongFullRun.beijing("2027-01-08T09:00"));

    // then
    refused(meeting, held("2026-12-30T19:00", List.of()), "1 月内");
    refused(meeting, held("2027-01-08T19:00", List.of()), "不能晚于当前时间");
    refused(meeting, held("2027-01-07T19:00", List.of("MINZULU-2026-9999")), "不在可选项中");
    Map<String, Object> noParticipants = new java.util.HashMap<>(held("2027-01-07T19:00", List.of()));
    noParticipants.remove("monthlyMeetingParticipants");
    refused(meeting, noParticipants, "参会人员");
    refused(meeting, Map.of("monthlyMeetingHeld", "false"), "未召开的原因");

    // when the month's meeting was not held, with the reason
    complete(task(TASK_HOLD_MONTHLY_MEETING, meeting), withVariables("monthlyMeetingHeld", "false",
        "monthlyMeetingNotHeldReason", "元旦假期后议题不足，并入 2 月会议"));

    // then
    assertThat(meeting).isEnded().hasPassed("Event_MonthlyMeetingNotHeld");
  }

  @Test
  void theWholeMonthlyMeetingRunsAsThePostgresSuiteRunsIt() {
    String meeting = YuzhongFullRun.monthlyMeeting(new EngineSteps(processEngine), this::runSchedule);

    assertThat(processEngine.getHistoryService().createHistoricProcessInstanceQuery().processInstanceBusinessKey(meeting)
        .singleResult().getState()).isEqualTo("COMPLETED");
  }

  // ------------------------------------------------------------------ steps

  private List<String> runSchedule() {
    return TestSchedules.fire(processEngine, YuzhongProcess.MONTHLY_MEETING_SCHEDULE_KEY, "monthlyMeetingsStarted");
  }

  private ProcessInstance meeting(String businessKey) {
    return processEngine.getRuntimeService().createProcessInstanceQuery()
        .processDefinitionKey(YuzhongProcess.MONTHLY_MEETING_KEY).processInstanceBusinessKey(businessKey).singleResult();
  }

  private ProcessInstance propose(String topic, String item) {
    TestUsers.authenticate(processEngine, "minzulu-council");
    try {
      return processEngine.getRuntimeService().startProcessInstanceByKey(YuzhongProcess.KEY, Variables.createVariables()
          .putValue("communityId", "minzulu").putValue("topic", topic).putValue("topicDescription", "居民反映")
          .putValue("catalogueItem", item).putValue("topicSource", "入户走访").putValue("householdsAffected", 30)
          .putValue("withinCommunityPowers", "true").putValue("contraryToLaw", "false"));
    } finally {
      processEngine.getIdentityService().clearAuthentication();
    }
  }

  private static Map<String, Object> held(String time, List<String> matters) {
    return Map.of("monthlyMeetingHeld", "true", "monthlyMeetingTime", time, "monthlyMeetingParticipants", "张伟",
        "monthlyMeetingMatters", matters, "monthlyMeetingMinutes", "会议记录");
  }

  private void refused(ProcessInstance meeting, Map<String, Object> submitted, String message) {
    assertThatThrownBy(() -> complete(task(TASK_HOLD_MONTHLY_MEETING, meeting), submitted))
        .hasRootCauseInstanceOf(InvalidSubmissionException.class).rootCause().hasMessageContaining(message);
    assertThat(meeting).isWaitingAt(TASK_HOLD_MONTHLY_MEETING);
    assertThat(processEngine.getRuntimeService().getVariable(meeting.getId(), "monthlyMeetingAt")).isNull();
  }

  private Object variable(ProcessInstance instance, String name) {
    return processEngine.getRuntimeService().getVariable(instance.getId(), name);
  }

  private Object historic(ProcessInstance instance, String name) {
    return processEngine.getHistoryService().createHistoricVariableInstanceQuery().processInstanceId(instance.getId())
        .variableName(name).singleResult().getValue();
  }

  private long visibleTo(String user, ProcessInstance instance) {
    return TestUsers.as(processEngine, user, () -> processEngine.getTaskService().createTaskQuery()
        .processInstanceId(instance.getId()).count());
  }
}
