package com.civicflow.consultation.matter;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.camunda.bpm.engine.impl.persistence.entity.ExecutionEntity;
import org.camunda.bpm.engine.impl.persistence.entity.TaskEntity;

/**
 * What a Tasklist card shows of its matter — 事项编号, 社区, 议题, 环节 — as task-local copies of the matter's
 * variables. Staff may read a task they can work on but not the variables of its process instance, so Tasklist's
 * list call embeds no process variables for them; a task's own variables are covered by their READ on the task.
 * The copies have their own names ({@code card…}): a form that submits {@code topic} must change the matter's
 * topic, and a task-local {@code topic} would catch that submission instead. They are set when a task is created
 * ({@link #ON_CREATE}, added to every user task by {@link MatterParseListener}) and kept current while it is open
 * ({@link TaskCardRefresh}); they are never part of the history or the matter's file ({@link TaskCardHistory}).
 */
public final class TaskCard {

  /** The card's copies, each of the matter variable it shows. */
  public static final Map<ProcessVariable<String>, ProcessVariable<String>> COPIES = Map.of(
      MatterVariables.MATTER_NUMBER, ProcessVariable.string("cardMatterNumber"),
      MatterVariables.COMMUNITY_NAME, ProcessVariable.string("cardCommunityName"),
      MatterVariables.TOPIC, ProcessVariable.string("cardTopic"),
      MatterVariables.STAGE, ProcessVariable.string("cardStage"));

  /** The card's fields in Tasklist's order, with the Chinese labels the shared filters show. */
  public static final List<Field> FIELDS = List.of(
      new Field(copyOf(MatterVariables.MATTER_NUMBER), "事项编号"),
      new Field(copyOf(MatterVariables.COMMUNITY_NAME), "社区"),
      new Field(copyOf(MatterVariables.TOPIC), "议题"),
      new Field(copyOf(MatterVariables.STAGE), "环节"));

  /** Create listener of every user task: the new task's card. */
  public static final TaskListener ON_CREATE = TaskCard::refresh;

  /** One field of the card: the task variable and its label. */
  public record Field(ProcessVariable<String> variable, String label) {}

  private TaskCard() {}

  public static ProcessVariable<String> copyOf(ProcessVariable<String> matterVariable) {
    return COPIES.get(matterVariable);
  }

  /** Whether a variable name is one of the card's copies. */
  public static boolean isCopy(String name) {
    return COPIES.values().stream().anyMatch(copy -> copy.name().equals(name));
  }

  /** Whether a variable name is one the card shows a copy of. */
  public static boolean isShown(String name) {
    return COPIES.keySet().stream().anyMatch(shown -> shown.name().equals(name));
  }

  /**
   * Sets the task's copies to what the task sees of the matter now (its execution's variables; in a called process
   * without its own, e.g. a notice's 议题, the calling matter's); a copy that is already current is left alone. Every
   * copy exists once set, with a null value where the matter has none.
   */
  public static void refresh(VariableScope task) {
    COPIES.forEach((shown, copy) -> {
      String value = Optional.ofNullable(seen(task, shown.name())).map(Object::toString).orElse(null);
      if (!task.hasVariableLocal(copy.name()) || !Objects.equals(task.getVariableLocal(copy.name()), value)) {
        copy.setLocal(task, value);
      }
    });
  }

  private static Object seen(VariableScope task, String name) {
    Object value = task.getVariable(name);
    ExecutionEntity caller = task instanceof TaskEntity entity && entity.getProcessInstance() != null
        ? entity.getProcessInstance().getSuperExecution() : null;
    while (value == null && caller != null) {
      value = caller.getVariable(name);
      caller = caller.getProcessInstance().getSuperExecution();
    }
    return value;
  }
}
