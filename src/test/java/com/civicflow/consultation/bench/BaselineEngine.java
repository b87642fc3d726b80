package com.civicflow.consultation.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import javax.sql.DataSource;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cfg.StandaloneProcessEngineConfiguration;
import org.camunda.bpm.engine.impl.cfg.multitenancy.TenantIdProvider;
import org.camunda.bpm.engine.impl.cfg.multitenancy.TenantIdProviderCaseInstanceContext;
import org.camunda.bpm.engine.impl.cfg.multitenancy.TenantIdProviderHistoricDecisionInstanceContext;
import org.camunda.bpm.engine.impl.cfg.multitenancy.TenantIdProviderProcessInstanceContext;
import org.camunda.bpm.engine.impl.jobexecutor.DefaultJobExecutor;
import org.camunda.bpm.engine.impl.jobexecutor.JobExecutor;
import org.camunda.bpm.engine.impl.persistence.entity.ExecutionEntity;
import org.camunda.bpm.engine.impl.persistence.StrongUuidGenerator;
import org.camunda.spin.plugin.impl.SpinProcessEnginePlugin;
import org.camunda.bpm.spring.boot.starter.property.CamundaBpmProperties;

/**
 * The baseline of the lifecycle measurement: plain Camunda 7.24 with the product's engine settings (history level,
 * authorizations, tenant checks, job executor, serialization, time to live …) on a database of its own, running the
 * same diagrams with every project listener and delegate replaced by a no-op ({@link BaselineDiagrams}). None of the
 * project's engine plugins, parse listeners, tenant provider or listeners runs; instead the engine writes, at the end
 * of each firing, the variables and business key the product's code wrote in the same firing of the recorded matter
 * ({@link Effects}), and gives each instance the tenant it had — so gateways, expressions and call activities see
 * the same variables. Kept from the product because the diagrams cannot run without them: the working-day calendar
 * ({@code workdays:N} due dates), the serializer that stores texts over 4,000 characters, and the beans the
 * diagrams' expressions call ({@link DistrictBench#DIAGRAM_BEANS}).
 */
final class BaselineEngine {

  private static final ThreadLocal<Effects> STARTING = new ThreadLocal<>();
  private final Map<String, Effects> byRoot = new ConcurrentHashMap<>();
  private final ProcessEngine engine;

  BaselineEngine(DataSource dataSource, ProcessEngineConfigurationImpl product, CamundaBpmProperties properties,
      Map<String, Object> beans) {
    StandaloneProcessEngineConfiguration config = new StandaloneProcessEngineConfiguration();
    config.setProcessEngineName("baseline");
    config.setDataSource(dataSource);
    config.setDatabaseSchemaUpdate("true");
    config.setIdGenerator(new StrongUuidGenerator());
    config.setHistory(product.getHistory());
    config.setAuthorizationEnabled(product.isAuthorizationEnabled());
    config.setTenantCheckEnabled(product.isTenantCheckEnabled());
    config.setGeneralResourceWhitelistPattern(product.getGeneralResourceWhitelistPattern());
    config.setHistoryTimeToLive(product.getHistoryTimeToLive());
    config.setEnforceHistoryTimeToLive(product.isEnforceHistoryTimeToLive());
    config.setHistoryCleanupStrategy(product.getHistoryCleanupStrategy());
    config.setJavaSerializationFormatEnabled(product.isJavaSerializationFormatEnabled());
    config.setDefaultUserPermissionNameForTask(product.getDefaultUserPermissionNameForTask());
    config.setAuthorizationCheckRevokes(product.getAuthorizationCheckRevokes());
    config.setCmmnEnabled(product.isCmmnEnabled());
    config.setDmnEnabled(product.isDmnEnabled());
    config.setStandaloneTasksEnabled(product.isStandaloneTasksEnabled());
    config.setJobExecutorPreferTimerJobs(product.isJobExecutorPreferTimerJobs());
    config.setJobExecutorAcquireByDueDate(product.isJobExecutorAcquireByDueDate());
    config.setJobExecutorAcquireByPriority(product.isJobExecutorAcquireByPriority());
    config.setBusinessCalendarManager(product.getBusinessCalendarManager());
    config.setCustomPreVariableSerializers(new ArrayList<>(product.getCustomPreVariableSerializers()));
    config.setHistoryEventProducer(product.getHistoryEventProducer());
    config.setJobExecutor(jobExecutor(product.getJobExecutor(), properties));
    config.setJobExecutorActivate(true);
    config.setTenantIdProvider(new ReplayedTenants());
    config.setBeans(beansWithNoOps(beans));
    FiringListeners.addLast(config, new FiringListeners(null, this::replay));
    config.setProcessEnginePlugins(List.of(new SpinProcessEnginePlugin()));
    engine = config.buildProcessEngine();
  }

  ProcessEngine engine() {
    return engine;
  }

  /** The next start in this thread is a matter that replays these effects. */
  static void starting(Effects effects) {
    STARTING.set(effects);
  }

  void close() {
    engine.close();
  }

  private Map<Object, Object> beansWithNoOps(Map<String, Object> beans) {
    Map<Object, Object> all = new java.util.HashMap<>(beans);
    all.put("noop", new NoOp());
    all.put("noopDelegate", (JavaDelegate) execution -> replay(
        Effects.firing(((ExecutionEntity) execution).getProcessDefinition().getKey(), execution.getCurrentActivityId(), "execute"),
        execution, null));
    return all;
  }

  /** At the end of each firing: what the product's code wrote in the same firing of the recorded matter. */
  private void replay(String firing, DelegateExecution execution, DelegateTask task) {
    if (execution == null) {
      return;
    }
    ExecutionEntity entity = (ExecutionEntity) execution;
    String root = entity.getRootProcessInstanceId();
    Effects effects = byRoot.get(root);
    if (effects == null && entity.getSuperExecution() == null && STARTING.get() != null) {
      effects = STARTING.get();
      byRoot.put(root, effects);
      STARTING.remove();
    }
    if (effects != null) {
      Effects.Effect effect = effects.next(firing);
      if (effect != null) {
        effect.applyTo(execution, task);
      }
    }
  }

  /** Each instance gets the tenant it had in the recorded matter (the product's tenant provider does not run). */
  private final class ReplayedTenants implements TenantIdProvider {
    @Override
    public String provideTenantIdForProcessInstance(TenantIdProviderProcessInstanceContext ctx) {
      String key = ctx.getProcessDefinition().getKey();
      if (ctx.getSuperExecution() == null) {
        return STARTING.get() == null ? null : STARTING.get().nextTenant(key);
      }
      Effects effects = byRoot.get(((ExecutionEntity) ctx.getSuperExecution()).getRootProcessInstanceId());
      return effects == null ? ctx.getSuperExecution().getTenantId() : effects.nextTenant(key);
    }

    @Override
    public String provideTenantIdForCaseInstance(TenantIdProviderCaseInstanceContext ctx) {
      return null;
    }

    @Override
    public String provideTenantIdForHistoricDecisionInstance(TenantIdProviderHistoricDecisionInstanceContext ctx) {
      return ctx.getExecution() != null ? ctx.getExecution().getTenantId() : null;
    }
  }

  /** What every project listener and delegate becomes in the baseline's diagrams. */
  static final class NoOp implements ExecutionListener, TaskListener {
    @Override
    public void notify(DelegateExecution execution) {}

    @Override
    public void notify(DelegateTask task) {}
  }

  private static JobExecutor jobExecutor(JobExecutor product, CamundaBpmProperties properties) {
    var jobs = properties.getJobExecution();
    DefaultJobExecutor executor = new DefaultJobExecutor();
    executor.setCorePoolSize(jobs.getCorePoolSize());
    executor.setMaxPoolSize(jobs.getMaxPoolSize());
    executor.setQueueSize(jobs.getQueueCapacity());
    executor.setMaxJobsPerAcquisition(product.getMaxJobsPerAcquisition());
    executor.setWaitTimeInMillis(product.getWaitTimeInMillis());
    executor.setMaxWait(product.getMaxWait());
    executor.setLockTimeInMillis(product.getLockTimeInMillis());
    executor.setBackoffTimeInMillis(product.getBackoffTimeInMillis());
    executor.setMaxBackoff(product.getMaxBackoff());
    executor.setWaitIncreaseFactor(product.getWaitIncreaseFactor());
    return executor;
  }
}
