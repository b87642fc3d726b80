package com.civicflow.consultation.system;

import com.civicflow.consultation.matter.TaskCardBackfill;
import com.civicflow.consultation.organisation.DemoData;
import com.civicflow.consultation.organisation.IdentityBootstrap;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.stereotype.Component;

/**
 * What runs once the engine is built and before the web server takes requests, in this order: deploy the
 * diagrams and forms, apply the organisation directory, load demo users, put the staff into their districts'
 * starters groups, create the Tasklist filters and give tasks from before the task cards their cards.
 * Every step is idempotent.
 */
@Component
class ProductStartup implements SmartInitializingSingleton {

  private final ResourceDeployer deployer;
  private final IdentityBootstrap identity;
  private final DemoData demoData;
  private final TasklistFilters filters;
  private final TaskCardBackfill cards;

  ProductStartup(ResourceDeployer deployer, IdentityBootstrap identity, DemoData demoData, TasklistFilters filters,
      TaskCardBackfill cards) {
    this.deployer = deployer;
    this.identity = identity;
    this.demoData = demoData;
    this.filters = filters;
    this.cards = cards;
  }

  @Override
  public void afterSingletonsInstantiated() {
    deployer.deployClasspath();
    identity.run();
    demoData.load();
    identity.syncStarters();
    filters.ensure();
    cards.run();
  }
}
