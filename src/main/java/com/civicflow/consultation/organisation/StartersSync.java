package com.civicflow.consultation.organisation;

import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Keeps the districts' starters groups in step with roles and tenants while the application runs: a staff
 * member an administrator adds in Admin (role group + tenant) can start their district's models within
 * {@code consultation.starters-sync} (default five minutes), and one moved to another district stops seeing
 * the old district's models.
 */
@Component
class StartersSync {

  private final IdentityBootstrap identity;

  StartersSync(IdentityBootstrap identity) {
    this.identity = identity;
  }

  @Scheduled(fixedDelayString = "${consultation.starters-sync:PT5M}", initialDelayString = "${consultation.starters-sync:PT5M}")
  void sync() {
    identity.syncStarters();
  }
}
