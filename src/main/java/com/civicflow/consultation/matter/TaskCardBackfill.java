package com.civicflow.consultation.matter;

import java.util.List;
import java.util.Objects;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.persistence.entity.TaskEntity;
import org.camunda.bpm.engine.impl.persistence.entity.VariableInstanceEntity;
import org.camunda.bpm.engine.impl.interceptor.CommandExecutor;
import org.camunda.bpm.engine.task.Task;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * At start-up, gives the open tasks of a database from before the task cards ({@link TaskCard}) their cards, a page
 * at a time, each page in its own transaction. Idempotent and cheap once done: it only looks for tasks of a process
 * instance without a card.
 */
@Component
public class TaskCardBackfill {

  private static final Logger LOG = LoggerFactory.getLogger(TaskCardBackfill.class);
  static final int PAGE = 500;

  private final TaskService tasks;
  private final ManagementService management;
  private final CommandExecutor commands;

  TaskCardBackfill(ProcessEngine engine) {
    this.tasks = engine.getTaskService();
    this.management = engine.getManagementService();
    this.commands = ((ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration()).getCommandExecutorTxRequired();
  }

  public void run() {
    String sql = "SELECT RES.* FROM " + management.getTableName(TaskEntity.class) + " RES"
        + " WHERE RES.PROC_INST_ID_ IS NOT NULL AND NOT EXISTS (SELECT 1 FROM "
        + management.getTableName(VariableInstanceEntity.class) + " V WHERE V.TASK_ID_ = RES.ID_ AND V.NAME_ = #{card})"
        + " ORDER BY RES.ID_";
    String card = TaskCard.copyOf(MatterVariables.STAGE).name();
    int done = 0;
    while (true) {
      List<String> page = tasks.createNativeTaskQuery().sql(sql).parameter("card", card).listPage(0, PAGE)
          .stream().map(Task::getId).toList();
      if (page.isEmpty()) {
        break;
      }
      try {
        commands.execute(context -> {
          page.stream().map(context.getTaskManager()::findTaskById).filter(Objects::nonNull)
              .forEach(TaskCard::refresh);
          return null;
        });
      } catch (ProcessEngineException concurrently) {
        // another node is filling the same cards (a cluster starting at once): what is left is done at the next start
        LOG.info("Tasklist cards of existing tasks not filled here: {}", concurrently.getMessage());
        return;
      }
      done += page.size();
    }
    if (done > 0) {
      LOG.info("Tasklist cards filled for {} open tasks created before this version", done);
    }
  }
}
