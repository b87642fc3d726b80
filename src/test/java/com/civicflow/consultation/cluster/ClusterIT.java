package com.civicflow.consultation.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Two application nodes — two JVMs of the built jar, profile "postgres" — on one real PostgreSQL 17 (embedded, as
 * PostgresIT) with one SMTP server (GreenMail):
 * <ol>
 * <li>both start at the same moment on an empty database and become healthy: Liquibase creates the schema once,
 * each diagram is deployed once, the organisation and the Tasklist filters exist once;</li>
 * <li>a 逢十议事 day (the nodes' clock reads Tuesday 10 November 2026): the schedule's timer, fired twice, starts
 * exactly one meeting per community of 垦利;</li>
 * <li>a load of consultations of every model is driven through both nodes at once over REST, each step as the
 * user whose role it is, with deadlines passing (notice periods, an overdue implementation, a lapsed legality
 * review);</li>
 * <li>in the middle of the load the SMTP server stops answering, node A is killed (kill -9) while it holds jobs,
 * and the SMTP server comes back: node B takes over A's jobs once their (shortened) lock expires;</li>
 * <li>afterwards every matter has ended as expected, once; every fired timer, escalation, supervision task and mail
 * happened exactly once; no mail is lost and none is delivered twice unless a node died in the middle of its SMTP
 * conversation (counted).</li>
 * </ol>
 * Deadlines pass by moving the due date of their timer job to now through the REST API (as an administrator can):
 * the engine clock can only be moved inside one JVM. The nodes' clock is shifted to the fixed day by a test-only
 * {@link ClusterClock} on the launcher's {@code loader.path}; the jar is the one {@code ./mvnw package} built.
 * Prints the measured figures. {@code -Dcluster-it.sets=N} runs N sets of consultations (default 2).
 */
class ClusterIT {

  static final LocalDateTime NODE_DAY = LocalDateTime.of(2026, 11, 10, 7, 30);
  static final int SETS = Integer.getInteger("cluster-it.sets", 2);
  static final Duration LOCK_TIME = Duration.ofSeconds(20);
  static final Duration SMTP_OUTAGE = Duration.ofSeconds(25);
  static final Path FOLDER = Path.of("target/cluster-it");
  static final String SCHEDULE = "kenli-regular-meeting-schedule";
  static final List<String> KENLI_COMMUNITIES = List.of("yangmiao", "dongjishequ");

  interface Drive {
    void run(Matter matter) throws Exception;
  }

  record Work(Matter matter, Drive drive) {}

  private final Map<String, Object> figures = new LinkedHashMap<>();

  @Test
  void twoNodesStartTogetherShareTheWorkAndLoseNothingWhenOneDies() throws Exception {
    long began = System.nanoTime();
    Files.createDirectories(FOLDER);
    try (EmbeddedPostgres postgres = EmbeddedPostgres.builder().start(); Mailboxes smtp = new Mailboxes()) {
      smtp.up();
      NodeClock clock = new NodeClock(NODE_DAY);
      Records db = new Records(postgres.getPostgresDatabase(), clock);
      List<Node> nodes = List.of(new Node("node-a", FOLDER), new Node("node-b", FOLDER));
      try {
        startTogether(nodes, postgres, smtp, clock);
        assertEverythingExistsOnce(db, nodes);
        Cluster cluster = new Cluster(nodes);
        Ledger ledger = new Ledger();
        List<Work> work = new ArrayList<>(regularMeetingDay(cluster, db, clock, ledger));
        work.addAll(startConsultations(cluster, clock, ledger));
        driveWithFailures(work, cluster, db, smtp, nodes.get(0), ledger);
        awaitQuiet(db);
        assertEachOnce(db, smtp, ledger, nodes.get(0));
        figures.put("REST calls (lost with the killed node)", cluster.calls.get() + " (" + cluster.lostCalls.get() + ")");
        figures.put("steps (conflicts retried, submissions lost and checked)",
            ledger.steps.get() + " (" + ledger.conflictsRetried.get() + ", " + ledger.submissionsLost.get() + ")");
      } finally {
        for (Node node : nodes) {
          node.stop();
        }
        figures.put("run time", seconds(began) + " s");
        print();
      }
    }
  }

  // --- 1. start ---------------------------------------------------------------------------------------------

  private void startTogether(List<Node> nodes, EmbeddedPostgres postgres, Mailboxes smtp, NodeClock clock) throws Exception {
    Path jar = applicationJar();
    Path loaderPath = clusterClockOnLoaderPath();
    Map<String, String> environment = Map.of(
        "POSTGRES_URL", "jdbc:postgresql://localhost:" + postgres.getPort() + "/postgres",
        "POSTGRES_USER", "postgres", "POSTGRES_PASSWORD", "",
        "CONSULTATION_ADMIN_PASSWORD", Cluster.ADMIN_PASSWORD, "CONSULTATION_DEMO_DATA", "true",
        "MAIL_HOST", "localhost", "MAIL_PORT", String.valueOf(smtp.port),
        // outlasts the SMTP outage: retried after 5, 10, 20, 30, 45 and 60 s
        "MAIL_RETRY_CYCLE", "PT5S,PT10S,PT20S,PT30S,PT45S,PT60S",
        "CONSULTATION_JOB_LOCK_TIME", String.valueOf(LOCK_TIME.toMillis()));
    // idle nodes look for jobs after 1 s, at most 2 s (production: 5 s, at most 10 s): the load waits less, nothing
    // else changes (the first must not exceed the second, or Camunda's acquisition never idles and polls non-stop)
    List<String> arguments = List.of("--camunda.bpm.job-execution.wait-time-in-millis=1000",
        "--camunda.bpm.job-execution.max-wait=2000");
    long start = System.nanoTime();
    for (Node node : nodes) {
      node.start(jar, loaderPath, clock.offset, environment, arguments);
    }
    List<Node> waiting = new ArrayList<>(nodes);
    long deadline = start + Duration.ofMinutes(5).toNanos();
    while (!waiting.isEmpty() && System.nanoTime() < deadline) {
      for (Node node : List.copyOf(waiting)) {
        assertThat(node.isAlive()).as("%s died while starting:%n%s", node, tail(node)).isTrue();
        if (node.isHealthy(java.net.http.HttpClient.newHttpClient())) {
          figures.put("healthy after start, " + node.name, seconds(start) + " s");
          waiting.remove(node);
        }
      }
      Thread.sleep(500);
    }
    for (Node node : waiting) {
      assertThat(waiting).as("%s not healthy within 5 minutes:%n%s", node, tail(node)).isEmpty();
    }
  }

  private void assertEverythingExistsOnce(Records db, List<Node> nodes) throws IOException {
    for (Node node : nodes) {
      assertThat(node.logText()).as("%s log", node).doesNotContain("APPLICATION FAILED TO START").doesNotContain("ENGINE-03017");
    }
    assertThat(db.jdbc.queryForList("SELECT tag FROM databasechangelog WHERE tag IS NOT NULL", String.class)).contains("7.24.0");
    assertThat(db.duplicates("databasechangelog", "id, author, filename")).as("changesets run twice").isEmpty();
    assertThat(db.duplicates("act_re_deployment", "name_")).as("diagrams deployed twice").isEmpty();
    assertThat(db.duplicates("act_ru_filter", "name_")).as("Tasklist filters created twice").isEmpty();
    assertThat(db.count("SELECT COUNT(*) FROM act_ru_filter")).isEqualTo(4);
    assertThat(db.duplicates("act_re_procdef", "key_, version_")).isEmpty();
    assertThat(db.count("SELECT COUNT(*) FROM act_ru_job WHERE handler_type_ = 'timer-start-event'"))
        .as("one timer per platform schedule (kenli-regular-meeting-schedule, starters-sync)").isEqualTo(2);
    assertThat(db.count("SELECT COUNT(*) FROM act_id_user WHERE id_ = 'admin'")).isOne();
    figures.put("deployments, users, tenants, authorizations", db.count("SELECT COUNT(*) FROM act_re_deployment") + ", "
        + db.count("SELECT COUNT(*) FROM act_id_user") + ", " + db.count("SELECT COUNT(*) FROM act_id_tenant") + ", "
        + db.count("SELECT COUNT(*) FROM act_ru_authorization"));
  }

  // --- 2. 逢十议事 ---------------------------------------------------------------------------------------------

  private List<Work> regularMeetingDay(Cluster cluster, Records db, NodeClock clock, Ledger ledger) throws Exception {
    for (int run = 1; run <= 2; run++) {
      String timer = cluster.get(Cluster.ADMIN, "/job?timers=true&processDefinitionKey=" + SCHEDULE).get(0).get("id").asText();
      Cluster.Response moved = cluster.put(Cluster.ADMIN, "/job/" + timer + "/duedate",
          Map.of("duedate", NodeClock.rest(new Date(clock.now().getTime() - 1000)), "cascade", false));
      assertThat(moved.ok()).as(moved.body()).isTrue();
      int runs = run;
      await("逢十议事 run " + run, Duration.ofSeconds(90), () -> db.count(
          "SELECT COUNT(*) FROM act_hi_procinst WHERE proc_def_key_ = ? AND state_ = 'COMPLETED'", SCHEDULE) == runs);
    }
    List<Work> meetings = new ArrayList<>();
    for (String community : KENLI_COMMUNITIES) {
      List<Map<String, Object>> started = db.jdbc.queryForList("SELECT id_, business_key_ FROM act_hi_procinst "
          + "WHERE proc_def_key_ = 'kenli-regular-meeting' AND tenant_id_ = ?", community);
      assertThat(started).as("逢十议事会 of %s on 10 November, two runs of the schedule", community).hasSize(1);
      Matter meeting = new Matter("逢十议事", cluster, ledger, clock)
          .existing((String) started.get(0).get("business_key_"), (String) started.get(0).get("id_"));
      meetings.add(new Work(meeting, m -> m.complete(community + "-secretary", "Task_HoldRegularMeeting",
          Map.of("regularMeetingAttendance", 15, "regularMeetingMinutes", "研究本旬征集的议题"))));
    }
    assertThat(db.count("SELECT COUNT(*) FROM act_ru_job WHERE process_def_key_ = ? AND duedate_ > ?", SCHEDULE, clock.timestamp()))
        .as("next morning's timer, once").isOne();
    figures.put("逢十议事: schedule runs, meetings started", "2, " + meetings.size() + " (one per community)");
    return meetings;
  }

  // --- 3. load ----------------------------------------------------------------------------------------------

  /** Starts every consultation of the load (one after another, each on the next node), to be driven at once. */
  private List<Work> startConsultations(Cluster cluster, NodeClock clock, Ledger ledger) throws Exception {
    List<Work> work = new ArrayList<>();
    for (int set = 0; set < SETS; set++) {
      boolean provoke = set % 2 == 0;
      Matter yuzhong = new Matter("渝中 6+5", cluster, ledger, clock);
      Consultations.yuzhong(yuzhong);
      work.add(new Work(yuzhong, m -> Consultations.driveYuzhong(m, provoke)));
      if (provoke) {
        ledger.overdue.add(yuzhong.businessKey);
      }
      Matter kenli = new Matter("垦利 八步", cluster, ledger, clock);
      Consultations.kenli(kenli);
      work.add(new Work(kenli, m -> Consultations.driveKenli(m, provoke)));
      if (provoke) {
        ledger.reviewEscalated.add(kenli.businessKey);
      }
      Matter cangzhou = new Matter("沧州 八步", cluster, ledger, clock);
      Consultations.cangzhou(cangzhou);
      work.add(new Work(cangzhou, Consultations::driveCangzhou));
      Matter haimen = new Matter("海门 七步", cluster, ledger, clock);
      Consultations.haimen(haimen);
      work.add(new Work(haimen, Consultations::driveHaimen));
      Matter dongcheng = new Matter("东城", cluster, ledger, clock);
      Consultations.dongcheng(dongcheng);
      work.add(new Work(dongcheng, Consultations::driveDongcheng));
      if (set == 0) {
        Matter election = new Matter("海门 理事会选举", cluster, ledger, clock);
        Consultations.councilElection(election);
        work.add(new Work(election, Consultations::driveCouncilElection));
      }
    }
    return work;
  }

  /**
   * Drives every matter in a thread of its own. Once a third of the steps is done and mail has been flowing (sent
   * from both nodes), the SMTP server stops
   * answering; as soon as node A holds jobs it is killed; the SMTP server comes back after the outage.
   */
  private void driveWithFailures(List<Work> work, Cluster cluster, Records db, Mailboxes smtp, Node victim, Ledger ledger)
      throws Exception {
    ExecutorService users = Executors.newFixedThreadPool(work.size());
    try {
      List<Future<?>> running = new ArrayList<>();
      for (Work w : work) {
        running.add(users.submit(() -> {
          w.drive().run(w.matter());
          return null;
        }));
      }
      await("a third of the load, mail flowing", Duration.ofMinutes(3), () -> ledger.steps.get() >= 50 && db.sentMail() >= 20
          || running.stream().allMatch(Future::isDone));
      figures.put("before the failures: steps, mails sent, jobs run per node", ledger.steps.get() + ", " + db.sentMail() + ", "
          + db.jobsPerNode());
      for (Future<?> done : running.stream().filter(Future::isDone).toList()) {
        done.get(); // a matter that failed already fails the test with its own message
      }
      assertThat(running.stream().filter(f -> !f.isDone()).count()).as("matters still under way when the failures begin")
          .isGreaterThan(work.size() / 2);
      long smtpDown = System.nanoTime();
      smtp.down();
      await("node A holding jobs", Duration.ofSeconds(60), () -> !db.lockedBy(victim).isEmpty());
      long killed = System.nanoTime();
      victim.killHard();
      // what the dead node still holds: jobs locked in its name, which only the lock's expiry can free
      List<String> locked = db.ownedBy(victim);
      assertThat(locked).as("jobs node A held when it died").isNotEmpty();
      figures.put("jobs node A held when killed (lock time)", locked.size() + " (" + LOCK_TIME.toSeconds() + " s)");
      boolean smtpBack = false;
      long takenOver = 0;
      while (!smtpBack || takenOver == 0) {
        if (!smtpBack && System.nanoTime() - smtpDown >= SMTP_OUTAGE.toNanos()) {
          smtp.back();
          smtpBack = true;
          figures.put("SMTP unanswered for", seconds(smtpDown) + " s");
        }
        if (takenOver == 0 && db.stillOwnedBy(victim, locked) == 0) {
          takenOver = System.nanoTime();
          figures.put("takeover of node A's jobs by node B after the kill", String.format("%.1f s", (takenOver - killed) / 1e9));
        }
        assertThat(System.nanoTime() - killed).as("node A's jobs taken over").isLessThan(Duration.ofMinutes(3).toNanos());
        Thread.sleep(250);
      }
      for (Future<?> matter : running) {
        matter.get(10, TimeUnit.MINUTES);
      }
    } finally {
      users.shutdownNow();
    }
  }

  private void awaitQuiet(Records db) throws InterruptedException {
    try {
      await("all due jobs run and all mail sent", Duration.ofMinutes(4), () -> db.dueJobs() == 0 && db.unsentMail() == 0);
    } catch (AssertionError e) {
      throw new AssertionError(e.getMessage() + "\n" + db.pending(), e);
    }
  }

  // --- 4. exactly once ----------------------------------------------------------------------------------------

  private void assertEachOnce(Records db, Mailboxes smtp, Ledger ledger, Node victim) throws Exception {
    Map<String, Integer> perModel = new LinkedHashMap<>();
    for (Ledger.Started matter : ledger.matters) {
      perModel.merge(matter.model(), 1, Integer::sum);
      assertThat(db.state(matter.processInstanceId())).as("%s %s ended", matter.model(), matter.businessKey()).isEqualTo("COMPLETED");
      assertThat(db.count("SELECT COUNT(*) FROM act_hi_procinst WHERE business_key_ = ? AND super_process_instance_id_ IS NULL",
          matter.businessKey())).as("%s started once", matter.businessKey()).isOne();
    }
    assertThat(db.count("SELECT COUNT(*) FROM act_ru_execution")).as("no matter stuck").isZero();
    assertThat(db.count("SELECT COUNT(*) FROM cc_matter_file")).as("each ended matter filed once (一事一档)")
        .isEqualTo(ledger.matters.size());

    for (Ledger.Fired timer : ledger.timers) {
      assertThat(db.successfulRuns(timer.jobId())).as("timer %s of %s ran", timer.activityId(), timer.businessKey()).isOne();
      assertThat(db.count("SELECT COUNT(*) FROM act_ru_job WHERE id_ = ?", timer.jobId())).isZero();
    }
    for (Ledger.Started matter : ledger.matters) {
      String key = matter.businessKey();
      int overdue = ledger.overdue.contains(key) ? 1 : 0;
      assertThat(db.activityRuns(key, "Task_RemindImplementation")).as("%s reminders", key).isEqualTo(overdue);
      assertThat(db.activityRuns(key, "Task_EscalateImplementation")).as("%s escalation rounds", key).isEqualTo(overdue);
      assertThat(db.tasks(key, "Task_SuperviseImplementation")).as("%s supervision tasks", key).isEqualTo(overdue);
      assertThat(db.incidents(key, "overdue")).as("%s overdue incidents", key).isEqualTo(overdue);
      assertThat(db.mails(key, "implementation-reminder")).as("%s reminder mails", key).isEqualTo(overdue);
      assertThat(db.mails(key, "implementation-overdue")).as("%s overdue mails", key).isEqualTo(overdue);
      int lapsed = ledger.reviewEscalated.contains(key) ? 1 : 0;
      assertThat(db.activityRuns(key, "Task_EscalateOverdueToDistrict")).as("%s review escalations", key).isEqualTo(lapsed);
      assertThat(db.tasks(key, "Task_DistrictReview")).as("%s district reviews", key).isEqualTo(lapsed);
      assertThat(db.mails(key, "legality-review-overdue")).as("%s review overdue mails", key).isEqualTo(lapsed);
    }
    assertThat(db.jdbc.queryForList("SELECT job_id_ FROM act_hi_job_log WHERE job_state_ = 2 GROUP BY job_id_ "
        + "HAVING COUNT(*) > 1", String.class)).as("jobs that ran to the end twice").isEmpty();
    assertThat(db.count("SELECT COUNT(*) FROM act_ru_incident")).as("open incidents").isZero();
    assertThat(db.count("SELECT COUNT(*) FROM act_ru_job WHERE lock_owner_ LIKE ?", victim.name + "#%"))
        .as("jobs still locked by the dead node").isZero();

    Map<String, Integer> delivered = smtp.deliveriesByMessageId();
    int missing = 0;
    int duplicates = 0;
    List<Map<String, Object>> outbox = db.jdbc.queryForList("SELECT id_, recipients_ FROM cc_mail_outbox");
    for (Map<String, Object> message : outbox) {
      int recipients = ((String) message.get("recipients_")).split(",").length;
      int copies = delivered.getOrDefault("<" + message.get("id_") + "@civicflow.example>", 0);
      missing += Math.max(0, recipients - copies);
      duplicates += Math.max(0, copies - recipients);
    }
    int interrupted = db.count("SELECT COALESCE(SUM(interrupted_), 0) FROM cc_mail_outbox");
    int attempts = db.count("SELECT COALESCE(SUM(attempts_), 0) FROM cc_mail_outbox");
    assertThat(missing).as("mail lost").isZero();
    assertThat(duplicates).as("mail delivered twice, beyond sends interrupted by the kill").isLessThanOrEqualTo(interrupted);
    assertThat(smtp.deliveries()).isEqualTo(outbox.stream()
        .mapToInt(m -> ((String) m.get("recipients_")).split(",").length).sum() + duplicates);

    figures.put("matters per model", perModel);
    figures.put("timers fired (notice periods, deadlines), overdue matters, lapsed reviews",
        ledger.timers.size() + ", " + ledger.overdue.size() + ", " + ledger.reviewEscalated.size());
    figures.put("jobs run per node (succeeded / failed)", db.jobsPerNode());
    figures.put("failed job runs: optimistic locking conflicts", db.optimisticLockingFailures());
    figures.put("mail: messages, deliveries, attempts", outbox.size() + ", " + smtp.deliveries() + ", " + attempts);
    figures.put("mail: attempts cut off by the kill, of them delivered twice", interrupted + ", " + duplicates);
  }

  // --- helpers ----------------------------------------------------------------------------------------------

  private static Path applicationJar() throws IOException {
    try (Stream<Path> files = Files.list(Path.of("target"))) {
      return files.filter(p -> p.getFileName().toString().matches("community-consultation-.*\\.jar")).findFirst()
          .orElseThrow(() -> new IllegalStateException("target/community-consultation-*.jar missing: run ./mvnw verify (package)"));
    }
  }

  /** A folder for Spring Boot's loader.path holding ClusterClock and a spring.factories naming it. */
  private static Path clusterClockOnLoaderPath() throws IOException {
    Path loader = FOLDER.resolve("loader");
    String classFile = ClusterClock.class.getName().replace('.', '/') + ".class";
    Files.createDirectories(loader.resolve(classFile).getParent());
    try (InputStream in = ClusterClock.class.getClassLoader().getResourceAsStream(classFile)) {
      Files.copy(in, loader.resolve(classFile), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
    }
    Files.createDirectories(loader.resolve("META-INF"));
    Files.writeString(loader.resolve("META-INF/spring.factories"),
        "org.springframework.boot.env.EnvironmentPostProcessor=" + ClusterClock.class.getName() + "\n");
    return loader;
  }

  private static void await(String what, Duration timeout, BooleanSupplier condition) throws InterruptedException {
    long deadline = System.nanoTime() + timeout.toNanos();
    while (!condition.getAsBoolean()) {
      if (System.nanoTime() > deadline) {
        throw new AssertionError("not within " + timeout.toSeconds() + " s: " + what);
      }
      Thread.sleep(250);
    }
  }

  private static String tail(Node node) {
    try {
      String log = node.logText();
      return log.substring(Math.max(0, log.length() - 6000));
    } catch (IOException e) {
      return e.toString();
    }
  }

  private static long seconds(long since) {
    return TimeUnit.NANOSECONDS.toSeconds(System.nanoTime() - since);
  }

  private void print() {
    StringBuilder out = new StringBuilder("\n===== ClusterIT: two nodes on one PostgreSQL — measured =====\n");
    figures.forEach((name, value) -> out.append(String.format("%-75s %s%n", name, value)));
    System.out.println(out);
  }
}
