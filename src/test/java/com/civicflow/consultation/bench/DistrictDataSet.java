package com.civicflow.consultation.bench;

import com.civicflow.consultation.drive.Steps;
import com.icegreen.greenmail.util.GreenMail;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The district data set: open matters of the generated communities, each started through the Java API as its full
 * run starts it (in batches of one transaction each, two threads), with the due dates a district's task list has —
 * a tenth overdue, a tenth due within two days, a fifth due later, the rest without — plus the implementation tasks
 * that become overdue at once in the overdue measurement (responsible unit of the district, deadline
 * {@link #OVERDUE_DEADLINE}). Generated once and kept as a snapshot of the stopped server's data directory under
 * the cache folder; each run works on a copy.
 */
final class DistrictDataSet {

  private static final Logger LOG = LoggerFactory.getLogger(DistrictDataSet.class);
  /** Bump when what is generated changes: a new snapshot is made. */
  static final int VERSION = 2;
  /** When the data set is generated (a Monday morning). */
  static final Date GENERATED_AT = Steps.beijing("2026-11-30T09:00");
  /** "Now" for the filters: the day after. */
  static final Date NOW = Steps.beijing("2026-12-01T10:00");
  /** The deadline of every implementation task the overdue measurement makes late at once (a Monday). */
  static final String OVERDUE_DEADLINE = "2026-12-21T17:00";
  static final String CALLER = "implementation-caller-test";
  private static final int BATCH = 50;
  private static final long HOUR = 3_600_000L;

  private DistrictDataSet() {}

  /** The snapshot's data directory, generated first when the cache has none. */
  static Path snapshot(BenchConfig config, GeneratedOrganisation organisation, GreenMail smtp) {
    String key = "district-v%d-%dc-%dt-%do".formatted(VERSION, config.communities(), config.openTasks(), config.overdueTasks());
    Path ready = config.cache().resolve(key);
    if (Files.exists(ready.resolve("PG_VERSION")) && !Boolean.getBoolean("bench.regenerate")) {
      LOG.info("Benchmark data set: snapshot {}", ready);
      return ready;
    }
    Path partial = config.cache().resolve(key + ".partial");
    boolean resume = Files.exists(partial.resolve("PG_VERSION")) && !Boolean.getBoolean("bench.regenerate");
    if (!resume) {
      BenchDatabase.deleteTree(partial);
    }
    BenchDatabase.deleteTree(ready);
    long started = System.nanoTime();
    boolean done;
    try (BenchDatabase database = BenchDatabase.start(partial)) {
      if (!resume) {
        database.createDatabase("consultation");
      }
      Clock.at(GENERATED_AT);
      try (ProductContext app = ProductContext.start(database.url("consultation"), organisation, smtp.getSmtp().getPort(),
          Map.of())) {
        done = generate(app, config, organisation, smtp, started + Long.getLong("bench.generate-minutes", 25) * 60_000_000_000L);
      } finally {
        ClockUtil.reset();
      }
      if (done) {
        database.execute("consultation", "VACUUM ANALYZE");
      }
    }
    if (!done) {
      throw new IllegalStateException("The data set is not complete yet (generation stops after -Dbench.generate-minutes, "
          + "default 25, so that the build lock is not held too long): run the benchmark again to go on from " + partial);
    }
    try {
      Files.move(partial, ready);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    LOG.info("Benchmark data set generated in {} s: {}", (System.nanoTime() - started) / 1_000_000_000L, ready);
    return ready;
  }

  /** Generates what is missing; false when the time ran out first. */
  private static boolean generate(ProductContext app, BenchConfig config, GeneratedOrganisation organisation, GreenMail smtp,
      long deadline) {
    ProcessEngine engine = app.engine();
    deployCaller(engine);
    Map<String, FullRuns.Start> starts = new HashMap<>();
    for (String model : List.of("yuzhong", "haimen-seven-step", "kenli", "cangzhou", "dongcheng")) {
      FullRuns.Start start = FullRuns.firstStart(model, engine);
      starts.put(start.processKey(), start);
    }
    Clock.at(GENERATED_AT);
    TransactionTemplate transaction = new TransactionTemplate(app.bean(PlatformTransactionManager.class));
    List<GeneratedOrganisation.Community> communities = organisation.communities();
    AtomicInteger sequence = new AtomicInteger();
    // the implementation tasks of the overdue measurement first, spread over the communities
    long made = engine.getRuntimeService().createProcessInstanceQuery().processDefinitionKey(CALLER).count();
    int overdueFrom = (int) made;
    inParallel(config.overdueTasks() - overdueFrom, j -> {
      int i = overdueFrom + j;
      GeneratedOrganisation.Community community = communities.get(i % communities.size());
      ProcessInstance caller = engine.getRuntimeService().createProcessInstanceByKey(CALLER).setVariables(Map.of(
          "communityId", community.id(), "topic", "基准实施事项 " + i, "resultText", "按协商结果整治小区环境")).execute();
      Task assign = engine.getTaskService().createTaskQuery().processInstanceId(caller.getId()).singleResult();
      engine.getTaskService().complete(assign.getId(), Map.of("responsibleUnit", community.unit(),
          "completionDeadline", OVERDUE_DEADLINE));
    }, transaction, smtp);
    // then open matters of every model until the district holds the open tasks asked for
    long open = engine.getTaskService().createTaskQuery().count();
    sequence.set((int) engine.getRuntimeService().createProcessInstanceQuery().count());
    while (open < config.openTasks()) {
      if (System.nanoTime() > deadline) {
        Jobs.waitUntilDone(engine, 600);
        return false;
      }
      int round = (int) Math.min(config.openTasks() - open, 2_000);
      inParallel(round, i -> {
        int n = sequence.getAndIncrement();
        GeneratedOrganisation.Community community = communities.get(n % communities.size());
        FullRuns.Start start = starts.get(community.model());
        Map<String, Object> variables = new HashMap<>(start.variables());
        variables.put("communityId", community.id());
        ProcessInstance matter = engine.getRuntimeService().createProcessInstanceByKey(start.processKey())
            .setVariables(variables).execute();
        Date due = dueDate(n);
        if (due != null) {
          for (Task task : engine.getTaskService().createTaskQuery().processInstanceId(matter.getId()).list()) {
            task.setDueDate(due);
            engine.getTaskService().saveTask(task);
          }
        }
      }, transaction, smtp);
      open = engine.getTaskService().createTaskQuery().count();
      LOG.info("Benchmark data set: {} open tasks", open);
    }
    Jobs.waitUntilDone(engine, 600);
    return true;
  }

  /** A tenth overdue, a tenth due within two days, a fifth due later, the rest without a due date. */
  static Date dueDate(int n) {
    int slot = n % 10;
    long now = NOW.getTime();
    return switch (slot) {
      case 0 -> new Date(now - (1 + n % 240) * HOUR);
      case 1 -> new Date(now + (1 + n % 46) * HOUR);
      case 2, 3 -> new Date(now + (72 + n % 600) * HOUR);
      default -> null;
    };
  }

  interface Item {
    void make(int index);
  }

  /** Makes {@code count} items in batches of one transaction, on two threads. */
  private static void inParallel(int count, Item item, TransactionTemplate transaction, GreenMail smtp) {
    ExecutorService threads = Executors.newFixedThreadPool(2);
    AtomicInteger next = new AtomicInteger();
    List<Future<?>> running = new ArrayList<>();
    for (int t = 0; t < 2; t++) {
      running.add(threads.submit(() -> {
        for (int from = next.getAndAdd(BATCH); from < count; from = next.getAndAdd(BATCH)) {
          int first = from;
          inOneTransaction(() -> {
            for (int i = first; i < Math.min(first + BATCH, count); i++) {
              item.make(i);
            }
          }, transaction);
          if (first % 5_000 == 0) {
            DistrictBench.purge(smtp);
          }
        }
        return null;
      }));
    }
    threads.shutdown();
    try {
      for (Future<?> future : running) {
        future.get();
      }
      threads.awaitTermination(1, TimeUnit.MINUTES);
    } catch (Exception e) {
      threads.shutdownNow();
      throw new IllegalStateException("generating the data set failed", e);
    }
  }

  /**
   * One batch in one transaction, made again when it lost a race on the matter counter's rows: two threads' batches
   * number matters of the same communities in different orders (a deadlock, which one start per transaction, as the
   * product starts matters, never meets), or both insert a community's first counter row (a duplicate key, which
   * aborts the transaction on PostgreSQL).
   */
  private static void inOneTransaction(Runnable batch, TransactionTemplate transaction) {
    for (int attempt = 1; ; attempt++) {
      try {
        transaction.executeWithoutResult(status -> batch.run());
        return;
      } catch (RuntimeException e) {
        if (attempt == 5 || !lostRace(e)) {
          throw e;
        }
        LOG.info("Benchmark data set: a batch lost a race on the matter counter, made again");
      }
    }
  }

  private static boolean lostRace(Throwable e) {
    for (Throwable cause = e; cause != null; cause = cause.getCause()) {
      if (cause instanceof org.springframework.dao.PessimisticLockingFailureException
          || String.valueOf(cause.getMessage()).contains("deadlock detected")
          || String.valueOf(cause.getMessage()).contains("duplicate key value")) {
        return true;
      }
    }
    return false;
  }

  static void deployCaller(ProcessEngine engine) {
    if (engine.getRepositoryService().createProcessDefinitionQuery().processDefinitionKey(CALLER).count() > 0) {
      return;
    }
    try (InputStream in = DistrictDataSet.class.getResourceAsStream("/bpmn/" + CALLER + ".bpmn")) {
      engine.getRepositoryService().createDeployment().name(CALLER).addInputStream(CALLER + ".bpmn", in).deploy();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
