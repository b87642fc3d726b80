package com.civicflow.consultation.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Date;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.persistence.entity.JobEntity;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;

/** What no user does in a browser: timers run through the engine (the test profile has no job executor). */
record EngineSteps(ProcessEngine engine) {

  /** The notice period of the matter's open public notice ends. */
  void noticePeriodEnds(String businessKey) {
    ProcessInstance notice = engine.getRuntimeService().createProcessInstanceQuery()
        .processInstanceBusinessKey(businessKey).processDefinitionKey("public-notice").singleResult();
    fire(notice, "Timer_NoticePeriod");
  }

  /**
   * The deadline of a timer in one of the matter's called processes passes (the engine clock moves past it):
   * returns that process instance.
   */
  ProcessInstance deadlinePasses(String businessKey, String processKey, String timerId) {
    ProcessInstance called = engine.getRuntimeService().createProcessInstanceQuery()
        .processInstanceBusinessKey(businessKey).processDefinitionKey(processKey).singleResult();
    fire(called, timerId);
    return called;
  }

  /**
   * A second matter (the test-only caller of {@code implementation-supervision}, 民族路社区) whose implementation
   * deadline passes with the work undone: returns the implementation instance, which then has an overdue incident.
   */
  ProcessInstance overdueMatter() {
    engine.getRepositoryService().createDeployment()
        .addClasspathResource("bpmn/implementation-caller-test.bpmn").deploy();
    ProcessInstance caller = engine.getRuntimeService().startProcessInstanceByKey("implementation-caller-test",
        Map.of("communityId", "minzulu", "topic", "加装电梯", "resultText", "3号楼加装电梯，费用按楼层分摊"));
    Task assign = engine.getTaskService().createTaskQuery().processInstanceId(caller.getId()).singleResult();
    engine.getTaskService().complete(assign.getId(),
        Map.of("responsibleUnit", "unit-jiefangbei-property", "completionDeadline", "workdays:5"));
    ProcessInstance implementation = engine.getRuntimeService().createProcessInstanceQuery()
        .superProcessInstanceId(caller.getId()).singleResult();
    fire(implementation, "Timer_CompletionOverdue");
    assertThat(engine.getRuntimeService().createIncidentQuery().processInstanceId(implementation.getId())
        .incidentType("overdue").count()).as("overdue incident").isEqualTo(1);
    return implementation;
  }

  /** The job that assembles an ended matter's file (一事一档) runs. */
  void matterIsFiled(String matterId) {
    Job filing = engine.getManagementService().createJobQuery().processInstanceId(matterId).list().stream()
        .filter(job -> "matter-filing".equals(((JobEntity) job).getJobHandlerType())) // not the matter's queued mail
        .findFirst().orElse(null);
    assertThat(filing).as("the filing job of %s", matterId).isNotNull();
    engine.getManagementService().executeJob(filing.getId());
  }

  private void fire(ProcessInstance instance, String timerId) {
    Job timer = engine.getManagementService().createJobQuery().processInstanceId(instance.getId())
        .activityId(timerId).timers().singleResult();
    ClockUtil.setCurrentTime(new Date(timer.getDuedate().getTime() + 60_000));
    engine.getManagementService().executeJob(timer.getId());
  }
}
