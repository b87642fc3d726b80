package com.civicflow.consultation.schema;

import static org.assertj.core.api.Assertions.assertThat;

import com.civicflow.consultation.matter.MatterNumbers;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.authorization.TaskPermissions;
import org.camunda.bpm.engine.task.Task;
import org.springframework.jdbc.core.JdbcTemplate;

/** What a started application must have made of an {@link OldInstallation}: the same checks on H2 and PostgreSQL. */
final class AdoptedSchema {

  private AdoptedSchema() {}

  static void assertAdopted(JdbcTemplate jdbc, ProcessEngine engine, MatterNumbers numbers) {
    // Camunda's changesets are on record up to the engine's version, none of them run again
    List<Map<String, Object>> camunda = jdbc.queryForList("SELECT id, exectype, tag FROM databasechangelog WHERE filename = ?",
        SchemaAdoption.CAMUNDA_CHANGELOG);
    assertThat(camunda).hasSize(18).allSatisfy(row -> assertThat(row.get("exectype")).isEqualTo("EXECUTED"));
    assertThat(camunda).extracting(row -> row.get("tag")).contains("7.16.0", "7.24.0");
    // our tables were there: adopted as they are; what is new was added
    assertThat(exectypes(jdbc)).containsEntry("cc_matter_counter", "MARK_RAN").containsEntry("cc_mail_outbox", "MARK_RAN")
        .containsEntry("cc_matter_file", "MARK_RAN").containsEntry("cc_mail_outbox-attempts", "EXECUTED")
        .containsEntry("cc_idx_job_acquisition", "EXECUTED").containsEntry("cc_stat_matter", "EXECUTED")
        .containsEntry("task-authorizations-task-work", "EXECUTED");

    // nothing was lost: the matter still waits at its task and can go on, numbering goes on, mail and files stay
    Task task = engine.getTaskService().createTaskQuery().processInstanceBusinessKey(OldInstallation.MATTER).singleResult();
    assertThat(task.getTaskDefinitionKey()).isEqualTo(OldInstallation.TASK);
    // its candidate now works it (TASK_WORK) and can no longer rewrite its variables (UPDATE)
    Authorization grant = engine.getAuthorizationService().createAuthorizationQuery().resourceType(Resources.TASK)
        .resourceId(task.getId()).userIdIn(OldInstallation.CANDIDATE).singleResult();
    assertThat(grant.isPermissionGranted(TaskPermissions.TASK_WORK)).isTrue();
    assertThat(grant.isPermissionGranted(Permissions.UPDATE)).isFalse();
    assertThat(grant.isPermissionGranted(Permissions.READ)).isTrue();
    engine.getTaskService().complete(task.getId());
    assertThat(engine.getHistoryService().createHistoricProcessInstanceQuery().processInstanceBusinessKey(OldInstallation.MATTER)
        .singleResult().getState()).isEqualTo("COMPLETED");
    assertThat(numbers.next("minzulu")).isEqualTo("MINZULU-" + OldInstallation.year() + "-0008");
    assertThat(jdbc.queryForMap("SELECT sent_, attempts_, interrupted_ FROM cc_mail_outbox WHERE id_ = 'old-mail'"))
        .containsEntry("attempts_", 0).containsEntry("interrupted_", 0).extractingByKey("sent_").isNotNull();
    assertThat(jdbc.queryForObject("SELECT topic_ FROM cc_matter_file WHERE process_instance_id_ = 'old-instance'", String.class))
        .isEqualTo("去年的事项");
  }

  private static Map<String, Object> exectypes(JdbcTemplate jdbc) {
    Map<String, Object> byId = new java.util.HashMap<>();
    jdbc.queryForList("SELECT id, exectype FROM databasechangelog WHERE author = 'civicflow'")
        .forEach(row -> byId.put((String) row.get("id"), row.get("exectype")));
    return byId;
  }
}
