package com.civicflow.consultation.matter;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.interceptor.CommandExecutor;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.runtime.VariableInstance;
import org.springframework.stereotype.Component;

/**
 * The matters still running (top-level process instances, not their called processes) with their number, tenant and
 * topic: what a form offers as 关联事项 and what the server accepts there. Read by the product itself, whoever asks:
 * staff may not read process instances, and the caller decides which tenants count.
 */
@Component
public class OpenMatters {

  static final int CHUNK = 500;

  /** A running matter. */
  public record OpenMatter(String number, String tenantId, String processKey, String topic) {}

  private final RuntimeService runtime;
  private final CommandExecutor commands;

  OpenMatters(ProcessEngine engine) {
    this.runtime = engine.getRuntimeService();
    this.commands = ((ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration()).getCommandExecutorTxRequired();
  }

  /** The running matters of one model in these tenants, newest number first. */
  public List<OpenMatter> of(String processKey, Collection<String> tenantIds) {
    if (tenantIds.isEmpty()) {
      return List.of();
    }
    return unrestricted(() -> withTopics(runtime.createProcessInstanceQuery().rootProcessInstances()
        .processDefinitionKey(processKey).tenantIdIn(tenantIds.toArray(String[]::new)).list()))
        .stream().sorted(Comparator.comparing(OpenMatter::number).reversed()).toList();
  }

  /** The running matter with this number, if there is one. */
  public Optional<OpenMatter> find(String number) {
    return unrestricted(() -> withTopics(runtime.createProcessInstanceQuery().rootProcessInstances()
        .processInstanceBusinessKey(number).list())).stream().findFirst();
  }

  private List<OpenMatter> withTopics(List<ProcessInstance> instances) {
    Map<String, String> topics = new HashMap<>();
    List<String> ids = instances.stream().map(ProcessInstance::getId).toList();
    for (int from = 0; from < ids.size(); from += CHUNK) {
      for (VariableInstance topic : runtime.createVariableInstanceQuery().variableName(MatterVariables.TOPIC.name())
          .processInstanceIdIn(ids.subList(from, Math.min(ids.size(), from + CHUNK)).toArray(String[]::new)).list()) {
        if (topic.getProcessInstanceId().equals(topic.getExecutionId())) {
          topics.put(topic.getProcessInstanceId(), String.valueOf(topic.getValue()));
        }
      }
    }
    List<OpenMatter> matters = new ArrayList<>();
    for (ProcessInstance instance : instances) {
      if (instance.getBusinessKey() != null) {
        String key = instance.getProcessDefinitionId().substring(0, instance.getProcessDefinitionId().indexOf(':'));
        matters.add(new OpenMatter(instance.getBusinessKey(), instance.getTenantId(), key,
            topics.getOrDefault(instance.getId(), "")));
      }
    }
    return matters;
  }

  /** Runs the queries without the current user's authorizations and tenants, in the current command if there is one. */
  private <T> T unrestricted(Supplier<T> queries) {
    CommandContext current = Context.getCommandContext();
    return current != null ? withoutChecks(current, queries) : commands.execute(context -> withoutChecks(context, queries));
  }

  private static <T> T withoutChecks(CommandContext context, Supplier<T> queries) {
    boolean tenantCheck = context.isTenantCheckEnabled();
    context.disableTenantCheck();
    try {
      return context.runWithoutAuthorization(queries::get);
    } finally {
      context.setTenantCheckEnabled(tenantCheck);
    }
  }
}
