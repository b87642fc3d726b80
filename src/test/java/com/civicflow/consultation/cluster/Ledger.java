package com.civicflow.consultation.cluster;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

/** What the load did and so expects to find exactly once: matters, fired timers, provoked escalations. */
final class Ledger {

  record Started(String model, String businessKey, String processInstanceId) {}

  record Fired(String businessKey, String activityId, String jobId) {}

  final List<Started> matters = new CopyOnWriteArrayList<>();
  final List<Fired> timers = new CopyOnWriteArrayList<>();
  /** Matters whose implementation was left to go overdue: one reminder, one escalation round, one supervision task. */
  final List<String> overdue = new CopyOnWriteArrayList<>();
  /** Matters whose street office let the legality review deadline pass: one escalation to the district. */
  final List<String> reviewEscalated = new CopyOnWriteArrayList<>();
  final AtomicInteger steps = new AtomicInteger();
  /** Submissions repeated because the engine answered with an optimistic locking conflict (a user would retry). */
  final AtomicInteger conflictsRetried = new AtomicInteger();
  /** Submissions whose node died before answering (decided afterwards by looking at the task). */
  final AtomicInteger submissionsLost = new AtomicInteger();
}
