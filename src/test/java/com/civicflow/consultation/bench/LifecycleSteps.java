package com.civicflow.consultation.bench;

import com.civicflow.consultation.TestUsers;
import com.civicflow.consultation.drive.EngineSteps;
import com.civicflow.consultation.drive.Steps;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;

/**
 * One matter at a time through the engine's Java API as the real users (their groups and tenants: start form, claim,
 * task form), while the engine's job executor runs the jobs; after each step the driver waits (polling every 5 ms)
 * until no job is due. A timer whose period is over runs at once (the clock moved as the full run says), as the
 * executor would run it, instead of waiting for the executor's next idle poll. The same steps drive the product and
 * the baseline.
 */
final class LifecycleSteps implements Steps {

  private final ProcessEngine engine;
  private final Runnable beforeStart;
  private String root;

  LifecycleSteps(ProcessEngine engine, Runnable beforeStart) {
    this.engine = engine;
    this.beforeStart = beforeStart;
  }

  /** The top-level instance of the matter the run started first. */
  String root() {
    return root;
  }

  @Override
  public ProcessEngine engine() {
    return engine;
  }

  @Override
  public ProcessInstance start(String user, String processKey, Map<String, Object> variables) {
    String definition = engine.getRepositoryService().createProcessDefinitionQuery().processDefinitionKey(processKey)
        .latestVersion().singleResult().getId();
    beforeStart.run();
    ProcessInstance matter = TestUsers.as(engine, user, () -> engine.getFormService().submitStartForm(definition, variables));
    if (root == null) {
      root = matter.getId();
    }
    waitForJobs();
    return matter;
  }

  @Override
  public void complete(String user, String matterNumber, String taskKey, Map<String, Object> variables) {
    Task task = EngineSteps.openTask(engine, user, matterNumber, taskKey);
    TestUsers.as(engine, user, () -> {
      if (task.getAssignee() == null) {
        engine.getTaskService().claim(task.getId(), user);
      }
      engine.getFormService().submitTaskForm(task.getId(), variables);
    });
    waitForJobs();
  }

  @Override
  public void runDueJobs(String matterNumber) {
    waitForJobs();
  }

  @Override
  public void passTimer(String matterNumber, String activityId) {
    List<Job> timers = engine.getRuntimeService().createProcessInstanceQuery().processInstanceBusinessKey(matterNumber)
        .list().stream().flatMap(pi -> engine.getManagementService().createJobQuery().timers().activityId(activityId)
            .processInstanceId(pi.getId()).list().stream()).toList();
    if (timers.size() != 1) {
      throw new AssertionError("事项 " + matterNumber + " 在 " + activityId + " 应有一个定时器，实有 " + timers.size());
    }
    ClockUtil.setCurrentTime(new Date(timers.get(0).getDuedate().getTime() + 1000));
    engine.getManagementService().executeJob(timers.get(0).getId());
    waitForJobs();
  }

  @Override
  public void object(String matterNumber, String name, String contact, String reason) {
    EngineSteps.lodgeObjection(this, matterNumber, name, contact, reason);
    waitForJobs();
  }

  @Override
  public void apply(String matterNumber, String name, String contact, String organisation, String reason) {
    EngineSteps.lodgeApplication(this, matterNumber, name, contact, organisation, reason);
    waitForJobs();
  }

  @Override
  public void superviseOpinion(String matterNumber, String name, String contact, String opinion) {
    EngineSteps.lodgeSupervisionOpinion(this, matterNumber, name, contact, opinion);
    waitForJobs();
  }

  private void waitForJobs() {
    if (!Jobs.waitUntilDone(engine, 60, 5)) {
      throw new AssertionError("jobs still due after 60 s");
    }
  }
}
