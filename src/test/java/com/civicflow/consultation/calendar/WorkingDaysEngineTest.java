package com.civicflow.consultation.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;

import com.civicflow.consultation.ProcessTest;
import com.civicflow.consultation.ProcessTestSupport;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Date;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The engine resolves workdays:N in due dates and timers through the working-day calendar. */
@ProcessTest
class WorkingDaysEngineTest extends ProcessTestSupport {

  static final String PROCESS = "workdays-calendar-test";
  static final String TIMER_WAIT = "Timer_WaitTwoWorkdays";
  static final String TASK_HANDLE = "Task_Handle";
  static final String TIMER_REMIND = "Timer_Remind";

  @Autowired RepositoryService repositoryService;
  @Autowired RuntimeService runtimeService;

  @BeforeEach
  void deployTestProcess() {
    if (repositoryService.createProcessDefinitionQuery().processDefinitionKey(PROCESS).count() == 0) {
      repositoryService.createDeployment().addClasspathResource("bpmn/" + PROCESS + ".bpmn").deploy();
    }
  }

  @Test
  void timersAndDueDatesWrittenInWorkdaysSkipTheSpringFestival() {
    // given Friday 13 February 2026, 10:00 (the worked Saturday and the holiday follow)
    ClockUtil.setCurrentTime(at(2026, 2, 13, 10, 0));

    // when the matter starts, the timeDate timer "workdays:2" waits until Tuesday after the holiday
    ProcessInstance pi = runtimeService.startProcessInstanceByKey(PROCESS, withVariables("communityId", "minzulu"));
    assertThat(pi).isWaitingAt(TIMER_WAIT);
    assertThat(job().getDuedate()).isEqualTo(at(2026, 2, 24, 10, 0));

    // and when that moment comes, the task gets dueDate "workdays:5" and its boundary timer "workdays:3"
    ClockUtil.setCurrentTime(at(2026, 2, 24, 10, 0));
    execute(job());
    assertThat(pi).isWaitingAt(TASK_HANDLE);
    // Wed 25, Thu 26, Fri 27, Sat 28 (调休上班), Mon 2 March
    assertThat(task().getDueDate()).isEqualTo(at(2026, 3, 2, 10, 0));
    assertThat(task().getFollowUpDate()).as("${workdays.fromNow(1)}").isEqualTo(at(2026, 2, 25, 10, 0));
    Job reminder = job(TIMER_REMIND);
    assertThat(reminder.getDuedate()).isEqualTo(at(2026, 2, 27, 10, 0));
  }

  private static Date at(int year, int month, int day, int hour, int minute) {
    return Date.from(LocalDateTime.of(year, month, day, hour, minute).atZone(ZoneId.of("Asia/Shanghai")).toInstant());
  }
}
