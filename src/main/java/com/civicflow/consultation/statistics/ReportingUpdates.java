package com.civicflow.consultation.statistics;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cfg.TransactionState;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.history.event.HistoryEvent;
import org.camunda.bpm.engine.impl.history.handler.HistoryEventHandler;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.interceptor.Session;
import org.camunda.bpm.engine.impl.interceptor.SessionFactory;
import org.springframework.stereotype.Component;

/**
 * Keeps the reporting tables current as matters progress: every history event the engine writes (a step started or
 * done, a variable set, a task's due date, an instance ended) names its top-level instance; the instances touched by
 * one command have their reporting rows computed again ({@link ReportingRows#refresh}) once the engine has written
 * its history, just before the transaction commits — in the same transaction, so figures and history agree.
 */
@Component
class ReportingUpdates extends AbstractProcessEnginePlugin {

  private final ReportingRows rows;

  ReportingUpdates(ReportingRows rows) {
    this.rows = rows;
  }

  @Override
  public void preInit(ProcessEngineConfigurationImpl config) {
    if (config.getCustomHistoryEventHandlers() == null) {
      config.setCustomHistoryEventHandlers(new ArrayList<>());
    }
    config.getCustomHistoryEventHandlers().add(new TouchedRootsCollector());
    if (config.getCustomSessionFactories() == null) {
      config.setCustomSessionFactories(new ArrayList<>());
    }
    config.getCustomSessionFactories().add(new TouchedRootsFactory());
  }

  /** The top-level instances one command touched. */
  static final class TouchedRoots implements Session {
    final Set<String> ids = new LinkedHashSet<>();

    @Override
    public void flush() {}

    @Override
    public void close() {}
  }

  /** Opened once per command: refreshes what the command touched when its transaction is about to commit. */
  private final class TouchedRootsFactory implements SessionFactory {
    @Override
    public Class<?> getSessionType() {
      return TouchedRoots.class;
    }

    @Override
    public Session openSession() {
      TouchedRoots touched = new TouchedRoots();
      Context.getCommandContext().getTransactionContext()
          .addTransactionListener(TransactionState.COMMITTING, commandContext -> rows.refresh(touched.ids));
      return touched;
    }
  }

  private static final class TouchedRootsCollector implements HistoryEventHandler {
    @Override
    public void handleEvent(HistoryEvent event) {
      CommandContext command = Context.getCommandContext();
      if (command != null && event.getRootProcessInstanceId() != null) {
        command.getSession(TouchedRoots.class).ids.add(event.getRootProcessInstanceId());
      }
    }

    @Override
    public void handleEvents(List<HistoryEvent> events) {
      events.forEach(this::handleEvent);
    }
  }
}
