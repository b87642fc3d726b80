package com.civicflow.consultation.cluster;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;

/** What ClusterIT measured, printed at the end of the run in the order it was measured; and waiting for things. */
final class Figures {

  private final Map<String, Object> figures = new LinkedHashMap<>();

  void put(String name, Object value) {
    figures.put(name, value);
  }

  void print() {
    StringBuilder out = new StringBuilder("\n===== ClusterIT: two nodes on one PostgreSQL — measured =====\n");
    figures.forEach((name, value) -> out.append(String.format("%-75s %s%n", name, value)));
    System.out.println(out);
  }

  static long seconds(long since) {
    return TimeUnit.NANOSECONDS.toSeconds(System.nanoTime() - since);
  }

  static void await(String what, java.time.Duration timeout, BooleanSupplier condition) throws InterruptedException {
    long deadline = System.nanoTime() + timeout.toNanos();
    while (!condition.getAsBoolean()) {
      if (System.nanoTime() > deadline) {
        throw new AssertionError("not within " + timeout.toSeconds() + " s: " + what);
      }
      Thread.sleep(250);
    }
  }

}
