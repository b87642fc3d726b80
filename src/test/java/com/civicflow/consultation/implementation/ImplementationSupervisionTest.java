package com.civicflow.consultation.implementation;

import static com.civicflow.consultation.implementation.ImplementationProcess.TASK_FEEDBACK;
import static com.civicflow.consultation.implementation.ImplementationProcess.TASK_IMPLEMENT;
import static com.civicflow.consultation.implementation.ImplementationProcess.TASK_RECORD_EVALUATION;
import static com.civicflow.consultation.implementation.ImplementationProcess.TASK_STREET_DECISION;
import static com.civicflow.consultation.implementation.ImplementationProcess.TIMER_COMPLETION_REMINDER;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;

import com.civicflow.consultation.ProcessTest;
import com.civicflow.consultation.TestProcesses;
import com.civicflow.consultation.matter.InvalidSubmissionException;
import jakarta.mail.internet.MimeMessage;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.junit.jupiter.api.Test;

/** The paths of implementation-supervision that keep to their deadlines, and the residents' evaluation. */
@ProcessTest
class ImplementationSupervisionTest extends ImplementationTestSupport {

  @Test
  void implementationOnTimeGoesToFeedbackAndEvaluationWithWorkingDayDeadlines() {
    // when the caller hands the result over with "workdays:5" on Monday 2 March, 09:00
    ProcessInstance pi = handOver();

    // then the unit gets the task due Monday 9 March, 09:00, and an e-mail with the link
    assertThat(pi).isWaitingAt(TASK_IMPLEMENT);
    assertThat(task()).hasCandidateGroup(UNIT).hasDueDate(at(2026, 3, 9, 9, 0));
    List<MimeMessage> assigned = withSubject(deliverMail(pi), "实施协商成果");
    assertThat(recipients(assigned)).containsExactly(UNIT_USER_MAIL);
    assertThat(body(assigned.get(0))).contains("/camunda/app/tasklist/default/#/?task=" + task().getId());

    // when the unit reports on Wednesday, the feedback is due 5 working days later
    ClockUtil.setCurrentTime(at(2026, 3, 4, 15, 0));
    complete(task(), withVariables("implementationReport", "电梯已完成安装并通过验收"));
    assertThat(pi).isWaitingAt(TASK_FEEDBACK);
    assertThat(task()).hasCandidateGroup(UNIT).hasDueDate(at(2026, 3, 11, 15, 0));
    assertThat(runtimeService.getVariable(pi.getId(), "stage")).isEqualTo(ImplementationProcess.STAGE_FEEDBACK);

    // when the unit feeds back on Thursday, the committee has a 10-working-day evaluation window
    ClockUtil.setCurrentTime(at(2026, 3, 5, 10, 0));
    complete(task(), withVariables("feedbackReport", "居民已开始使用，运行平稳"));
    assertThat(pi).isWaitingAt(TASK_RECORD_EVALUATION);
    assertThat(task()).hasCandidateGroup("committee-staff").hasDueDate(at(2026, 3, 19, 10, 0));
  }

  @Test
  void reminderGoesToTheUnitTwoWorkingDaysBeforeTheDeadline() {
    // given a task due Monday 9 March, 09:00
    ProcessInstance pi = handOver();
    assertThat(timer(pi, TIMER_COMPLETION_REMINDER).getDuedate()).isEqualTo(at(2026, 3, 5, 9, 0));

    // when Thursday 5 March, 09:00 comes
    ClockUtil.setCurrentTime(at(2026, 3, 5, 9, 0));
    execute(timer(pi, TIMER_COMPLETION_REMINDER));

    // then the unit is reminded, with the deadline and the link, and the task stays open
    List<MimeMessage> reminders = withSubject(deliverMail(pi), "【提醒】");
    assertThat(recipients(reminders)).containsExactly(UNIT_USER_MAIL);
    assertThat(subject(reminders.get(0))).contains("2026年3月9日 09:00").contains("加装电梯");
    assertThat(body(reminders.get(0))).contains("解放碑物业服务公司").contains("?task=");
    assertThat(pi).isWaitingAt(TASK_IMPLEMENT);
  }

  @Test
  void satisfiedEvaluationClosesAndReturnsTheResultsToTheCaller() {
    // given the implementation and feedback are done
    ProcessInstance pi = handOver();
    complete(task(), withVariables("implementationReport", "已完成"));
    complete(task(), withVariables("feedbackReport", "运行平稳"));

    // when the committee records 基本满意 from 35 residents (form-js submits a number as Integer)
    complete(task(), withVariables("evaluationResult", "基本满意", "respondentCount", 35, "evaluationComments", "噪音稍大"));

    // then the call activity ends and the caller has its outputs
    assertThat(pi).isEnded();
    assertThat(caller).isWaitingAt(TASK_AFTER).variables()
        .containsEntry("evaluationResult", "基本满意").containsEntry("respondentCount", 35L)
        .containsEntry("evaluationComments", "噪音稍大").containsEntry("implementationReport", "已完成")
        .containsEntry("feedbackReport", "运行平稳").containsEntry("reworkCount", 0L)
        .containsEntry("implementationClosed", true).containsEntry("overdue", false);
  }

  @Test
  void unsatisfiedSendsTheMatterBackToImplementationWithANewDeadline() {
    // given
    ProcessInstance pi = handOver();
    complete(task(), withVariables("implementationReport", "已完成"));
    complete(task(), withVariables("feedbackReport", "运行平稳"));

    // when the residents are not satisfied and a new deadline is set
    complete(task(), withVariables("evaluationResult", "不满意", "respondentCount", 40,
        "evaluationComments", "电梯噪音超标", "reworkDeadline", "2026-03-20T17:00"));

    // then the unit implements again, by the new deadline, seeing why
    assertThat(pi).isWaitingAt(TASK_IMPLEMENT).variables().containsEntry("reworkCount", 1L)
        .containsEntry("evaluationComments", "电梯噪音超标");
    assertThat(task()).hasCandidateGroup(UNIT).hasDueDate(at(2026, 3, 20, 17, 0));
  }

  @Test
  void afterTwoReworksTheStreetOfficeDecides() {
    // given two reworks
    ProcessInstance pi = handOver();
    for (int rework = 1; rework <= 2; rework++) {
      complete(task(), withVariables("implementationReport", "第" + rework + "次"));
      complete(task(), withVariables("feedbackReport", "已反馈"));
      complete(task(), withVariables("evaluationResult", "不满意", "respondentCount", 30,
          "evaluationComments", "仍不满意", "reworkDeadline", "2026-04-30"));
    }
    complete(task(), withVariables("implementationReport", "第3次"));
    complete(task(), withVariables("feedbackReport", "已反馈"));

    // when the residents are still not satisfied (no new deadline needed any more)
    complete(task(), withVariables("evaluationResult", "不满意", "respondentCount", 30, "evaluationComments", "仍不满意"));

    // then the street office decides, and the caller gets its decision
    assertThat(pi).isWaitingAt(TASK_STREET_DECISION);
    assertThat(task()).hasCandidateGroup("street-office");
    complete(task(), withVariables("streetFinalDecision", "结案，另行启动噪音治理协商"));
    assertThat(caller).isWaitingAt(TASK_AFTER).variables()
        .containsEntry("streetFinalDecision", "结案，另行启动噪音治理协商").containsEntry("reworkCount", 2L)
        .containsEntry("evaluationResult", "不满意").containsEntry("implementationClosed", true);
  }

  @Test
  void unsatisfiedWithoutCommentsOrNewDeadlineIsRefused() {
    ProcessInstance pi = handOver();
    complete(task(), withVariables("implementationReport", "已完成"));
    complete(task(), withVariables("feedbackReport", "运行平稳"));

    assertThatThrownBy(() -> complete(task(), withVariables("evaluationResult", "不满意", "respondentCount", 40,
        "evaluationComments", "噪音", "reworkDeadline", "2026-03-01T17:00")))
        .hasMessageContaining("“整改办结时限”必须晚于当前时间");
    assertThatThrownBy(() -> complete(task(), withVariables("evaluationResult", "不满意", "respondentCount", 40,
        "reworkDeadline", "2026-03-20T17:00"))).hasMessageContaining("请填写“评议意见”");
    assertThatThrownBy(() -> complete(task(), withVariables("evaluationResult", "很好", "respondentCount", 40)))
        .hasMessageContaining("评议结果");
    assertThat(pi).isWaitingAt(TASK_RECORD_EVALUATION);
  }

  @Test
  void aDeadlineInThePastIsRefusedAndNothingChanges() {
    assertRefused(Map.of("responsibleUnit", UNIT, "completionDeadline", "2026-03-01T17:00"), "必须晚于当前时间");
  }

  @Test
  void anUnparseableDeadlineIsRefused() {
    assertRefused(Map.of("responsibleUnit", UNIT, "completionDeadline", "下周五"), "办结时限");
    assertRefused(Map.of("responsibleUnit", UNIT, "completionDeadline", "workdays:five"), "workdays:N");
  }

  @Test
  void anUnknownResponsibleUnitIsRefused() {
    assertRefused(Map.of("responsibleUnit", "unit-nobody", "completionDeadline", "workdays:5"), "unit-nobody");
    assertRefused(Map.of("responsibleUnit", "unit-haimen-property", "completionDeadline", "workdays:5"), "不承办");
    assertRefused(Map.of("completionDeadline", "workdays:5"), "责任单位");
  }

  @Test
  void aNamedHandlerOfTheUnitGetsTheTasksAndAHandlerOutsideItIsRefused() {
    assertRefused(Map.of("responsibleUnit", UNIT, "handler", "minzulu-staff", "completionDeadline", "workdays:5"),
        "不是“解放碑物业服务公司”的人员");

    ProcessInstance pi = handOver(Map.of("responsibleUnit", UNIT, "handler", "jiefangbei-property",
        "completionDeadline", "2026-03-20", "feedbackDeadline", "2026-03-31"));
    assertThat(task()).isAssignedTo("jiefangbei-property").hasDueDate(at(2026, 3, 20, 23, 59, 59));
    assertThat(timer(pi, TIMER_COMPLETION_REMINDER).getDuedate()).as("Wednesday morning").isEqualTo(at(2026, 3, 18, 9, 0));
    complete(task(), withVariables("implementationReport", "已完成"));
    assertThat(pi).isWaitingAt(TASK_FEEDBACK);
    assertThat(task()).isAssignedTo("jiefangbei-property").hasDueDate(at(2026, 3, 31, 23, 59, 59));
  }

  @Test
  void theCallersFormCanRefuseBadInputBeforeTheCall() {
    // given a calling model whose form names the unit and deadline checks it on completion
    TestProcesses.deploy(processEngine, Bpmn.createExecutableProcess("implementation-form-test")
        .camundaHistoryTimeToLive(1).startEvent("Event_Start")
        .userTask("Task_Name").camundaCandidateGroups("committee-staff")
          .camundaTaskListenerDelegateExpression("complete", "${implementationInputCheck}")
        .endEvent("Event_End").done());
    ProcessInstance form = runtimeService.startProcessInstanceByKey("implementation-form-test",
        withVariables("communityId", "minzulu"));
    assertThat(form).isWaitingAt("Task_Name");

    // then bad input is refused with the same messages, and good input passes
    assertThatThrownBy(() -> complete(task(), withVariables("responsibleUnit", "unit-nobody", "completionDeadline", "workdays:5")))
        .hasMessageContaining("组织目录中没有责任单位“unit-nobody”");
    complete(task(), withVariables("responsibleUnit", UNIT, "completionDeadline", "workdays:5"));
    assertThat(form).isEnded();
  }

  private void assertRefused(Map<String, Object> inputs, String message) {
    assertThatThrownBy(() -> complete(task(), inputs))
        .isInstanceOf(InvalidSubmissionException.class).hasMessageContaining(message);
    assertThat((Object) called()).as("no implementation started").isNull();
    assertThat(caller).isWaitingAt(TASK_ASSIGN);
  }
}
