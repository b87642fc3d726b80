package com.civicflow.consultation.system;

import com.civicflow.consultation.organisation.DemoData;
import com.civicflow.consultation.organisation.IdentityBootstrap;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * What runs once the engine is built and before the web server takes requests, in this order: deploy the
 * diagrams and forms, apply the organisation directory, load demo users, put the staff into their districts'
 * starters groups, create the Tasklist filters. Every step is idempotent, and safe when several nodes start at
 * once on one database: each deployment holds the engine's deployment lock, and the identity and filter steps —
 * which look up a tenant, group, grant or filter and create it when it is missing — run in one transaction that
 * first takes the engine's own startup lock (the row {@code startup.lock} of ACT_GE_PROPERTY, locked
 * {@code FOR UPDATE}): a second node waits, then finds everything in place.
 */
@Component
class ProductStartup implements SmartInitializingSingleton {

  private final ResourceDeployer deployer;
  private final IdentityBootstrap identity;
  private final DemoData demoData;
  private final TasklistFilters filters;
  private final ProcessEngineConfigurationImpl engine;
  private final TransactionTemplate transaction;

  ProductStartup(ResourceDeployer deployer, IdentityBootstrap identity, DemoData demoData, TasklistFilters filters,
      ProcessEngineConfigurationImpl engine, PlatformTransactionManager transactions) {
    this.deployer = deployer;
    this.identity = identity;
    this.demoData = demoData;
    this.filters = filters;
    this.engine = engine;
    this.transaction = new TransactionTemplate(transactions);
  }

  @Override
  public void afterSingletonsInstantiated() {
    deployer.deployClasspath();
    transaction.executeWithoutResult(status -> {
      engine.getCommandExecutorTxRequired().execute(context -> {
        context.getPropertyManager().acquireExclusiveLockForStartup();
        return null;
      });
      identity.run();
      demoData.load();
      identity.syncStarters();
      filters.ensure();
    });
  }
}
