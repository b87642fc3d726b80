package com.civicflow.consultation.matter;

import java.util.Date;
import java.util.Objects;
import java.util.Optional;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.Variables;

/**
 * A process variable declared once, typed, and used through this declaration everywhere: delegates,
 * listeners, services and tests (the camunda-bpm-data habit, without the library).
 */
public final class ProcessVariable<T> {

  private final String name;
  private final Class<T> type;

  private ProcessVariable(String name, Class<T> type) {
    this.name = Objects.requireNonNull(name);
    this.type = Objects.requireNonNull(type);
  }

  public static ProcessVariable<String> string(String name) {
    return new ProcessVariable<>(name, String.class);
  }

  public static ProcessVariable<Boolean> bool(String name) {
    return new ProcessVariable<>(name, Boolean.class);
  }

  public static ProcessVariable<Integer> integer(String name) {
    return new ProcessVariable<>(name, Integer.class);
  }

  public static ProcessVariable<Long> number(String name) {
    return new ProcessVariable<>(name, Long.class);
  }

  public static ProcessVariable<Date> date(String name) {
    return new ProcessVariable<>(name, Date.class);
  }

  /** A list or object a form submitted as Json (a taglist, a dynamic list), read with {@link FormOptions}. */
  public static ProcessVariable<Object> json(String name) {
    return new ProcessVariable<>(name, Object.class);
  }

  public String name() {
    return name;
  }

  public Class<T> type() {
    return type;
  }

  /** The value, or empty when the variable is absent or null. */
  public Optional<T> from(VariableScope scope) {
    return Optional.ofNullable(cast(scope.getVariable(name)));
  }

  public T required(VariableScope scope) {
    return from(scope).orElseThrow(() -> new IllegalStateException("缺少流程变量 " + name));
  }

  public void set(VariableScope scope, T value) {
    scope.setVariable(name, value);
  }

  public void setLocal(VariableScope scope, T value) {
    scope.setVariableLocal(name, value);
  }

  /** The value in a variable map such as a task's submitted variables. */
  public Optional<T> from(java.util.Map<String, ?> variables) {
    return Optional.ofNullable(cast(variables.get(name)));
  }

  /** A one-entry variable map, for starting or completing with this variable. */
  public VariableMap with(T value) {
    return Variables.createVariables().putValue(name, value);
  }

  private T cast(Object value) {
    if (value == null) {
      return null;
    }
    if (type.isInstance(value)) {
      return type.cast(value);
    }
    if (type == Long.class && value instanceof Number n) {
      return type.cast(n.longValue());
    }
    if (type == Integer.class && value instanceof Number n) {
      return type.cast(n.intValue());
    }
    if (type == String.class) {
      return type.cast(value.toString());
    }
    // a value of the wrong type comes from a submission (REST variables) and is refused as such
    throw new InvalidSubmissionException(
        "流程变量 " + name + " 的类型应为 " + type.getSimpleName() + "，实际为 " + value.getClass().getSimpleName());
  }

  @Override
  public String toString() {
    return name;
  }
}
