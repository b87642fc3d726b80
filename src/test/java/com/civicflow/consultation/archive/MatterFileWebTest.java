package com.civicflow.consultation.archive;

import static org.assertj.core.api.Assertions.assertThat;

import com.civicflow.consultation.TestProcesses;
import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.variable.Variables;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

/** Who may open a matter's file, over real HTTP: HTTP Basic and the Tasklist session. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class MatterFileWebTest {

  static final String ACCEPT = "text/html,application/xhtml+xml,*/*;q=0.8";

  @LocalServerPort
  int port;
  @Autowired
  ProcessEngine engine;

  String matterNumber;

  @BeforeEach
  void fileAMatter() {
    if (engine.getRepositoryService().createProcessDefinitionQuery().processDefinitionKey(TestProcesses.ONE_TASK).count() == 0) {
      TestProcesses.deploy(engine, TestProcesses.oneTask());
    }
    ProcessInstance matter = engine.getRuntimeService().startProcessInstanceByKey(TestProcesses.ONE_TASK,
        Variables.createVariables().putValue("communityId", "minzulu").putValue("topic", "楼道堆物清理"));
    engine.getTaskService().complete(engine.getTaskService().createTaskQuery().processInstanceId(matter.getId()).singleResult().getId());
    engine.getManagementService().executeJob(
        engine.getManagementService().createJobQuery().processInstanceId(matter.getId()).singleResult().getId());
    matterNumber = matter.getBusinessKey();
  }

  @Test
  void staffOfTheSameCommunityOpensTheFile() throws Exception {
    // when
    HttpResponse<String> page = get("/archive/" + matterNumber, basic("minzulu-staff", "demo"));
    HttpResponse<String> json = get("/archive/" + matterNumber + ".json", basic("minzulu-staff", "demo"));

    // then
    assertThat(page.statusCode()).isEqualTo(200);
    assertThat(page.body()).contains("社区协商事项档案", matterNumber, "楼道堆物清理", "办理", "@media print");
    assertThat(json.statusCode()).isEqualTo(200);
    assertThat(json.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/json");
    assertThat(json.headers().firstValue("Content-Disposition").orElseThrow()).contains("attachment", matterNumber + ".json");
    assertThat(json.body()).contains("\"matterNumber\"", "楼道堆物清理");
  }

  @Test
  void indexListsOnlyTheFilesTheUserMayOpen() throws Exception {
    assertThat(get("/archive", basic("minzulu-staff", "demo")).body()).contains(matterNumber, "楼道堆物清理");
    assertThat(get("/archive", basic("lijing-staff", "demo")).body()).doesNotContain(matterNumber);
    assertThat(get("/archive", null).statusCode()).isEqualTo(401);
  }

  @Test
  void supervisorsOfTheCommunityOpenTheFile() throws Exception {
    assertThat(get("/archive/" + matterNumber, basic("jiefangbei-supervisor", "demo")).statusCode()).isEqualTo(200);
    assertThat(get("/archive/" + matterNumber, basic("yuzhong-civil", "demo")).statusCode()).isEqualTo(200);
  }

  @Test
  void usersOfAnotherCommunityAreRefused() throws Exception {
    // when
    HttpResponse<String> other = get("/archive/" + matterNumber, basic("lijing-staff", "demo"));
    HttpResponse<String> otherJson = get("/archive/" + matterNumber + ".json", basic("jiaochangkou-staff", "demo"));
    HttpResponse<String> otherSupervisor = get("/archive/" + matterNumber, basic("shuiyuesi-supervisor", "demo"));

    // then
    assertThat(other.statusCode()).isEqualTo(403);
    assertThat(other.body()).contains("只对本社区工作人员和督办人员开放").doesNotContain("楼道堆物清理");
    assertThat(otherJson.statusCode()).isEqualTo(403);
    assertThat(otherSupervisor.statusCode()).isEqualTo(403);
  }

  @Test
  void anonymousOrWrongPasswordMustLogIn() throws Exception {
    HttpResponse<String> anonymous = get("/archive/" + matterNumber, null);
    // a user no other test logs in as: a wrong password makes the engine delay that user's next logins
    HttpResponse<String> wrong = get("/archive/" + matterNumber, basic("minzulu-grid", "wrong"));

    assertThat(anonymous.statusCode()).isEqualTo(401);
    assertThat(anonymous.headers().firstValue("WWW-Authenticate").orElseThrow()).startsWith("Basic");
    assertThat(anonymous.body()).contains("请先登录").doesNotContain("楼道堆物清理");
    assertThat(wrong.statusCode()).isEqualTo(401);
  }

  @Test
  void unknownOrUnfinishedMatterIsNotFound() throws Exception {
    // given a matter still running
    ProcessInstance running = engine.getRuntimeService().startProcessInstanceByKey(TestProcesses.ONE_TASK,
        Variables.createVariables().putValue("communityId", "minzulu").putValue("topic", "仍在办理"));

    // when / then
    assertThat(get("/archive/MINZULU-1999-9999", basic("minzulu-staff", "demo")).statusCode()).isEqualTo(404);
    HttpResponse<String> notYet = get("/archive/" + running.getBusinessKey(), basic("minzulu-staff", "demo"));
    assertThat(notYet.statusCode()).isEqualTo(404);
    assertThat(notYet.body()).contains("尚未办结");
    assertThat(get("/archive/" + running.getBusinessKey(), basic("lijing-staff", "demo")).statusCode()).isEqualTo(403);
  }

  @Test
  void tasklistSessionOpensTheFile() throws Exception {
    // given a user logged into Tasklist (the Camunda webapp session)
    HttpClient browser = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
    browser.send(request("/camunda/app/tasklist/default/").GET().build(), HttpResponse.BodyHandlers.ofString());
    String xsrf = ((CookieManager) browser.cookieHandler().orElseThrow()).getCookieStore().getCookies().stream()
        .filter(c -> c.getName().equals("XSRF-TOKEN")).findFirst().orElseThrow().getValue();
    HttpResponse<String> login = browser.send(request("/camunda/api/admin/auth/user/default/login/tasklist")
        .header("X-XSRF-TOKEN", xsrf).header("Content-Type", "application/x-www-form-urlencoded")
        .POST(HttpRequest.BodyPublishers.ofString("username=minzulu-staff&password=demo")).build(), HttpResponse.BodyHandlers.ofString());
    assertThat(login.statusCode()).isEqualTo(200);

    // when
    HttpResponse<String> page = browser.send(request("/archive/" + matterNumber).GET().build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));

    // then
    assertThat(page.statusCode()).isEqualTo(200);
    assertThat(page.body()).contains("楼道堆物清理");
  }

  HttpRequest.Builder request(String path) {
    return HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).header("Accept", ACCEPT);
  }

  HttpResponse<String> get(String path, String authorization) throws IOException, InterruptedException {
    HttpRequest.Builder builder = request(path).GET();
    if (authorization != null) {
      builder.header("Authorization", authorization);
    }
    return HttpClient.newHttpClient().send(builder.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
  }

  static String basic(String user, String password) {
    return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
  }
}
