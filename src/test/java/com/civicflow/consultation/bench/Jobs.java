package com.civicflow.consultation.bench;

import java.util.List;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.history.HistoricJobLog;

/** Waiting for the job executor, and the jobs that failed. */
final class Jobs {

  private Jobs() {}

  /** Until no job is due (twice in a row), polling every {@code pollMillis}; false when the time ran out. */
  static boolean waitUntilDone(ProcessEngine engine, int timeoutSeconds, long pollMillis) {
    long deadline = System.nanoTime() + timeoutSeconds * 1_000_000_000L;
    int quiet = 0;
    while (quiet < 2) {
      if (System.nanoTime() > deadline) {
        return false;
      }
      quiet = engine.getManagementService().createJobQuery().executable().count() == 0 ? quiet + 1 : 0;
      if (quiet < 2) {
        sleep(pollMillis);
      }
    }
    return true;
  }

  static void waitUntilDone(ProcessEngine engine, int timeoutSeconds) {
    if (!waitUntilDone(engine, timeoutSeconds, 200)) {
      throw new IllegalStateException("jobs still due after " + timeoutSeconds + " s: "
          + engine.getManagementService().createJobQuery().executable().count());
    }
  }

  static List<String> failures(ProcessEngine engine) {
    List<HistoricJobLog> failed = engine.getHistoryService().createHistoricJobLogQuery().failureLog().list();
    return failed.stream().map(f -> f.getJobDefinitionType() + " " + f.getActivityId() + " (" + f.getProcessDefinitionKey()
        + "): " + f.getJobExceptionMessage()).toList();
  }

  static void sleep(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
