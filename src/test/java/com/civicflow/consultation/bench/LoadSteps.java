package com.civicflow.consultation.bench;

import com.civicflow.consultation.drive.EngineSteps;
import com.civicflow.consultation.drive.Rest;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Semaphore;
import java.util.function.DoubleConsumer;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;

/**
 * Steps of many matters at once, as their users work in Tasklist: each user's action (claim, then the form's
 * submit-form call, timed) takes one of a few desks ({@code desks}: users acting at the same moment), while the real
 * job executor runs the matters' jobs; a timer whose period is over is run as the executor runs it. A full run
 * driven by these steps stops at its next step once {@link #stop} is set.
 */
final class LoadSteps implements com.civicflow.consultation.drive.Steps {

  /** Thrown at the next step once the load phase is over. */
  static final class Stopped extends RuntimeException {
    Stopped() {
      super(null, null, false, false);
    }
  }

  private final ProcessEngine engine;
  private final int port;
  private final Semaphore desks;
  private final Map<String, TasklistSession> sessions;
  private final DoubleConsumer completionMillis;
  private volatile boolean stop;
  private final ThreadLocal<Runnable> afterStart = new ThreadLocal<>();

  LoadSteps(ProcessEngine engine, int port, Semaphore desks, Map<String, TasklistSession> sessions,
      DoubleConsumer completionMillis) {
    this.engine = engine;
    this.port = port;
    this.desks = desks;
    this.sessions = sessions;
    this.completionMillis = completionMillis;
  }

  /** What this thread does once its next matter has started. */
  void afterStart(Runnable action) {
    afterStart.set(action);
  }

  void stop() {
    stop = true;
  }

  @Override
  public ProcessEngine engine() {
    return engine;
  }

  @Override
  public ProcessInstance start(String user, String processKey, Map<String, Object> variables) {
    checkRunning();
    String definition = engine.getRepositoryService().createProcessDefinitionQuery().processDefinitionKey(processKey)
        .latestVersion().singleResult().getId();
    TasklistSession.Response started = atDesk(() -> session(user).post("/process-definition/" + definition + "/submit-form",
        Rest.submission(variables)));
    if (started.status() != 200) {
      throw new IllegalStateException(user + " 发起 " + processKey + ": HTTP " + started.status() + " " + started.body());
    }
    String id = started.json().path("id").asText();
    if (afterStart.get() != null) {
      afterStart.get().run();
      afterStart.remove();
    }
    ProcessInstance matter = engine.getRuntimeService().createProcessInstanceQuery().processInstanceId(id).singleResult();
    if (matter != null) {
      runDueJobs(matter.getBusinessKey());
    }
    return matter;
  }

  @Override
  public void complete(String user, String matterNumber, String taskKey, Map<String, Object> variables) {
    checkRunning();
    Task task = openTask(matterNumber, taskKey);
    TasklistSession session = session(user);
    TasklistSession.Response submitted = atDesk(() -> {
      if (task.getAssignee() == null) {
        expect(session.post("/task/" + task.getId() + "/claim", Map.of("userId", user)), 204, user + " 认领 " + taskKey);
      }
      long start = System.nanoTime();
      TasklistSession.Response response = session.post("/task/" + task.getId() + "/submit-form", Rest.submission(variables));
      completionMillis.accept(Stats.millisSince(start));
      return response;
    });
    expect(submitted, 204, user + " 提交 " + taskKey);
    runDueJobs(matterNumber);
  }

  /** The matter's open task of that step; asynchronous steps before it may still be running. */
  private Task openTask(String matterNumber, String taskKey) {
    for (int attempt = 0; attempt < 600; attempt++) {
      List<Task> tasks = engine.getTaskService().createTaskQuery().processInstanceBusinessKey(matterNumber)
          .taskDefinitionKey(taskKey).list();
      if (tasks.size() == 1) {
        return tasks.get(0);
      }
      Jobs.sleep(50);
    }
    throw new IllegalStateException("事项 " + matterNumber + " 没有待办 " + taskKey);
  }

  @Override
  public void runDueJobs(String matterNumber) {
    for (int attempt = 0; attempt < 1_200; attempt++) {
      boolean due = engine.getRuntimeService().createProcessInstanceQuery().processInstanceBusinessKey(matterNumber).list()
          .stream().anyMatch(pi -> engine.getManagementService().createJobQuery().processInstanceId(pi.getId())
              .executable().count() > 0);
      if (!due) {
        return;
      }
      Jobs.sleep(50);
    }
    throw new IllegalStateException("事项 " + matterNumber + " 的作业一分钟内未执行完");
  }

  /** The timer's period is over: it runs as the job executor would run it (the engine clock stays where it is). */
  @Override
  public void passTimer(String matterNumber, String activityId) {
    checkRunning();
    List<Job> timers = engine.getRuntimeService().createProcessInstanceQuery().processInstanceBusinessKey(matterNumber)
        .list().stream().flatMap(pi -> engine.getManagementService().createJobQuery().timers().activityId(activityId)
            .processInstanceId(pi.getId()).list().stream()).toList();
    if (timers.size() != 1) {
      throw new IllegalStateException("事项 " + matterNumber + " 在 " + activityId + " 应有一个定时器，实有 " + timers.size());
    }
    engine.getManagementService().executeJob(timers.get(0).getId());
    runDueJobs(matterNumber);
  }

  @Override
  public void object(String matterNumber, String name, String contact, String reason) {
    EngineSteps.lodgeObjection(this, matterNumber, name, contact, reason);
    runDueJobs(matterNumber);
  }

  @Override
  public void apply(String matterNumber, String name, String contact, String organisation, String reason) {
    EngineSteps.lodgeApplication(this, matterNumber, name, contact, organisation, reason);
    runDueJobs(matterNumber);
  }

  @Override
  public void superviseOpinion(String matterNumber, String name, String contact, String opinion) {
    EngineSteps.lodgeSupervisionOpinion(this, matterNumber, name, contact, opinion);
    runDueJobs(matterNumber);
  }

  /** The clock stays where the load phase set it; no user is left authenticated in this thread. */
  @Override
  public void reset() {
    engine.getIdentityService().clearAuthentication();
  }

  private TasklistSession session(String user) {
    return sessions.computeIfAbsent(user, u -> TasklistSession.login(port, u, "demo"));
  }

  private <T> T atDesk(java.util.function.Supplier<T> action) {
    try {
      desks.acquire();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new Stopped();
    }
    try {
      checkRunning();
      return action.get();
    } finally {
      desks.release();
    }
  }

  private void checkRunning() {
    if (stop) {
      throw new Stopped();
    }
  }

  private static void expect(TasklistSession.Response response, int status, String what) {
    if (response.status() != status) {
      throw new IllegalStateException(what + ": HTTP " + response.status() + " " + response.body());
    }
  }
}
