package com.civicflow.consultation.bench;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.impl.bpmn.delegate.JavaDelegateInvocation;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.delegate.DefaultDelegateInterceptor;
import org.camunda.bpm.engine.impl.persistence.entity.ExecutionEntity;

/**
 * Added to the product's engine for the lifecycle measurement: while {@link #recording}, records per matter what the
 * project's code did in each firing (the variables its listeners wrote between the first and last listener of each
 * event, see {@link FiringListeners}, and what each service task's delegate wrote). Off, it costs two empty
 * listener calls per event.
 */
final class EffectRecorder extends AbstractProcessEnginePlugin {

  private final Map<String, Effects> byRoot = new ConcurrentHashMap<>();
  private final ThreadLocal<Deque<Effects.Scopes>> open = ThreadLocal.withInitial(ArrayDeque::new);
  volatile boolean recording;

  @Override
  public void preInit(ProcessEngineConfigurationImpl config) {
    // after the product's parse listeners (its plugins come first): around everything they add
    FiringListeners.addLast(config, new FiringListeners(this::before, this::after));
    DefaultDelegateInterceptor engineDefault = new DefaultDelegateInterceptor();
    config.setDelegateInterceptor(invocation -> {
      if (recording && invocation instanceof JavaDelegateInvocation && invocation.getContextExecution() instanceof ExecutionEntity execution) {
        Effects.Scopes before = Effects.Scopes.of(execution, null);
        engineDefault.handleInvocation(invocation);
        record(Effects.firing(execution.getProcessDefinition().getKey(), execution.getActivityId(), "execute"), execution,
            Effects.Effect.between(before, Effects.Scopes.of(execution, null)));
      } else {
        engineDefault.handleInvocation(invocation);
      }
    });
  }


  private void before(String firing, DelegateExecution execution, DelegateTask task) {
    if (recording) {
      open.get().push(Effects.Scopes.of(execution, task));
    }
  }

  private void after(String firing, DelegateExecution execution, DelegateTask task) {
    if (recording && !open.get().isEmpty()) {
      record(firing, execution, Effects.Effect.between(open.get().pop(), Effects.Scopes.of(execution, task)));
    }
  }

  private void record(String firing, DelegateExecution execution, Effects.Effect effect) {
    String root = ((ExecutionEntity) execution).getRootProcessInstanceId();
    byRoot.computeIfAbsent(root, r -> new Effects()).add(firing, effect);
  }

  /** What was recorded for the matter whose top-level instance this is (removed from the recorder). */
  Effects take(String rootProcessInstanceId) {
    Effects effects = byRoot.remove(rootProcessInstanceId);
    return effects == null ? new Effects() : effects;
  }

  /**
   * Adds the recorder to the product's engine (a bean the Camunda starter passes to the engine as a plugin). Passed
   * to the lifecycle's application context as a source; deliberately not a {@code @Configuration}, which the
   * application's component scan would find in every test's and the other benchmark phases' contexts.
   */
  static class Wiring {
    @org.springframework.context.annotation.Bean
    EffectRecorder effectRecorder() {
      return new EffectRecorder();
    }
  }
}
