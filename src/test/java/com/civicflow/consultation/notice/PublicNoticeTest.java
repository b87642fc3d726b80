package com.civicflow.consultation.notice;

import static com.civicflow.consultation.notice.NoticeVariables.NOTICE_BODY;
import static com.civicflow.consultation.notice.NoticeVariables.NOTICE_CLOSES_AT;
import static com.civicflow.consultation.notice.NoticeVariables.NOTICE_ID;
import static com.civicflow.consultation.notice.NoticeVariables.NOTICE_KIND;
import static com.civicflow.consultation.notice.NoticeVariables.NOTICE_PERIOD_DAYS;
import static com.civicflow.consultation.notice.NoticeVariables.NOTICE_TITLE;
import static com.civicflow.consultation.notice.NoticeVariables.OBJECTION_COUNT;
import static com.civicflow.consultation.notice.NoticeVariables.OBJECTION_DECISION;
import static com.civicflow.consultation.notice.NoticeVariables.OBJECTION_REPLY;
import static com.civicflow.consultation.notice.NoticeVariables.OBJECTION_UPHELD;
import static com.civicflow.consultation.notice.NoticeVariables.UPHELD_OBJECTION;
import static com.civicflow.consultation.notice.PublicNotice.EVENT_NOTICE_CLOSED;
import static com.civicflow.consultation.notice.PublicNotice.EVENT_NOTICE_WITHDRAWN;
import static com.civicflow.consultation.notice.PublicNotice.TASK_HANDLE_OBJECTION;
import static com.civicflow.consultation.notice.PublicNotice.TIMER_NOTICE_PERIOD;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
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
import com.civicflow.consultation.matter.InvalidSubmissionException;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Date;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import java.util.List;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.variable.Variables;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

@ProcessTest
class PublicNoticeTest extends ProcessTestSupport {

  static final Objection OBJECTION = new Objection("李大爷", "13800000000", "停车位划线占用了消防通道");

  @Autowired
  ObjectionDesk desk;
  @Autowired
  NoticeBoard board;
  @Autowired
  ApplicationDesk applications;

  @Test
  void noticeRunsItsPeriodAndCloses() {
    // given
    ProcessInstance notice = post(5L);
    assertThat(notice).isWaitingAt(TIMER_NOTICE_PERIOD);
    Date closesAt = (Date) runtimeService().getVariable(notice.getId(), NOTICE_CLOSES_AT.name());
    assertThat(timer(notice).getDuedate()).isEqualTo(closesAt);

    // when
    execute(timer(notice));

    // then
    assertThat(notice).isEnded().hasPassed(EVENT_NOTICE_CLOSED)
        .variables().containsEntry(OBJECTION_UPHELD.name(), false).containsEntry(OBJECTION_COUNT.name(), 0L);
    assertThat(board.notice("minzulu", noticeId(notice)).orElseThrow().status()).isEqualTo(NoticeStatus.CLOSED);
  }

  @Test
  void periodDefaultsToFiveWorkingDays() {
    // given Thursday 24 September 2026, 10:00, before the Mid-Autumn and National Day holidays (Sep 25–27, Oct 1–7 off)
    ClockUtil.setCurrentTime(Date.from(LocalDateTime.of(2026, 9, 24, 10, 0).atZone(ZoneId.of("Asia/Shanghai")).toInstant()));

    // when
    ProcessInstance notice = post(null);

    // then five working days: Sep 28, 29, 30, Oct 8 and Oct 9
    assertThat(notice).variables().containsEntry(NOTICE_PERIOD_DAYS.name(), 5L);
    assertThat(timer(notice).getDuedate()).isEqualTo(
        Date.from(LocalDateTime.of(2026, 10, 9, 10, 0).atZone(ZoneId.of("Asia/Shanghai")).toInstant()));
  }

  @Test
  void dismissedObjectionLetsTheNoticeRunOnWithoutRestartingThePeriod() {
    // given
    ProcessInstance notice = post(5L);
    Date dueBefore = timer(notice).getDuedate();

    // when
    desk.lodge("minzulu", noticeId(notice), OBJECTION);
    assertThat(notice).isWaitingAt(TASK_HANDLE_OBJECTION, TIMER_NOTICE_PERIOD);
    assertThat(task(notice)).hasCandidateGroup("committee-staff").hasDueDate(dueBefore);
    complete(task(notice), withVariables(OBJECTION_DECISION.name(), NoticeVariables.DISMISSED, OBJECTION_REPLY.name(), "已核实，划线未占用消防通道"));

    // then
    assertThat(notice).isWaitingAt(TIMER_NOTICE_PERIOD).isNotWaitingAt(TASK_HANDLE_OBJECTION);
    assertThat(timer(notice).getDuedate()).isEqualTo(dueBefore);
    execute(timer(notice));
    assertThat(notice).isEnded().hasPassed(EVENT_NOTICE_CLOSED)
        .variables().containsEntry(OBJECTION_UPHELD.name(), false).containsEntry(OBJECTION_COUNT.name(), 1L);
    assertThat(board.notice("minzulu", noticeId(notice)).orElseThrow().replies()).containsExactly("已核实，划线未占用消防通道");
  }

  @Test
  void upheldObjectionClosesTheNoticeEarlyAndSaysSo() {
    // given
    ProcessInstance notice = post(5L);
    desk.lodge("minzulu", noticeId(notice), OBJECTION);

    // when
    complete(task(notice), withVariables(OBJECTION_DECISION.name(), NoticeVariables.UPHELD, OBJECTION_REPLY.name(), "异议属实，重新协商"));

    // then
    assertThat(notice).isEnded().hasPassed(EVENT_NOTICE_WITHDRAWN).hasNotPassed(EVENT_NOTICE_CLOSED)
        .variables().containsEntry(OBJECTION_UPHELD.name(), true)
        .containsEntry(UPHELD_OBJECTION.name(), OBJECTION.reason());
    assertThat(board.notice("minzulu", noticeId(notice)).orElseThrow().status()).isEqualTo(NoticeStatus.WITHDRAWN);
  }

  @Test
  void severalObjectionsAreHandledEachOnItsOwn() {
    // given
    ProcessInstance notice = post(5L);
    desk.lodge("minzulu", noticeId(notice), OBJECTION);
    desk.lodge("minzulu", noticeId(notice), new Objection("王阿姨", "楼栋 3-2", "收费标准偏高"));
    List<Task> tasks = taskQuery().processInstanceId(notice.getId()).taskDefinitionKey(TASK_HANDLE_OBJECTION).orderByTaskCreateTime().asc().list();
    assertThat(tasks).hasSize(2);

    // when
    complete(tasks.get(0), withVariables(OBJECTION_DECISION.name(), NoticeVariables.DISMISSED, OBJECTION_REPLY.name(), "答复一"));

    // then
    assertThat(runtimeService().getVariable(tasks.get(1).getExecutionId(), OBJECTION_DECISION.name())).isNull();
    assertThat(runtimeService().getVariable(tasks.get(1).getExecutionId(), "objectorName")).isEqualTo("王阿姨");
    assertThat(notice).variables().containsEntry(OBJECTION_COUNT.name(), 2L);
  }

  @Test
  void noticeDoesNotCloseWhileAnObjectionIsOpen() {
    // given
    ProcessInstance notice = post(5L);
    desk.lodge("minzulu", noticeId(notice), OBJECTION);

    // when the period ends
    execute(timer(notice));

    // then it waits for the committee and takes no new objection
    assertThat(notice).isNotEnded().isWaitingAt(TASK_HANDLE_OBJECTION);
    assertThat(board.notice("minzulu", noticeId(notice)).orElseThrow().status()).isEqualTo(NoticeStatus.EXPIRED);
    assertThatThrownBy(() -> desk.lodge("minzulu", noticeId(notice), OBJECTION)).isInstanceOf(NoticeClosedException.class);
    complete(task(notice), withVariables(OBJECTION_DECISION.name(), NoticeVariables.DISMISSED, OBJECTION_REPLY.name(), "不成立"));
    assertThat(notice).isEnded().hasPassed(EVENT_NOTICE_CLOSED);
  }

  @Test
  void objectionsToClosedOrUnknownNoticesAreRefused() {
    // given
    ProcessInstance notice = post(5L);
    execute(timer(notice));

    // when / then
    assertThatThrownBy(() -> desk.lodge("minzulu", noticeId(notice), OBJECTION))
        .isInstanceOf(NoticeClosedException.class).hasMessageContaining("已结束");
    assertThatThrownBy(() -> desk.lodge("minzulu", "0123456789abcdef", OBJECTION))
        .isInstanceOf(NoticeNotFoundException.class);
    assertThatThrownBy(() -> desk.lodge("jiaochangkou", noticeId(notice), OBJECTION))
        .isInstanceOf(NoticeNotFoundException.class);
  }

  @Test
  void handlingWithoutReplyIsRefused() {
    // given
    ProcessInstance notice = post(5L);
    desk.lodge("minzulu", noticeId(notice), OBJECTION);

    // when / then
    assertThatThrownBy(() -> complete(task(notice), withVariables(OBJECTION_DECISION.name(), NoticeVariables.DISMISSED)))
        .hasRootCauseInstanceOf(InvalidSubmissionException.class).hasMessageContaining("答复意见");
    assertThat(notice).isWaitingAt(TASK_HANDLE_OBJECTION);
  }

  @Test
  void meetingNoticeWaitsForTheStaffsAnswerToEachApplicationToAttend() {
    // given a meeting notice with two applications to attend
    ProcessInstance notice = post(3L, NoticeKind.MEETING_ANNOUNCEMENT);
    applications.apply("minzulu", noticeId(notice), new ParticipationApplication("王建明", "13800001111", "", "想参会"));
    applications.apply("minzulu", noticeId(notice), new ParticipationApplication("李秀兰", "13900002222", "业委会", "想列席"));
    List<Task> answers = taskQuery().processInstanceId(notice.getId()).taskDefinitionKey(PublicNotice.TASK_ANSWER_ATTENDANCE)
        .orderByTaskCreateTime().asc().list();
    assertThat(answers).hasSize(2);
    assertThatThrownBy(() -> complete(answers.get(0), withVariables("attendanceDecision", NoticeVariables.ACCEPTED)))
        .hasRootCauseInstanceOf(InvalidSubmissionException.class).hasMessageContaining("答复申请人");

    // when the period ends with one answered and one not
    complete(answers.get(0), withVariables("attendanceDecision", NoticeVariables.ACCEPTED, "attendanceReply", "同意参会"));
    execute(timer(notice));

    // then the notice takes nothing more and waits for the last answer
    assertThat(notice).isNotEnded().isWaitingAt(PublicNotice.TASK_ANSWER_ATTENDANCE);
    assertThat(board.notice("minzulu", noticeId(notice)).orElseThrow().statusLabel()).isEqualTo("公示期满，报名处理中");
    assertThatThrownBy(() -> applications.apply("minzulu", noticeId(notice),
        new ParticipationApplication("张三", "1", "", "迟到的申请"))).isInstanceOf(NoticeClosedException.class);
    complete(task(notice), withVariables("attendanceDecision", NoticeVariables.DECLINED, "attendanceReply", "会场已满"));
    assertThat(notice).isEnded().hasPassed(EVENT_NOTICE_CLOSED).variables()
        .containsEntry("applicationCount", 2L).containsEntry("acceptedAttendees", "王建明")
        .containsEntry(OBJECTION_COUNT.name(), 0L).containsEntry(OBJECTION_UPHELD.name(), false);
  }

  @Test
  void eachKindTakesOnlyWhatItsWindowOpens() {
    // given one open notice of each kind
    ProcessInstance meeting = post(5L, NoticeKind.MEETING_ANNOUNCEMENT);
    ProcessInstance progress = post(5L, NoticeKind.PROGRESS_REPORT);
    ProcessInstance result = post(5L, NoticeKind.RESULT);
    ParticipationApplication application = new ParticipationApplication("王建明", "13800001111", "", "想参会");

    // when / then
    assertThatThrownBy(() -> desk.lodge("minzulu", noticeId(meeting), OBJECTION)).isInstanceOf(NoticeWindowException.class)
        .hasMessage("这份“会议通知”只受理报名参会或申请列席，不受理异议。");
    assertThatThrownBy(() -> desk.lodge("minzulu", noticeId(progress), OBJECTION)).isInstanceOf(NoticeWindowException.class)
        .hasMessage("这份“进展报告”仅作告知，不受理异议。");
    assertThatThrownBy(() -> applications.apply("minzulu", noticeId(progress), application))
        .isInstanceOf(NoticeWindowException.class);
    assertThatThrownBy(() -> applications.apply("minzulu", noticeId(result), application))
        .isInstanceOf(NoticeWindowException.class).hasMessage("这份“协商结果”只受理异议，不受理报名参会或申请列席。");
    assertThatThrownBy(() -> runtimeService().createMessageCorrelation(PublicNotice.MESSAGE_ATTENDANCE)
        .processInstanceId(result.getId()).correlateWithResult()).isInstanceOf(NoticeWindowException.class);
    assertThat(taskQuery().processInstanceIdIn(meeting.getId(), progress.getId(), result.getId()).count()).isZero();
    for (ProcessInstance notice : List.of(meeting, progress, result)) {
      assertThat(notice).variables().containsEntry(OBJECTION_COUNT.name(), 0L).containsEntry("applicationCount", 0L);
    }
  }

  @Test
  void unknownKindIsRefused() {
    assertThatThrownBy(() -> runtimeService().startProcessInstanceByKey(PublicNotice.PROCESS_KEY, Variables.createVariables()
        .putValue("communityId", "minzulu").putValue(NOTICE_TITLE.name(), "t").putValue(NOTICE_BODY.name(), "b")
        .putValue(NOTICE_KIND.name(), "广告")))
        .isInstanceOf(InvalidSubmissionException.class).hasMessageContaining("公示类别");
  }

  static ProcessInstance post(Long days) {
    return post(days, NoticeKind.RESULT);
  }

  static ProcessInstance post(Long days, NoticeKind kind) {
    return runtimeService().startProcessInstanceByKey(PublicNotice.PROCESS_KEY, Variables.createVariables()
        .putValue("communityId", "minzulu")
        .putValue(NOTICE_TITLE.name(), "关于小区停车位划线方案的公示")
        .putValue(NOTICE_BODY.name(), "经居民代表会议表决通过，现将方案公示如下……")
        .putValue(NOTICE_KIND.name(), kind.label())
        .putValue(NOTICE_PERIOD_DAYS.name(), days));
  }

  static String noticeId(ProcessInstance notice) {
    return (String) historyService().createHistoricVariableInstanceQuery().processInstanceId(notice.getId())
        .variableName(NOTICE_ID.name()).singleResult().getValue();
  }

  static Job timer(ProcessInstance notice) {
    return jobQuery().processInstanceId(notice.getId()).timers().singleResult();
  }
}
