package com.civicflow.consultation.implementation;

import static com.civicflow.consultation.implementation.ImplementationProcess.INCIDENT_OVERDUE;
import static com.civicflow.consultation.implementation.ImplementationProcess.TASK_FEEDBACK;
import static com.civicflow.consultation.implementation.ImplementationProcess.TASK_IMPLEMENT;
import static com.civicflow.consultation.implementation.ImplementationProcess.TASK_SUPERVISE_FEEDBACK;
import static com.civicflow.consultation.implementation.ImplementationProcess.TASK_SUPERVISE_IMPLEMENTATION;
import static com.civicflow.consultation.implementation.ImplementationProcess.TIMER_COMPLETION_OVERDUE;
import static com.civicflow.consultation.implementation.ImplementationProcess.TIMER_FEEDBACK_OVERDUE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.taskQuery;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;

import com.civicflow.consultation.ProcessTest;
import com.civicflow.consultation.organisation.OrganisationDirectory;
import com.civicflow.consultation.system.TasklistFilters;
import jakarta.mail.internet.MimeMessage;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Incident;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Overdue escalation (督办): incident, marks on the matter, e-mail, supervision rounds, the district, resolution. */
@ProcessTest
class ImplementationOverdueTest extends ImplementationTestSupport {

  @Autowired TasklistFilters filters;
  @Autowired FilterService filterService;
  @Autowired IdentityService identityService;
  @Autowired HistoryService historyService;
  @Autowired OrganisationDirectory directory;

  @Test
  void anOverdueTaskRaisesAnIncidentMarksTheMatterMailsSupervisorsAndOpensASupervisionTask() {
    // given the implementation due Monday 9 March, 09:00
    ProcessInstance pi = handOver();
    Task late = implementTask(pi);
    deliverMail(pi);
    greenMail.reset();
    assertThat(overdueTasksSeenBy("jiefangbei-supervisor", "jiefangbei")).doesNotContain(late.getId());

    // when the deadline passes with the task still open
    ClockUtil.setCurrentTime(at(2026, 3, 9, 10, 0));
    execute(timer(pi, TIMER_COMPLETION_OVERDUE));

    // then an incident of type overdue on the late activity, naming matter, unit and due date
    Incident incident = runtimeService.createIncidentQuery().processInstanceId(pi.getId())
        .incidentType(INCIDENT_OVERDUE).singleResult();
    assertThat(incident.getActivityId()).isEqualTo(TASK_IMPLEMENT);
    assertThat(incident.getIncidentMessage()).contains(caller.getBusinessKey()).contains("加装电梯")
        .contains("解放碑物业服务公司").contains("2026年3月9日 09:00");
    // and the matter is marked overdue, here and on the calling matter
    for (ProcessInstance matter : List.of(pi, caller)) {
      assertThat(runtimeService.getVariable(matter.getId(), "overdue")).isEqualTo(true);
      assertThat(runtimeService.getVariable(matter.getId(), "overdueSince")).isEqualTo(at(2026, 3, 9, 9, 0));
    }
    // and the street office supervises
    assertThat(pi).isWaitingAt(TASK_IMPLEMENT, TASK_SUPERVISE_IMPLEMENTATION);
    assertThat(taskQuery().taskDefinitionKey(TASK_SUPERVISE_IMPLEMENTATION).singleResult())
        .hasCandidateGroup("street-office");
    // and the street office and the committee are e-mailed
    List<MimeMessage> mails = withSubject(deliverMail(pi), "【督办】");
    assertThat(recipients(mails)).containsExactlyInAnyOrder(STREET_OFFICE_MAIL, COMMITTEE_MAIL);
    assertThat(subject(mails.get(0))).contains("第1轮").contains("街道督办");
    assertThat(body(mails.get(0))).contains("2026年3月9日 09:00").contains("?task=" + late.getId());
    // and the task is in the 已逾期 filter of the street's supervisor, not of another street's
    assertThat(overdueTasksSeenBy("jiefangbei-supervisor", "jiefangbei")).contains(late.getId());
    assertThat(overdueTasksSeenBy("shuiyuesi-supervisor", "shuiyuesi")).doesNotContain(late.getId());
  }

  @Test
  void escalationRepeatsEveryIntervalAndGoesUpToTheDistrictAfterTwoRounds() {
    // given an overdue implementation
    ProcessInstance pi = handOver();
    deliverMail(pi);
    greenMail.reset();

    // when it stays open for three escalation rounds, a day apart
    for (int day = 9; day <= 11; day++) {
      ClockUtil.setCurrentTime(at(2026, 3, day, 9, 0));
      Job overdue = timer(pi, TIMER_COMPLETION_OVERDUE);
      assertThat(overdue.getDuedate()).isEqualTo(at(2026, 3, day, 9, 0));
      execute(overdue);
    }

    // then two street rounds and a district round, one incident
    List<Task> supervision = taskQuery().processInstanceId(pi.getId())
        .taskDefinitionKey(TASK_SUPERVISE_IMPLEMENTATION).orderByTaskCreateTime().asc().list();
    assertThat(supervision).hasSize(3);
    assertThat(candidateGroups(supervision)).containsExactly("street-office", "street-office", "district-civil-affairs");
    assertThat(runtimeService.getVariable(supervision.get(2).getExecutionId(), "supervisionLevel")).isEqualTo("区");
    assertThat(runtimeService.createIncidentQuery().processInstanceId(pi.getId()).incidentType(INCIDENT_OVERDUE).count())
        .isEqualTo(1);
    List<MimeMessage> district = withSubject(deliverMail(pi), "第3轮");
    assertThat(recipients(district)).contains(DISTRICT_MAIL, STREET_OFFICE_MAIL, COMMITTEE_MAIL);

    // and a supervisor records what was done
    complete(supervision.get(0), withVariables("supervisionNote", "已电话催办，约定3月12日完成"));
    assertThatThrownBy(() -> complete(supervision.get(1), withVariables("supervisionNote", " ")))
        .hasMessageContaining("督办意见");
  }

  @Test
  void aRoundFallingOnADayOffIsPostponedToTheNextWorkingDay() {
    // given an implementation due Friday 13 March, 17:00, still open
    ProcessInstance pi = handOver(Map.of("responsibleUnit", UNIT, "completionDeadline", "2026-03-13T17:00"));
    ClockUtil.setCurrentTime(at(2026, 3, 13, 17, 0));
    execute(timer(pi, TIMER_COMPLETION_OVERDUE));

    // when the next rounds fall on Saturday and Sunday
    for (int day = 14; day <= 15; day++) {
      ClockUtil.setCurrentTime(at(2026, 3, day, 17, 0));
      execute(timer(pi, TIMER_COMPLETION_OVERDUE));
    }

    // then the matter stays overdue but nobody is asked to supervise on a day off
    assertThat(pi).hasPassed("Event_ImplementationRoundSkipped");
    assertThat(taskQuery().processInstanceId(pi.getId()).taskDefinitionKey(TASK_SUPERVISE_IMPLEMENTATION).count())
        .isEqualTo(1);
    assertThat(runtimeService.getVariable(caller.getId(), "overdue")).isEqualTo(true);

    // and Monday's round is the second, still the street office's
    ClockUtil.setCurrentTime(at(2026, 3, 16, 17, 0));
    execute(timer(pi, TIMER_COMPLETION_OVERDUE));
    List<Task> supervision = taskQuery().processInstanceId(pi.getId())
        .taskDefinitionKey(TASK_SUPERVISE_IMPLEMENTATION).orderByTaskCreateTime().asc().list();
    assertThat(candidateGroups(supervision)).containsExactly("street-office", "street-office");
    assertThat(runtimeService.getVariable(supervision.get(1).getExecutionId(), "overdueRound")).isEqualTo(2L);
  }

  @Test
  void completingTheLateTaskResolvesItsIncidentAndClearsTheOverdueMarks() {
    // given an overdue implementation
    ProcessInstance pi = handOver();
    ClockUtil.setCurrentTime(at(2026, 3, 9, 10, 0));
    execute(timer(pi, TIMER_COMPLETION_OVERDUE));
    Incident incident = runtimeService.createIncidentQuery().processInstanceId(pi.getId()).singleResult();

    // when the unit finally reports
    complete(implementTask(pi), withVariables("implementationReport", "已完成（逾期一天）"));

    // then the incident is resolved and neither matter is overdue any more
    assertThat(runtimeService.createIncidentQuery().processInstanceId(pi.getId()).count()).isZero();
    assertThat(historyService.createHistoricIncidentQuery().incidentId(incident.getId()).singleResult().isResolved())
        .isTrue();
    for (ProcessInstance matter : List.of(pi, caller)) {
      assertThat(runtimeService.getVariable(matter.getId(), "overdue")).isEqualTo(false);
      assertThat(runtimeService.getVariable(matter.getId(), "overdueSince")).isNull();
    }
    assertThat(pi).isWaitingAt(TASK_FEEDBACK, TASK_SUPERVISE_IMPLEMENTATION);
  }

  @Test
  void aLateFeedbackIsEscalatedTheSameWay() {
    // given the implementation reported on Tuesday 3 March: feedback due Tuesday 10 March, 09:00
    ProcessInstance pi = handOver();
    ClockUtil.setCurrentTime(at(2026, 3, 3, 9, 0));
    complete(implementTask(pi), withVariables("implementationReport", "已完成"));
    assertThat(timer(pi, TIMER_FEEDBACK_OVERDUE).getDuedate()).isEqualTo(at(2026, 3, 10, 9, 0));

    // when the feedback deadline passes
    ClockUtil.setCurrentTime(at(2026, 3, 10, 9, 0));
    execute(timer(pi, TIMER_FEEDBACK_OVERDUE));

    // then the same overdue handling, on the feedback task
    Incident incident = runtimeService.createIncidentQuery().processInstanceId(pi.getId()).singleResult();
    assertThat(incident.getIncidentType()).isEqualTo(INCIDENT_OVERDUE);
    assertThat(incident.getActivityId()).isEqualTo(TASK_FEEDBACK);
    assertThat(incident.getIncidentMessage()).contains("反馈实施情况");
    assertThat(pi).isWaitingAt(TASK_FEEDBACK, TASK_SUPERVISE_FEEDBACK);
    assertThat(runtimeService.getVariable(caller.getId(), "overdue")).isEqualTo(true);

    // and the street office records its supervision
    complete(taskQuery().taskDefinitionKey(TASK_SUPERVISE_FEEDBACK).singleResult(),
        withVariables("supervisionNote", "已督促，要求3月11日前反馈"));
    assertThat(pi).isWaitingAt(TASK_FEEDBACK);
  }

  @Test
  void whenSmtpIsDownTheEscalationMailIsRetriedThenAnIncidentAndNothingIsLost() {
    // given the SMTP server is down when the deadline passes
    ProcessInstance pi = handOver();
    greenMail.stop();
    ClockUtil.setCurrentTime(at(2026, 3, 9, 10, 0));
    execute(timer(pi, TIMER_COMPLETION_OVERDUE));
    assertThat(pi).isWaitingAt(TASK_IMPLEMENT, TASK_SUPERVISE_IMPLEMENTATION);

    // when every mail job has failed its three attempts
    List<Job> mailJobs = managementService.createJobQuery().processInstanceId(pi.getId()).messages().list();
    assertThat(mailJobs).hasSize(2); // the assignment and the escalation
    for (int attempt = 0; attempt < 3; attempt++) {
      mailJobs.forEach(job -> assertThatThrownBy(() -> execute(job)).hasMessageContaining("邮件发送失败"));
    }

    // then failed-job incidents on the matter, next to the overdue one
    assertThat(runtimeService.createIncidentQuery().processInstanceId(pi.getId())
        .incidentType(Incident.FAILED_JOB_HANDLER_TYPE).count()).isEqualTo(2);

    // when the server is back and the jobs are retried, every message goes out once
    greenMail.start();
    mailJobs.forEach(job -> managementService.setJobRetries(job.getId(), 1));
    MimeMessage[] received = deliverMail(pi);
    assertThat(recipients(withSubject(received, "【督办】"))).containsExactlyInAnyOrder(STREET_OFFICE_MAIL, COMMITTEE_MAIL);
    assertThat(recipients(withSubject(received, "待办"))).containsExactly(UNIT_USER_MAIL);
    assertThat(received).hasSize(3);
    assertThat(runtimeService.createIncidentQuery().processInstanceId(pi.getId())
        .incidentType(Incident.FAILED_JOB_HANDLER_TYPE).count()).isZero();
  }

  private Task implementTask(ProcessInstance pi) {
    return taskQuery().processInstanceId(pi.getId()).taskDefinitionKey(TASK_IMPLEMENT).singleResult();
  }

  private List<String> overdueTasksSeenBy(String userId, String unit) {
    identityService.setAuthentication(userId, List.of("supervisor"), directory.tenantsWithin(unit));
    try {
      List<Task> tasks = filterService.list(filters.byName(TasklistFilters.OVERDUE).getId());
      return tasks.stream().map(Task::getId).toList();
    } finally {
      identityService.clearAuthentication();
    }
  }

  private List<String> candidateGroups(List<Task> tasks) {
    return tasks.stream().map(t -> processEngine.getTaskService().getIdentityLinksForTask(t.getId()).stream()
        .filter(l -> l.getGroupId() != null).findFirst().orElseThrow().getGroupId()).toList();
  }
}
