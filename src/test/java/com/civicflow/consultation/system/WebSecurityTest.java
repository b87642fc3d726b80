package com.civicflow.consultation.system;

import static org.assertj.core.api.Assertions.assertThat;

import com.civicflow.consultation.TestProcesses;
import com.civicflow.consultation.WebappSession;
import com.civicflow.consultation.matter.TaskCard;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

/** The REST API and the webapps on the real server: authentication, tenant isolation, application access. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@ExtendWith(OutputCaptureExtension.class)
class WebSecurityTest {

  @LocalServerPort int port;
  @Autowired ProcessEngine engine;

  private final HttpClient http = HttpClient.newHttpClient();

  @Test
  void restWithoutCredentialsGets401() throws Exception {
    assertThat(get("/engine-rest/task", null).statusCode()).isEqualTo(401);
    assertThat(get("/engine-rest/process-definition", null).statusCode()).isEqualTo(401);
    // a user nobody else in this class logs in as: a failed login delays that user's next attempt
    assertThat(get("/engine-rest/task", basic("chaodong-grid", "wrong")).statusCode()).isEqualTo(401);
  }

  @Test
  void restEnforcesTenantIsolation() throws Exception {
    // given a task in 民族路社区
    TestProcesses.deploy(engine, TestProcesses.oneTask());
    String pi = engine.getRuntimeService()
        .startProcessInstanceByKey(TestProcesses.ONE_TASK, Map.of("communityId", "minzulu")).getId();
    String taskId = engine.getTaskService().createTaskQuery().processInstanceId(pi).singleResult().getId();

    // then staff of 较场口社区 neither see nor complete it
    String other = basic("jiaochangkou-staff", "demo");
    String ofThisMatter = "/engine-rest/task?processInstanceId=" + pi;
    assertThat(get(ofThisMatter, other).body()).doesNotContain(taskId);
    assertThat(get("/engine-rest/task/" + taskId, other).statusCode()).isEqualTo(404);
    assertThat(post("/engine-rest/task/" + taskId + "/complete", other, "{}").statusCode()).isBetween(400, 599);
    assertThat(engine.getTaskService().createTaskQuery().taskId(taskId).count()).isOne();

    // and staff of 民族路社区 do
    String own = basic("minzulu-staff", "demo");
    assertThat(get(ofThisMatter, own).body()).contains(taskId);
    assertThat(post("/engine-rest/task/" + taskId + "/complete", own, "{}").statusCode()).isEqualTo(204);
  }

  @Test
  void candidatesWorkTheirTaskButCannotRewriteItsVariablesPastTheFormChecks() throws Exception {
    // given a task of 民族路社区 whose form requires an opinion (checked when it is completed)
    TestProcesses.deploy(engine, TestProcesses.validatedTask());
    String pi = engine.getRuntimeService()
        .startProcessInstanceByKey(TestProcesses.VALIDATED, Map.of("communityId", "minzulu")).getId();
    String taskId = engine.getTaskService().createTaskQuery().processInstanceId(pi).singleResult().getId();
    String own = basic("minzulu-staff", "demo");
    String variables = "{\"modifications\":{\"communityId\":{\"value\":\"lijing\"},\"overdue\":{\"value\":true}}}";

    // when a candidate writes the matter's variables directly, by task or task-local
    int byTask = post("/engine-rest/task/" + taskId + "/variables", own, variables).statusCode();
    int local = post("/engine-rest/task/" + taskId + "/localVariables", own, variables).statusCode();

    // then the side door is shut and nothing changed
    assertThat(byTask).isEqualTo(403);
    assertThat(local).isEqualTo(403);
    assertThat(engine.getRuntimeService().getVariables(pi)).containsEntry("communityId", "minzulu").containsEntry("overdue", false);
    assertThat(engine.getTaskService().getVariablesLocal(taskId)).as("only the card's own copies (TaskCard)")
        .containsOnlyKeys(TaskCard.FIELDS.stream().map(field -> field.variable().name()).toList());

    // while working the task itself still passes through the checks: claim, a refused completion, a good one
    assertThat(post("/engine-rest/task/" + taskId + "/claim", own, "{\"userId\":\"minzulu-staff\"}").statusCode()).isEqualTo(204);
    HttpResponse<String> refused = post("/engine-rest/task/" + taskId + "/complete", own, "{}");
    assertThat(refused.statusCode()).isEqualTo(400);
    assertThat(refused.body()).contains("办理意见");
    assertThat(post("/engine-rest/task/" + taskId + "/complete", own,
        "{\"variables\":{\"opinion\":{\"value\":\"同意\"}}}").statusCode()).isEqualTo(204);
  }

  @Test
  void tasklistShowsAndCompletesOnlyTheUsersOwnCommunitysTasks() throws Exception {
    // given a task in 民族路社区
    TestProcesses.deploy(engine, TestProcesses.oneTask());
    String pi = engine.getRuntimeService()
        .startProcessInstanceByKey(TestProcesses.ONE_TASK, Map.of("communityId", "minzulu")).getId();
    String taskId = engine.getTaskService().createTaskQuery().processInstanceId(pi).singleResult().getId();
    String tasklistApi = "/camunda/api/engine/engine/default/task";
    String ofThisMatter = tasklistApi + "?processInstanceId=" + pi;

    // when staff of 较场口社区 use Tasklist
    WebappSession other = session("jiaochangkou-staff", "tasklist");

    // then they neither see nor complete it
    assertThat(other.get(ofThisMatter).body()).doesNotContain(taskId);
    assertThat(other.post(tasklistApi + "/" + taskId + "/complete", "{}").statusCode()).isBetween(400, 599);

    // and 民族路社区's staff do
    WebappSession own = session("minzulu-staff", "tasklist");
    assertThat(own.get(ofThisMatter).body()).contains(taskId);
    assertThat(own.post(tasklistApi + "/" + taskId + "/complete", "{}").statusCode()).isEqualTo(204);
    assertThat(engine.getTaskService().createTaskQuery().taskId(taskId).count()).isZero();
  }

  @Test
  void aRefusedSubmissionGets400WithItsPlainChineseMessageAndChangesNothing(CapturedOutput log) throws Exception {
    // given
    TestProcesses.deploy(engine, TestProcesses.validatedTask());
    String pi = engine.getRuntimeService()
        .startProcessInstanceByKey(TestProcesses.VALIDATED, Map.of("communityId", "minzulu")).getId();
    String taskId = engine.getTaskService().createTaskQuery().processInstanceId(pi).singleResult().getId();
    String staff = basic("minzulu-staff", "demo");

    // when the form is submitted without the required opinion, through REST and through Tasklist
    HttpResponse<String> rest = post("/engine-rest/task/" + taskId + "/submit-form", staff,
        "{\"variables\": {\"opinion\": {\"value\": \"  \", \"type\": \"String\"}}}");
    WebappSession browser = session("minzulu-staff", "tasklist");
    browser.get("/camunda/api/engine/engine/default/task/" + taskId); // the page loads the task first
    HttpResponse<String> tasklist = browser.post("/camunda/api/engine/engine/default/task/" + taskId + "/submit-form", "{\"variables\": {}}");

    // then
    for (HttpResponse<String> refused : List.of(rest, tasklist)) {
      assertThat(refused.statusCode()).as(refused.body()).isEqualTo(400);
      assertThat(refused.body()).contains("请填写“办理意见”").doesNotContain("ENGINE-");
    }
    assertThat(engine.getTaskService().createTaskQuery().taskId(taskId).count()).isOne();
    assertThat(engine.getRuntimeService().getVariable(pi, "opinion")).isNull();
    // and the log has one line per refusal, no server error with a stack trace
    assertThat(log.getOut()).contains("Refused submission POST /engine-rest/task/" + taskId + "/submit-form: 请填写“办理意见”")
        .doesNotContain("ENGINE-REST-HTTP500", "ENGINE-16004", "ENGINE-03051");
    assertThat(post("/engine-rest/task/" + taskId + "/submit-form", staff,
        "{\"variables\": {\"opinion\": {\"value\": \"同意\", \"type\": \"String\"}}}").statusCode()).isEqualTo(204);
  }

  @Test
  void tasklistOffersEachDistrictItsOwnModelsAndRefusesOthers() throws Exception {
    String startList = "/engine-rest/process-definition?latestVersion=true&active=true&startableInTasklist=true"
        + "&startablePermissionCheck=true";
    assertThat(keys(get(startList, basic("duofuxiang-staff", "demo")).body())).containsExactly("dongcheng-consultation");
    assertThat(keys(get(startList, basic("sannan-staff", "demo")).body()))
        .containsExactlyInAnyOrder("haimen-seven-step", "haimen-council-election");
    assertThat(keys(get(startList, basic("donghuamen-property", "demo")).body())).isEmpty();

    long matters = engine.getRuntimeService().createProcessInstanceQuery().count();
    HttpResponse<String> other = post("/engine-rest/process-definition/key/yuzhong-six-plus-five/start",
        basic("duofuxiang-staff", "demo"), "{}");
    assertThat(other.statusCode()).as(other.body()).isEqualTo(403);
    assertThat(engine.getRuntimeService().createProcessInstanceQuery().count()).isEqualTo(matters);
  }

  private static List<String> keys(String definitions) throws Exception {
    List<String> keys = new java.util.ArrayList<>();
    new com.fasterxml.jackson.databind.ObjectMapper().readTree(definitions).forEach(d -> keys.add(d.get("key").asText()));
    return keys;
  }

  @Test
  void eachRoleOpensOnlyTheApplicationsItNeeds() throws Exception {
    assertThat(login("minzulu-staff", "tasklist")).isEqualTo(200);
    assertThat(login("minzulu-staff", "cockpit")).isEqualTo(403);
    assertThat(login("minzulu-staff", "admin")).isEqualTo(403);
    assertThat(login("jiefangbei-supervisor", "tasklist")).isEqualTo(200);
    assertThat(login("jiefangbei-supervisor", "cockpit")).isEqualTo(200);
    assertThat(login("jiefangbei-supervisor", "admin")).isEqualTo(403);
    assertThat(login("admin", "admin")).isEqualTo(200);
    assertThat(login("admin", "cockpit")).isEqualTo(200);
  }

  @Test
  void theApplicationIsHealthyWithoutAnSmtpServer() throws Exception {
    // no SMTP server listens in this test: mail waits in retried jobs, the application stays up
    HttpResponse<String> health = get("/actuator/health", null);
    assertThat(health.statusCode()).isEqualTo(200);
    assertThat(health.body()).contains("UP");
  }

  @Test
  void theTasklistIsServed() throws Exception {
    HttpResponse<String> page = get("/camunda/app/tasklist/default/", null);
    assertThat(page.statusCode()).isEqualTo(200);
    assertThat(page.body()).containsIgnoringCase("tasklist");
  }

  private int login(String user, String app) throws Exception {
    return session(user, app).loginStatus();
  }

  private WebappSession session(String user, String app) throws Exception {
    return WebappSession.login(port, user, app);
  }

  private HttpResponse<String> get(String path, String authorization) throws Exception {
    HttpRequest.Builder request = HttpRequest.newBuilder(uri(path));
    if (authorization != null) {
      request.header("Authorization", authorization);
    }
    return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
  }

  private HttpResponse<String> post(String path, String authorization, String json) throws Exception {
    HttpRequest request = HttpRequest.newBuilder(uri(path)).header("Authorization", authorization)
        .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(json)).build();
    return http.send(request, HttpResponse.BodyHandlers.ofString());
  }

  private URI uri(String path) {
    return URI.create("http://localhost:" + port + path);
  }

  private static String basic(String user, String password) {
    return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
  }
}
