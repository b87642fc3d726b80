package com.civicflow.consultation;

import org.camunda.bpm.engine.ProcessEngine;
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
}
