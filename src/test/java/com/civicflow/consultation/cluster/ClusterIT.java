package com.civicflow.consultation.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
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

  private final Figures figures = new Figures();

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
        Launch.startTogether(nodes, FOLDER, postgres, smtp, clock, LOCK_TIME, figures);
        ExactlyOnce once = new ExactlyOnce(db, figures);
        once.afterStart(nodes);
        Cluster cluster = new Cluster(nodes);
        Ledger ledger = new Ledger();
        List<Work> work = new ArrayList<>(regularMeetingDay(cluster, db, clock, ledger));
        work.addAll(startConsultations(cluster, clock, ledger));
        driveWithFailures(work, cluster, db, smtp, nodes.get(0), ledger);
        awaitQuiet(db);
        once.afterLoad(smtp, ledger, nodes.get(0));
        figures.put("REST calls (lost with the killed node)", cluster.calls.get() + " (" + cluster.lostCalls.get() + ")");
        figures.put("steps (conflicts retried, submissions lost and checked)",
            ledger.steps.get() + " (" + ledger.conflictsRetried.get() + ", " + ledger.submissionsLost.get() + ")");
      } finally {
        for (Node node : nodes) {
          node.stop();
        }
        figures.put("run time", Figures.seconds(began) + " s");
        figures.print();
      }
    }
  }

  // --- 2. 逢十议事 ---------------------------------------------------------------------------------------------

  private List<Work> regularMeetingDay(Cluster cluster, Records db, NodeClock clock, Ledger ledger) throws Exception {
    for (int run = 1; run <= 2; run++) {
      String timer = cluster.get(Cluster.ADMIN, "/job?timers=true&processDefinitionKey=" + SCHEDULE).get(0).get("id").asText();
      Cluster.Response moved = cluster.put(Cluster.ADMIN, "/job/" + timer + "/duedate",
          Map.of("duedate", NodeClock.rest(new Date(clock.now().getTime() - 1000)), "cascade", false));
      assertThat(moved.ok()).as(moved.body()).isTrue();
      int runs = run;
      Figures.await("逢十议事 run " + run, Duration.ofSeconds(90), () -> db.count(
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
      Figures.await("a third of the load, mail flowing", Duration.ofMinutes(3), () -> ledger.steps.get() >= 50 && db.sentMail() >= 20
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
      Figures.await("node A holding jobs", Duration.ofSeconds(60), () -> !db.lockedBy(victim).isEmpty());
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
          figures.put("SMTP unanswered for", Figures.seconds(smtpDown) + " s");
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
      Figures.await("all due jobs run and all mail sent", Duration.ofMinutes(4), () -> db.dueJobs() == 0 && db.unsentMail() == 0);
    } catch (AssertionError e) {
      throw new AssertionError(e.getMessage() + "\n" + db.pending(), e);
    }
  }

}
