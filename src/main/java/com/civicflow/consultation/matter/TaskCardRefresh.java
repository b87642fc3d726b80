package com.civicflow.consultation.matter;

import java.util.ArrayDeque;
import java.util.Collections;
import java.util.Deque;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.WeakHashMap;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.interceptor.CommandContextListener;
import org.camunda.bpm.engine.impl.persistence.entity.ExecutionEntity;
import org.camunda.bpm.engine.impl.persistence.entity.TaskEntity;

/**
 * Keeps the cards of open tasks current ({@link TaskCard}): when a command changed a variable a card shows (the
 * stage as the matter moves on, a topic edited in a form, …), the cards of every open task of that process instance
 * are brought up to date once, when the command has done its work and before it is written to the database. Tasks
 * created in the same command are included (the engine's own view of the instance is walked, not the database).
 */
final class TaskCardRefresh implements CommandContextListener {

  private static final Map<CommandContext, TaskCardRefresh> PENDING = Collections.synchronizedMap(new WeakHashMap<>());

  private final Set<String> processInstanceIds = new LinkedHashSet<>();

  private TaskCardRefresh() {}

  /** Refresh the cards of the instance's open tasks when the current command closes. */
  static void schedule(CommandContext context, String processInstanceId) {
    PENDING.computeIfAbsent(context, c -> {
      TaskCardRefresh refresh = new TaskCardRefresh();
      c.registerCommandContextListener(refresh);
      return refresh;
    }).processInstanceIds.add(processInstanceId);
  }

  @Override
  public void onCommandContextClose(CommandContext context) {
    PENDING.remove(context);
    for (String id : processInstanceIds) {
      ExecutionEntity instance = context.getExecutionManager().findExecutionById(id);
      if (instance != null && !instance.isEnded()) {
        openTasks(instance).forEach(TaskCard::refresh);
      }
    }
  }

  @Override
  public void onCommandFailed(CommandContext context, Throwable failure) {
    PENDING.remove(context);
  }

  private static Set<TaskEntity> openTasks(ExecutionEntity instance) {
    Set<TaskEntity> tasks = new LinkedHashSet<>();
    Deque<ExecutionEntity> executions = new ArrayDeque<>();
    executions.add(instance);
    while (!executions.isEmpty()) {
      ExecutionEntity execution = executions.pop();
      execution.getTasks().stream().filter(t -> !t.isDeleted()).forEach(tasks::add);
      executions.addAll(execution.getExecutions());
    }
    return tasks;
  }
}
