package com.civicflow.consultation.bench;

import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.bpmn.behavior.UserTaskActivityBehavior;
import org.camunda.bpm.engine.impl.bpmn.parser.AbstractBpmnParseListener;
import org.camunda.bpm.engine.impl.core.model.CoreModelElement;
import org.camunda.bpm.engine.impl.persistence.entity.ProcessDefinitionEntity;
import org.camunda.bpm.engine.impl.pvm.process.ActivityImpl;
import org.camunda.bpm.engine.impl.pvm.process.ScopeImpl;
import org.camunda.bpm.engine.impl.pvm.process.TransitionImpl;
import org.camunda.bpm.engine.impl.task.TaskDefinition;
import org.camunda.bpm.engine.impl.util.xml.Element;

/**
 * A parse listener (added after all others) that puts a listener of ours first and/or last around every listener list
 * of every process, activity, sequence flow and user task, for every event: what runs between them is the
 * project's code of that firing. {@code first}/{@code last} get the firing key, the execution and the task (or null).
 */
final class FiringListeners extends AbstractBpmnParseListener {

  interface Hook {
    void at(String firing, DelegateExecution execution, DelegateTask task);
  }

  private static final List<String> EXECUTION_EVENTS = List.of(ExecutionListener.EVENTNAME_START, ExecutionListener.EVENTNAME_END);
  private static final List<String> TASK_EVENTS = List.of(TaskListener.EVENTNAME_CREATE, TaskListener.EVENTNAME_ASSIGNMENT,
      TaskListener.EVENTNAME_UPDATE, TaskListener.EVENTNAME_COMPLETE, TaskListener.EVENTNAME_DELETE);

  private final Hook first;
  private final Hook last;

  FiringListeners(Hook first, Hook last) {
    this.first = first;
    this.last = last;
  }

  /** Adds the listener after every other custom parse listener the configuration has so far. */
  static void addLast(org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl config, FiringListeners listener) {
    if (config.getCustomPostBPMNParseListeners() == null) {
      config.setCustomPostBPMNParseListeners(new java.util.ArrayList<>());
    }
    config.getCustomPostBPMNParseListeners().add(listener);
  }

  @Override
  public void parseProcess(Element processElement, ProcessDefinitionEntity process) {
    String key = process.getKey();
    around(process, "process", key, EXECUTION_EVENTS);
    walk(process, key);
  }

  private void walk(ScopeImpl scope, String key) {
    for (ActivityImpl activity : scope.getActivities()) {
      around(activity, activity.getId(), key, EXECUTION_EVENTS);
      for (var transition : activity.getOutgoingTransitions()) {
        around((TransitionImpl) transition, transition.getId(), key, List.of(ExecutionListener.EVENTNAME_TAKE));
      }
      if (activity.getActivityBehavior() instanceof UserTaskActivityBehavior userTask) {
        around(userTask.getTaskDefinition(), key, activity.getId());
      }
      walk(activity, key);
    }
  }

  private void around(CoreModelElement element, String elementId, String key, List<String> events) {
    for (String event : events) {
      String firing = Effects.firing(key, elementId, event);
      if (first != null) {
        element.addBuiltInListener(event, (ExecutionListener) execution -> first.at(firing, execution, null), 0);
      }
      if (last != null) {
        element.addBuiltInListener(event, (ExecutionListener) execution -> last.at(firing, execution, null));
      }
    }
  }

  private void around(TaskDefinition task, String key, String activityId) {
    for (String event : TASK_EVENTS) {
      String firing = Effects.firing(key, activityId, event);
      if (first != null) {
        task.addBuiltInTaskListener(event, t -> first.at(firing, t.getExecution(), t));
        List<TaskListener> builtIn = task.getBuiltinTaskListeners().get(event);
        builtIn.add(0, builtIn.remove(builtIn.size() - 1));
      }
      if (last != null) {
        // custom listeners run after the built-in ones: this one after every listener of the diagram
        task.addTaskListener(event, t -> last.at(firing, t.getExecution(), t));
      }
    }
  }
}
