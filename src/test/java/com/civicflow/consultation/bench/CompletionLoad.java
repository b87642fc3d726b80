package com.civicflow.consultation.bench;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Task completion while N matters are in flight: N matters of the five models (their full runs' paths, in the demo
 * communities) go on at once, each started again when it ends, worked by staff at {@link #DESKS} desks (users acting
 * at the same moment) while the job executor runs their jobs. Measured: the submit-form call of each completed task
 * once all N are under way, and the completions per second.
 */
final class CompletionLoad {

  private static final Logger LOG = LoggerFactory.getLogger(CompletionLoad.class);
  static final int DESKS = 4;
  static final List<String> MODELS = List.of("yuzhong", "cangzhou", "kenli", "haimen-seven-step", "dongcheng");

  record Level(int inFlight, int completions, double seconds, double p50, double p95, double perSecond, int failedRuns,
      List<String> failures) {}

  private CompletionLoad() {}

  static Level measure(ProductContext app, int inFlight, int completions) {
    List<Double> times = Collections.synchronizedList(new ArrayList<>());
    AtomicInteger recording = new AtomicInteger();
    CountDownLatch underWay = new CountDownLatch(inFlight);
    CountDownLatch enough = new CountDownLatch(1);
    long[] window = new long[2];
    Map<String, TasklistSession> sessions = new ConcurrentHashMap<>();
    LoadSteps steps = new LoadSteps(app.engine(), app.port(), new Semaphore(DESKS, true), sessions, millis -> {
      if (underWay.getCount() == 0 && recording.get() < completions) {
        times.add(millis);
        if (recording.incrementAndGet() == completions) {
          window[1] = System.nanoTime();
          enough.countDown();
        }
      }
    });
    List<String> failures = Collections.synchronizedList(new ArrayList<>());
    List<Thread> threads = new ArrayList<>();
    for (int i = 0; i < inFlight; i++) {
      String model = MODELS.get(i % MODELS.size());
      Thread thread = new Thread(() -> {
        AtomicBoolean counted = new AtomicBoolean();
        Runnable started = () -> {
          if (counted.compareAndSet(false, true)) {
            underWay.countDown();
          }
        };
        steps.afterStart(started);
        while (true) {
          try {
            FullRuns.run(model, steps);
          } catch (LoadSteps.Stopped stopped) {
            return;
          } catch (RuntimeException | AssertionError e) {
            failures.add(model + ": " + e.getMessage());
          } finally {
            started.run(); // also when the first run failed before its start
          }
        }
      }, "load-" + i);
      thread.setDaemon(true);
      threads.add(thread);
    }
    threads.forEach(Thread::start);
    await(underWay);
    window[0] = System.nanoTime();
    LOG.info("Completion load: {} matters under way", inFlight);
    try {
      if (!enough.await(20, TimeUnit.MINUTES)) {
        window[1] = System.nanoTime();
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    steps.stop();
    for (Thread thread : threads) {
      try {
        thread.join(120_000);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
    double seconds = (window[1] - window[0]) / 1e9;
    return new Level(inFlight, times.size(), seconds, Stats.median(times), Stats.p95(times), times.size() / seconds,
        failures.size(), failures.stream().distinct().limit(5).toList());
  }

  private static void await(CountDownLatch latch) {
    try {
      latch.await();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
