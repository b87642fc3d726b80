package com.civicflow.consultation.cluster;

import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.springframework.jdbc.core.JdbcTemplate;

/** What the shared PostgreSQL database says: the counts the test holds against what the load expects. */
final class Records {

  final JdbcTemplate jdbc;
  private final NodeClock clock;

  Records(DataSource dataSource, NodeClock clock) {
    this.jdbc = new JdbcTemplate(dataSource);
    this.clock = clock;
  }

  int count(String sql, Object... arguments) {
    Integer count = jdbc.queryForObject(sql, Integer.class, arguments);
    return count == null ? 0 : count;
  }

  /** Rows that occur more than once where the schema or the start-up should have made one. */
  List<Map<String, Object>> duplicates(String table, String columns) {
    return jdbc.queryForList("SELECT " + columns + ", COUNT(*) AS n FROM " + table + " GROUP BY " + columns + " HAVING COUNT(*) > 1");
  }

  /** The jobs a node holds a live lock on (its lock owner starts with the node's name). */
  List<String> lockedBy(Node node) {
    return jdbc.queryForList("SELECT id_ FROM act_ru_job WHERE lock_owner_ LIKE ? AND lock_exp_time_ > ?", String.class,
        node.name + "#%", clock.timestamp());
  }

  /** Every job locked in the node's name, expired or not. */
  List<String> ownedBy(Node node) {
    return jdbc.queryForList("SELECT id_ FROM act_ru_job WHERE lock_owner_ LIKE ?", String.class, node.name + "#%");
  }

  /** Of these jobs, those still locked in the name of the node (expired or not): not yet taken over. */
  int stillOwnedBy(Node node, List<String> jobIds) {
    if (jobIds.isEmpty()) {
      return 0;
    }
    String marks = String.join(",", java.util.Collections.nCopies(jobIds.size(), "?"));
    Object[] arguments = new Object[jobIds.size() + 1];
    arguments[0] = node.name + "#%";
    for (int i = 0; i < jobIds.size(); i++) {
      arguments[i + 1] = jobIds.get(i);
    }
    return count("SELECT COUNT(*) FROM act_ru_job WHERE lock_owner_ LIKE ? AND id_ IN (" + marks + ")", arguments);
  }

  /** Jobs that should run now (due, retries left) — including mail waiting for its next retry. */
  int dueJobs() {
    return count("SELECT COUNT(*) FROM act_ru_job WHERE retries_ > 0 AND suspension_state_ = 1 "
        + "AND (duedate_ IS NULL OR duedate_ <= ?)", clock.timestamp());
  }

  /** What is still to do, for a failure message. */
  String pending() {
    return "due jobs " + jdbc.queryForList("SELECT id_, handler_type_, lock_owner_, lock_exp_time_, retries_, duedate_, "
        + "exception_msg_ FROM act_ru_job WHERE retries_ > 0 AND (duedate_ IS NULL OR duedate_ <= ?)", clock.timestamp())
        + "\nunsent mail " + jdbc.queryForList("SELECT id_, matter_, template_, attempts_, attempt_started_ "
        + "FROM cc_mail_outbox WHERE sent_ IS NULL");
  }

  int sentMail() {
    return count("SELECT COUNT(*) FROM cc_mail_outbox WHERE sent_ IS NOT NULL");
  }

  int unsentMail() {
    return count("SELECT COUNT(*) FROM cc_mail_outbox WHERE sent_ IS NULL");
  }

  /** Executions of an activity in the matter (any of its process instances, called ones included). */
  int activityRuns(String businessKey, String activityId) {
    return count("SELECT COUNT(*) FROM act_hi_actinst a JOIN act_hi_procinst p ON a.proc_inst_id_ = p.id_ "
        + "WHERE p.business_key_ = ? AND a.act_id_ = ?", businessKey, activityId);
  }

  /** How often a job ran to the end (job log); a timer fires once, then its job is gone. */
  int successfulRuns(String jobId) {
    return count("SELECT COUNT(*) FROM act_hi_job_log WHERE job_id_ = ? AND job_state_ = 2", jobId);
  }

  int tasks(String businessKey, String taskKey) {
    return count("SELECT COUNT(*) FROM act_hi_taskinst t JOIN act_hi_procinst p ON t.proc_inst_id_ = p.id_ "
        + "WHERE p.business_key_ = ? AND t.task_def_key_ = ?", businessKey, taskKey);
  }

  /** Incidents raised in the matter, each counted where it arose (not again as the cause shown on its callers). */
  int incidents(String businessKey, String type) {
    return count("SELECT COUNT(*) FROM act_hi_incident i JOIN act_hi_procinst p ON i.proc_inst_id_ = p.id_ "
        + "WHERE p.business_key_ = ? AND i.incident_type_ = ? AND i.id_ = i.root_cause_incident_id_", businessKey, type);
  }

  int mails(String businessKey, String template) {
    return count("SELECT COUNT(*) FROM cc_mail_outbox WHERE matter_ = ? AND template_ = ?", businessKey, template);
  }

  String state(String processInstanceId) {
    List<String> states = jdbc.queryForList("SELECT state_ FROM act_hi_procinst WHERE id_ = ?", String.class, processInstanceId);
    return states.isEmpty() ? "MISSING" : states.get(0);
  }

  /** Successful and failed job executions per node (the engine's host name, set to the node name). */
  List<Map<String, Object>> jobsPerNode() {
    return jdbc.queryForList("SELECT hostname_ AS node, SUM(CASE WHEN job_state_ = 2 THEN 1 ELSE 0 END) AS succeeded, "
        + "SUM(CASE WHEN job_state_ = 1 THEN 1 ELSE 0 END) AS failed FROM act_hi_job_log GROUP BY hostname_ ORDER BY hostname_");
  }

  int optimisticLockingFailures() {
    return count("SELECT COUNT(*) FROM act_hi_job_log WHERE job_state_ = 1 AND job_exception_msg_ LIKE '%OptimisticLocking%'");
  }
}
