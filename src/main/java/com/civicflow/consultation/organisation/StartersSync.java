package com.civicflow.consultation.organisation;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Keeps the districts' starters groups in step with roles and tenants while the application runs: a staff
 * member an administrator adds in Admin (role group + tenant) can start their district's models within five
 * minutes, and one moved to another district stops seeing the old district's models. The service task of the
 * platform schedule {@code starters-sync} (processes/starters-sync.bpmn): its timer start event is one engine job
 * for the whole cluster, so the groups are rewritten by one node at a time, never by every node at once.
 */
@Component("startersSync")
class StartersSync implements JavaDelegate {

  private final IdentityBootstrap identity;

  StartersSync(IdentityBootstrap identity) {
    this.identity = identity;
  }

  @Override
  public void execute(DelegateExecution execution) {
    identity.syncStarters();
  }
}
