package com.civicflow.consultation.system;

import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Start-up work that several nodes starting at once on one database must not do side by side: it runs in one
 * transaction that first takes the engine's own startup lock (the row {@code startup.lock} of ACT_GE_PROPERTY,
 * locked {@code FOR UPDATE}); a second node waits, then finds the work done.
 */
@Component
public class StartupLock {

  private final ProcessEngineConfigurationImpl engine;
  private final TransactionTemplate transaction;

  StartupLock(ProcessEngineConfigurationImpl engine, PlatformTransactionManager transactions) {
    this.engine = engine;
    this.transaction = new TransactionTemplate(transactions);
  }

  public void holding(Runnable work) {
    transaction.executeWithoutResult(status -> {
      engine.getCommandExecutorTxRequired().execute(context -> {
        context.getPropertyManager().acquireExclusiveLockForStartup();
        return null;
      });
      work.run();
    });
  }
}
