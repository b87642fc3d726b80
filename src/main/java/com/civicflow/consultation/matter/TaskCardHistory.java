package com.civicflow.consultation.matter;

import java.util.List;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.history.event.HistoryEvent;
import org.camunda.bpm.engine.impl.history.event.HistoryEventTypes;
import org.camunda.bpm.engine.impl.history.event.HistoricVariableUpdateEventEntity;
import org.camunda.bpm.engine.impl.history.handler.HistoryEventHandler;

/**
 * The engine's history handler with two additions for the task cards ({@link TaskCard}). The copies on the cards
 * are not history: their events are not written (no copy in the history tables, the matter's file or reports; the
 * matter's own variables keep every value). And a change of a variable a card shows, anywhere but on a task, makes
 * the cards of that process instance's open tasks current when the command ends ({@link TaskCardRefresh}). The
 * history level must record variables (audit or full; this product runs full).
 */
final class TaskCardHistory implements HistoryEventHandler {

  private final HistoryEventHandler written;

  TaskCardHistory(HistoryEventHandler written) {
    this.written = written;
  }

  @Override
  public void handleEvent(HistoryEvent event) {
    if (event instanceof HistoricVariableUpdateEventEntity variable) {
      if (variable.getTaskId() != null && TaskCard.isCopy(variable.getVariableName())) {
        return;
      }
      if (variable.getTaskId() == null && variable.getProcessInstanceId() != null
          && TaskCard.isShown(variable.getVariableName()) && changesValue(variable)) {
        TaskCardRefresh.schedule(Context.getCommandContext(), variable.getProcessInstanceId());
      }
    }
    written.handleEvent(event);
  }

  @Override
  public void handleEvents(List<HistoryEvent> events) {
    events.forEach(this::handleEvent);
  }

  private static boolean changesValue(HistoricVariableUpdateEventEntity variable) {
    return variable.isEventOfType(HistoryEventTypes.VARIABLE_INSTANCE_CREATE)
        || variable.isEventOfType(HistoryEventTypes.VARIABLE_INSTANCE_UPDATE)
        || variable.isEventOfType(HistoryEventTypes.VARIABLE_INSTANCE_DELETE);
  }
}
