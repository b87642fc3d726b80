package com.civicflow.consultation;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;

/** Small test-only diagrams, built with the model API, for testing the foundation itself. */
public final class TestProcesses {

  public static final String ONE_TASK = "test-one-task";
  public static final String TASK = "Task_Handle";
  public static final String CALLER = "test-caller";

  private TestProcesses() {}

  /** start → one user task for the committee staff → end. */
  public static BpmnModelInstance oneTask() {
    return Bpmn.createExecutableProcess(ONE_TASK).camundaHistoryTimeToLive(1)
        .startEvent("Event_Start")
        .userTask(TASK).name("办理").camundaCandidateGroups("committee-staff")
        .endEvent("Event_End")
        .done();
  }

  public static final String VALIDATED = "test-validated-task";

  /** start → one user task whose complete listener refuses a submission without 意见 (opinion) → end. */
  public static BpmnModelInstance validatedTask() {
    return Bpmn.createExecutableProcess(VALIDATED).camundaHistoryTimeToLive(1)
        .startEvent("Event_Start")
        .userTask(TASK).name("办理").camundaCandidateGroups("committee-staff")
        .camundaTaskListenerClass("complete", RequireOpinion.class.getName())
        .endEvent("Event_End")
        .done();
  }

  /** Refuses completion without the variable "opinion", as the models' validating listeners do. */
  public static class RequireOpinion implements org.camunda.bpm.engine.delegate.TaskListener {
    @Override
    public void notify(org.camunda.bpm.engine.delegate.DelegateTask task) {
      com.civicflow.consultation.matter.Submission.of(task)
          .text(com.civicflow.consultation.matter.ProcessVariable.string("opinion"), "办理意见");
    }
  }

  /** start → call activity of the one-task process → end. */
  public static BpmnModelInstance caller() {
    return Bpmn.createExecutableProcess(CALLER).camundaHistoryTimeToLive(1)
        .startEvent("Event_Start")
        .callActivity("Call_OneTask").calledElement(ONE_TASK)
        .endEvent("Event_End")
        .done();
  }

  public static void deploy(ProcessEngine engine, BpmnModelInstance... models) {
    var builder = engine.getRepositoryService().createDeployment().name("test").enableDuplicateFiltering(false);
    for (BpmnModelInstance model : models) {
      String key = model.getModelElementsByType(org.camunda.bpm.model.bpmn.instance.Process.class)
          .iterator().next().getId();
      builder.addModelInstance(key + ".bpmn", model);
    }
    builder.deploy();
  }

  /**
   * Lets the district's staff start the test processes, as the directory lets them start the district's models
   * (IdentityBootstrap grants those to {@code starters-<district>}).
   */
  public static void startableIn(ProcessEngine engine, String districtId) {
    var authorizations = engine.getAuthorizationService();
    String group = com.civicflow.consultation.organisation.RoleGroup.startersOf(districtId);
    for (String key : java.util.List.of(ONE_TASK, CALLER, VALIDATED)) {
      if (authorizations.createAuthorizationQuery().groupIdIn(group).resourceType(Resources.PROCESS_DEFINITION)
          .resourceId(key).count() == 0) {
        Authorization grant = authorizations.createNewAuthorization(Authorization.AUTH_TYPE_GRANT);
        grant.setGroupId(group);
        grant.setResource(Resources.PROCESS_DEFINITION);
        grant.setResourceId(key);
        grant.addPermission(Permissions.CREATE_INSTANCE);
        authorizations.saveAuthorization(grant);
      }
    }
  }
}
