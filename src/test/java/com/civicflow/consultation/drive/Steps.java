package com.civicflow.consultation.drive;

import com.civicflow.consultation.matter.Submission;
import java.time.LocalDateTime;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;

/**
 * How a test drives matters as their real users: who starts a model, who does which step, and how the engine's
 * jobs (asynchronous steps, timers, mail, filing) run meanwhile. The full runs speak only through this, so the
 * same run works in the test thread on H2 ({@link EngineSteps}) and on the deployed product — REST calls as
 * Tasklist makes them, the real job executor, PostgreSQL ({@link DeployedSteps}).
 */
public interface Steps {

  ProcessEngine engine();

  /** The user starts the model through its start form; the matter's number is its business key. */
  ProcessInstance start(String user, String processKey, Map<String, Object> variables);

  /** The user claims and completes their open task of this step of the matter (or of a process the matter called). */
  void complete(String user, String matterNumber, String taskKey, Map<String, Object> variables);

  /** Every job of the matter due at the engine clock has run, and those they made due. */
  void runDueJobs(String matterNumber);

  /** A resident objects, on the community's public board, to the matter's notice now posted. */
  void object(String matterNumber, String name, String contact, String reason);

  /** A resident applies, on the public board, to attend the meeting (会议通知) or to take part in the matter (参与报名). */
  void apply(String matterNumber, String name, String contact, String organisation, String reason);

  /**
   * 居民监督: a resident sends an opinion, on the public board (the matter's published result), while the result is being
   * carried out; the matter takes it only while it waits for one (垦利: during 办).
   */
  void superviseOpinion(String matterNumber, String name, String contact, String opinion);

  /** The matter's notice now posted on the board (a running public-notice instance). */
  default ProcessInstance postedNotice(String matterNumber) {
    ProcessInstance notice = called(matterNumber, "public-notice");
    if (notice == null) {
      throw new AssertionError("事项 " + matterNumber + " 没有正在公示的公告");
    }
    return notice;
  }

  /** The engine clock moves to this Beijing time; the matter's jobs due by then run. */
  default void at(String matterNumber, String beijing) {
    ClockUtil.setCurrentTime(beijing(beijing));
    runDueJobs(matterNumber);
  }

  /** The timer at {@code activityId} of the matter (or a process it called) comes due and runs. */
  default void passTimer(String matterNumber, String activityId) {
    List<Job> timers = engine().getManagementService().createJobQuery().timers().activityId(activityId)
        .processInstanceId(instanceOf(matterNumber, activityId)).list();
    if (timers.size() != 1) {
      throw new AssertionError("事项 " + matterNumber + " 在 " + activityId + " 应有一个定时器，实有 " + timers.size());
    }
    ClockUtil.setCurrentTime(new Date(timers.get(0).getDuedate().getTime() + 1000));
    runDueJobs(matterNumber);
  }

  /** The matter's (or its called process's) instance that has a job at the activity. */
  private String instanceOf(String matterNumber, String activityId) {
    return engine().getRuntimeService().createProcessInstanceQuery().processInstanceBusinessKey(matterNumber).list().stream()
        .filter(pi -> engine().getManagementService().createJobQuery().processInstanceId(pi.getId()).activityId(activityId)
            .count() > 0)
        .map(ProcessInstance::getId).findFirst()
        .orElseThrow(() -> new AssertionError("事项 " + matterNumber + " 没有在 " + activityId + " 等待的定时器"));
  }

  /** The process the matter called with this key (its instance, running). */
  default ProcessInstance called(String matterNumber, String processKey) {
    return engine().getRuntimeService().createProcessInstanceQuery().processInstanceBusinessKey(matterNumber)
        .processDefinitionKey(processKey).singleResult();
  }

  static Date beijing(String localDateTime) {
    return Date.from(LocalDateTime.parse(localDateTime).atZone(Submission.ZONE).toInstant());
  }

  /** The engine clock back to real time and no user left authenticated. */
  default void reset() {
    ClockUtil.reset();
    engine().getIdentityService().clearAuthentication();
  }
}
