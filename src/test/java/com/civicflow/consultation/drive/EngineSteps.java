package com.civicflow.consultation.drive;

import com.civicflow.consultation.TestUsers;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.persistence.entity.JobEntity;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;

/**
 * The Java API in the test thread, as the real users (their groups and tenants): fast process tests on H2, no job
 * executor. Due jobs of the matter are executed here; mail stays queued (no SMTP server in process tests).
 */
public record EngineSteps(ProcessEngine engine) implements Steps {

  static final String MAIL_JOB_TYPE = "consultation-mail";

  @Override
  public ProcessInstance start(String user, String processKey, Map<String, Object> variables) {
    String definition = engine.getRepositoryService().createProcessDefinitionQuery().processDefinitionKey(processKey)
        .latestVersion().singleResult().getId();
    ProcessInstance matter = TestUsers.as(engine, user, () -> engine.getFormService().submitStartForm(definition, variables));
    runDueJobs(matter.getBusinessKey());
    return matter;
  }

  @Override
  public void complete(String user, String matterNumber, String taskKey, Map<String, Object> variables) {
    Task task = openTask(engine, user, matterNumber, taskKey);
    TestUsers.as(engine, user, () -> {
      if (task.getAssignee() == null) {
        engine.getTaskService().claim(task.getId(), user);
      }
      engine.getFormService().submitTaskForm(task.getId(), variables);
    });
    runDueJobs(matterNumber);
  }

  @Override
  public void runDueJobs(String matterNumber) {
    for (int round = 0; round < 50; round++) {
      List<Job> due = engine.getRuntimeService().createProcessInstanceQuery().processInstanceBusinessKey(matterNumber)
          .list().stream().flatMap(pi -> engine.getManagementService().createJobQuery().processInstanceId(pi.getId())
              .executable().list().stream())
          .filter(job -> !MAIL_JOB_TYPE.equals(((JobEntity) job).getJobHandlerType())).toList();
      if (due.isEmpty()) {
        return;
      }
      due.forEach(job -> engine.getManagementService().executeJob(job.getId()));
    }
    throw new AssertionError("事项 " + matterNumber + " 的作业执行了 50 轮仍未结束");
  }

  @Override
  public void object(String matterNumber, String name, String contact, String reason) {
    lodgeObjection(this, matterNumber, name, contact, reason);
    runDueJobs(matterNumber);
  }

  @Override
  public void apply(String matterNumber, String name, String contact, String organisation, String reason) {
    lodgeApplication(this, matterNumber, name, contact, organisation, reason);
    runDueJobs(matterNumber);
  }

  @Override
  public void superviseOpinion(String matterNumber, String name, String contact, String opinion) {
    lodgeSupervisionOpinion(this, matterNumber, name, contact, opinion);
    runDueJobs(matterNumber);
  }

  /** A resident's supervision opinion during 办, as the board hands it to the engine (message correlation). */
  public static void lodgeSupervisionOpinion(Steps steps, String matterNumber, String name, String contact, String opinion) {
    steps.engine().getRuntimeService().createMessageCorrelation("supervision-opinion").processInstanceBusinessKey(matterNumber)
        .setVariablesToTriggeredScope(Map.of("supervisionOpinionName", name, "supervisionOpinionContact", contact,
            "supervisionOpinionText", opinion, "supervisionOpinionLodgedAt", ClockUtil.getCurrentTime()))
        .correlateWithResult();
  }

  /** A resident's objection to the notice now posted, as the board hands it to the engine (message correlation). */
  public static void lodgeObjection(Steps steps, String matterNumber, String name, String contact, String reason) {
    steps.engine().getRuntimeService().createMessageCorrelation("notice-objection")
        .processInstanceId(steps.postedNotice(matterNumber).getId())
        .setVariablesToTriggeredScope(Map.of("objectorName", name, "objectorContact", contact, "objectionReason", reason,
            "objectionLodgedAt", ClockUtil.getCurrentTime()))
        .correlateWithResult();
  }

  /**
   * A resident's application, as the board hands it to the engine (message correlation): to attend a 会议通知 (to the
   * notice itself), or to take part in the consultation that posted a 参与报名 notice (to that consultation).
   */
  public static void lodgeApplication(Steps steps, String matterNumber, String name, String contact, String organisation,
      String reason) {
    ProcessInstance notice = steps.postedNotice(matterNumber);
    boolean attendance = "会议通知".equals(steps.engine().getRuntimeService().getVariable(notice.getId(), "noticeKind"));
    ProcessInstance target = attendance ? notice : steps.engine().getRuntimeService().createProcessInstanceQuery()
        .subProcessInstanceId(notice.getId()).singleResult();
    steps.engine().getRuntimeService()
        .createMessageCorrelation(attendance ? "notice-attendance-application" : "notice-participation-application")
        .processInstanceId(target.getId())
        .setVariablesToTriggeredScope(Map.of("applicantName", name, "applicantContact", contact,
            "applicantOrganisation", organisation, "applicationReason", reason, "applicationLodgedAt", ClockUtil.getCurrentTime()))
        .correlateWithResult();
  }

  /** The user's open task of that step of the matter, as their task list shows it. */
  public static Task openTask(ProcessEngine engine, String user, String matterNumber, String taskKey) {
    List<Task> tasks = TestUsers.as(engine, user, () -> engine.getTaskService().createTaskQuery()
        .processInstanceBusinessKey(matterNumber).taskDefinitionKey(taskKey).taskCandidateUser(user).includeAssignedTasks()
        .list());
    if (tasks.size() != 1) {
      throw new AssertionError(user + " 在事项 " + matterNumber + " 中应有一个待办 " + taskKey + "，实有 " + tasks.size());
    }
    return tasks.get(0);
  }
}
