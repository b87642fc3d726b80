package com.civicflow.consultation.implementation;

import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.model.bpmn.instance.BoundaryEvent;
import org.camunda.bpm.model.bpmn.instance.FlowNode;
import org.springframework.stereotype.Component;

/**
 * Finds the task a reminder or escalation path belongs to: the diagram says it — the path starts at a
 * timer attached to that task — so one delegate serves every deadline of the process.
 */
@Component
class LateTasks {

  private final TaskService tasks;

  LateTasks(TaskService tasks) {
    this.tasks = tasks;
  }

  Task openTaskBehind(DelegateExecution execution) {
    String taskKey = attachedTaskOf(execution);
    Task task = tasks.createTaskQuery().processInstanceId(execution.getProcessInstanceId())
        .taskDefinitionKey(taskKey).singleResult();
    if (task == null) {
      throw new ProcessEngineException("任务 " + taskKey + " 已不在办理中");
    }
    return task;
  }

  private static String attachedTaskOf(DelegateExecution execution) {
    FlowNode node = (FlowNode) execution.getBpmnModelElementInstance();
    while (node != null && !(node instanceof BoundaryEvent)) {
      node = node.getIncoming().isEmpty() ? null : node.getIncoming().iterator().next().getSource();
    }
    if (node == null) {
      throw new ProcessEngineException(execution.getCurrentActivityId() + " 必须位于挂在任务上的定时器之后");
    }
    return ((BoundaryEvent) node).getAttachedTo().getId();
  }
}
