package com.civicflow.consultation.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The checks of ClusterIT that something happened once: after the concurrent start, and after the load. */
final class ExactlyOnce {

  private final Records db;
  private final Figures figures;

  ExactlyOnce(Records db, Figures figures) {
    this.db = db;
    this.figures = figures;
  }

  /** Both nodes started on an empty database: the schema, deployments, organisation and filters exist once. */
  void afterStart(List<Node> nodes) throws IOException {
    for (Node node : nodes) {
      assertThat(node.logText()).as("%s log", node).doesNotContain("APPLICATION FAILED TO START").doesNotContain("ENGINE-03017");
    }
    assertThat(db.jdbc.queryForList("SELECT tag FROM databasechangelog WHERE tag IS NOT NULL", String.class)).contains("7.24.0");
    assertThat(db.duplicates("databasechangelog", "id, author, filename")).as("changesets run twice").isEmpty();
    assertThat(db.duplicates("act_re_deployment", "name_")).as("diagrams deployed twice").isEmpty();
    assertThat(db.duplicates("act_ru_filter", "name_")).as("Tasklist filters created twice").isEmpty();
    assertThat(db.count("SELECT COUNT(*) FROM act_ru_filter")).isEqualTo(5); // the four shared ones and 东城 协商进展
    assertThat(db.duplicates("act_re_procdef", "key_, version_")).isEmpty();
    assertThat(db.count("SELECT COUNT(*) FROM act_ru_job WHERE handler_type_ = 'timer-start-event'"))
        .as("one timer per platform schedule (kenli-regular-meeting-schedule, yuzhong-monthly-meeting-schedule, starters-sync)")
        .isEqualTo(3);
    assertThat(db.count("SELECT COUNT(*) FROM act_id_user WHERE id_ = 'admin'")).isOne();
    figures.put("deployments, users, tenants, authorizations", db.count("SELECT COUNT(*) FROM act_re_deployment") + ", "
        + db.count("SELECT COUNT(*) FROM act_id_user") + ", " + db.count("SELECT COUNT(*) FROM act_id_tenant") + ", "
        + db.count("SELECT COUNT(*) FROM act_ru_authorization"));
  }

  /** After the load, the failures and the quiet: everything the ledger expects happened exactly once. */
  void afterLoad(Mailboxes smtp, Ledger ledger, Node victim) throws Exception {
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

}
