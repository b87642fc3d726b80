package com.civicflow.consultation.bench;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.camunda.bpm.engine.variable.value.TypedValue;

/**
 * What the project's listeners and delegates did to one matter's variables, firing by firing: for each element and
 * event of each process (e.g. {@code yuzhong-six-plus-five|Task_ScreenTopic|complete}) the variables written or
 * removed, in which scope (the task, the execution or one of its parents), and the business key set — recorded on the
 * product, replayed without any of the project's code on the baseline.
 */
final class Effects {

  /** One scope's variables before or after a firing: the task's own ({@code -1}), the execution's and its parents'. */
  record Scopes(Map<Integer, Map<String, TypedValue>> variables, String businessKey) {

    static Scopes of(DelegateExecution execution, DelegateTask task) {
      Map<Integer, Map<String, TypedValue>> variables = new HashMap<>();
      if (task != null) {
        variables.put(-1, typed(task));
      }
      int level = 0;
      for (DelegateExecution scope = execution; scope != null; scope = parent(scope), level++) {
        variables.put(level, typed(scope));
      }
      return new Scopes(variables, execution == null ? null : execution.getProcessBusinessKey());
    }

    private static Map<String, TypedValue> typed(VariableScope scope) {
      Map<String, TypedValue> values = new LinkedHashMap<>();
      scope.getVariableNamesLocal().forEach(name -> values.put(name, scope.getVariableLocalTyped(name)));
      return values;
    }
  }

  /** A write ({@code value} non-null) or removal of one variable in one scope. */
  record Write(int level, String name, TypedValue value) {}

  record Effect(List<Write> writes, String businessKey) {

    static Effect between(Scopes before, Scopes after) {
      List<Write> writes = new ArrayList<>();
      after.variables().forEach((level, values) -> {
        Map<String, TypedValue> old = before.variables().getOrDefault(level, Map.of());
        values.forEach((name, value) -> {
          if (!old.containsKey(name) || !same(old.get(name), value)) {
            writes.add(new Write(level, name, value));
          }
        });
        old.keySet().stream().filter(name -> !values.containsKey(name)).forEach(name -> writes.add(new Write(level, name, null)));
      });
      String key = Objects.equals(before.businessKey(), after.businessKey()) ? null : after.businessKey();
      return new Effect(writes, key);
    }

    boolean isEmpty() {
      return writes.isEmpty() && businessKey == null;
    }

    /** Writes the same variables into the same scopes of another engine's execution (and task). */
    void applyTo(DelegateExecution execution, DelegateTask task) {
      for (Write write : writes) {
        VariableScope scope = scope(execution, task, write.level());
        if (scope == null) {
          continue;
        }
        if (write.value() == null) {
          scope.removeVariableLocal(write.name());
        } else {
          scope.setVariableLocal(write.name(), write.value());
        }
      }
      if (businessKey != null) {
        execution.setProcessBusinessKey(businessKey);
      }
    }

    private static VariableScope scope(DelegateExecution execution, DelegateTask task, int level) {
      if (level < 0) {
        return task;
      }
      DelegateExecution scope = execution;
      for (int i = 0; i < level && scope != null; i++) {
        scope = parent(scope);
      }
      return scope;
    }

    private static boolean same(TypedValue a, TypedValue b) {
      if (a == null || b == null) {
        return a == b;
      }
      Object x = a.getValue();
      Object y = b.getValue();
      if (Objects.equals(x, y)) {
        return Objects.equals(a.getType(), b.getType());
      }
      return x != null && y != null && x.getClass() == y.getClass() && String.valueOf(x).equals(String.valueOf(y));
    }
  }

  static DelegateExecution parent(DelegateExecution execution) {
    return ((org.camunda.bpm.engine.impl.persistence.entity.ExecutionEntity) execution).getParent();
  }

  /** Firing key to the effects of its firings, in order. */
  private final Map<String, Deque<Effect>> byFiring = new LinkedHashMap<>();
  /** Process key to the tenants of its instances in this matter, in order of start. */
  private final Map<String, Deque<String>> tenants = new HashMap<>();

  static String firing(String processKey, String elementId, String event) {
    return processKey + "|" + elementId + "|" + event;
  }

  synchronized void add(String firing, Effect effect) {
    byFiring.computeIfAbsent(firing, f -> new ArrayDeque<>()).add(effect);
  }

  synchronized Effect next(String firing) {
    Deque<Effect> effects = byFiring.get(firing);
    return effects == null ? null : effects.poll();
  }

  synchronized void tenant(String processKey, String tenantId) {
    tenants.computeIfAbsent(processKey, k -> new ArrayDeque<>()).add(tenantId == null ? "" : tenantId);
  }

  synchronized String nextTenant(String processKey) {
    Deque<String> queue = tenants.get(processKey);
    String tenant = queue == null ? null : queue.poll();
    return tenant == null || tenant.isEmpty() ? null : tenant;
  }

  /** A fresh copy to replay once. */
  synchronized Effects copy() {
    Effects copy = new Effects();
    byFiring.forEach((firing, effects) -> copy.byFiring.put(firing, new ArrayDeque<>(effects)));
    tenants.forEach((key, queue) -> copy.tenants.put(key, new ArrayDeque<>(queue)));
    return copy;
  }

  synchronized int firings() {
    return byFiring.values().stream().mapToInt(Deque::size).sum();
  }
}
