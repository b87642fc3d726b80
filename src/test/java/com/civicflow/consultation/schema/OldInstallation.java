package com.civicflow.consultation.schema;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Year;
import java.time.ZoneId;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngineConfiguration;
import org.camunda.bpm.model.bpmn.Bpmn;

/**
 * A database as the product left it before its schema came from Liquibase: the engine created its tables itself
 * ({@code databaseSchemaUpdate=true}), the application created its own with {@code CREATE TABLE IF NOT EXISTS}
 * (the statements below are those of that version), and both hold data — a matter waiting at a task (its candidate
 * holding the engine's default UPDATE grant on it), the counter
 * that gave it number 7, a sent mail, a filed matter.
 */
final class OldInstallation {

  static final String MATTER = "MINZULU-" + year() + "-0007";
  static final String PROCESS = "old-installation-matter";
  static final String TASK = "Task_WaitingSinceTheUpgrade";
  static final String CANDIDATE = "minzulu-staff";

  private OldInstallation() {}

  static void create(String jdbcUrl, String user, String password) {
    ProcessEngine engine = ProcessEngineConfiguration.createStandaloneProcessEngineConfiguration()
        .setJdbcUrl(jdbcUrl).setJdbcUsername(user).setJdbcPassword(password)
        .setDatabaseSchemaUpdate(ProcessEngineConfiguration.DB_SCHEMA_UPDATE_TRUE)
        .setHistory(ProcessEngineConfiguration.HISTORY_FULL).setJobExecutorActivate(false)
        // as the product ran: authorizations on, so the waiting task's candidate got the engine's default grant
        // on it (UPDATE, before the product switched to TASK_WORK)
        .setAuthorizationEnabled(true)
        .setProcessEngineName("old-installation")
        .buildProcessEngine();
    try {
      engine.getRepositoryService().createDeployment().addModelInstance(PROCESS + ".bpmn",
          Bpmn.createExecutableProcess(PROCESS).camundaHistoryTimeToLive(3650)
              .startEvent().userTask(TASK).name("升级前就在办理的任务").camundaCandidateUsers(CANDIDATE).endEvent().done()).deploy();
      engine.getRuntimeService().startProcessInstanceByKey(PROCESS, MATTER);
    } finally {
      engine.close();
    }
    try (Connection connection = DriverManager.getConnection(jdbcUrl, user, password);
        Statement sql = connection.createStatement()) {
      sql.execute("CREATE TABLE IF NOT EXISTS cc_matter_counter ("
          + "scope_ VARCHAR(100) NOT NULL PRIMARY KEY, last_value_ INTEGER NOT NULL)");
      sql.execute("CREATE TABLE IF NOT EXISTS cc_mail_outbox ("
          + "id_ VARCHAR(64) NOT NULL PRIMARY KEY, matter_ VARCHAR(100), proc_inst_id_ VARCHAR(64), "
          + "template_ VARCHAR(100) NOT NULL, recipients_ VARCHAR(4000) NOT NULL, subject_ VARCHAR(1000) NOT NULL, "
          + "body_ VARCHAR(100000) NOT NULL, created_ TIMESTAMP NOT NULL, sent_ TIMESTAMP)");
      sql.execute("CREATE TABLE IF NOT EXISTS cc_matter_file ("
          + "process_instance_id_ VARCHAR(64) NOT NULL PRIMARY KEY, matter_number_ VARCHAR(100), "
          + "tenant_id_ VARCHAR(64), process_key_ VARCHAR(255), topic_ VARCHAR(1000), filed_at_ TIMESTAMP NOT NULL, "
          + "content_ TEXT NOT NULL)");
      sql.execute("CREATE INDEX IF NOT EXISTS cc_matter_file_number ON cc_matter_file (matter_number_)");
      sql.execute("INSERT INTO cc_matter_counter VALUES ('minzulu/" + year() + "', 7)");
      sql.execute("INSERT INTO cc_mail_outbox VALUES ('old-mail', '" + MATTER + "', NULL, 'task-assigned', "
          + "'minzulu-staff@demo.civicflow.example', '【社区协商】待办', '正文', CURRENT_TIMESTAMP, CURRENT_TIMESTAMP)");
      sql.execute("INSERT INTO cc_matter_file VALUES ('old-instance', 'MINZULU-2025-0001', 'minzulu', 'yuzhong-six-plus-five', "
          + "'去年的事项', CURRENT_TIMESTAMP, '{}')");
    } catch (SQLException e) {
      throw new IllegalStateException("the old installation's tables could not be created", e);
    }
  }

  static int year() {
    return Year.now(ZoneId.of("Asia/Shanghai")).getValue();
  }
}
