package com.civicflow.consultation.system;

import com.civicflow.consultation.organisation.DemoData;
import com.civicflow.consultation.organisation.IdentityBootstrap;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.stereotype.Component;

/**
 * What runs once the engine is built and before the web server takes requests, in this order: deploy the
 * diagrams and forms, apply the organisation directory, load demo users, put the staff into their districts'
 * starters groups, create the Tasklist filters. Every step is idempotent, and safe when several nodes start at
 * once on one database: each deployment holds the engine's deployment lock, and the identity and filter steps —
 * which look up a tenant, group, grant or filter and create it when it is missing — run under the engine's startup
 * lock ({@link StartupLock}): a second node waits, then finds everything in place.
 */
@Component
class ProductStartup implements SmartInitializingSingleton {

  private final ResourceDeployer deployer;
  private final IdentityBootstrap identity;
  private final DemoData demoData;
  private final TasklistFilters filters;
  private final StartupLock lock;

  ProductStartup(ResourceDeployer deployer, IdentityBootstrap identity, DemoData demoData, TasklistFilters filters,
      StartupLock lock) {
    this.deployer = deployer;
    this.identity = identity;
    this.demoData = demoData;
    this.filters = filters;
    this.lock = lock;
  }

  @Override
  public void afterSingletonsInstantiated() {
    deployer.deployClasspath();
    lock.holding(() -> {
      identity.run();
      demoData.load();
      identity.syncStarters();
      filters.ensure();
    });
  }
}
