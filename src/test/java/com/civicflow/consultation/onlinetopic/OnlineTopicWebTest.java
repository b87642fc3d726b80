package com.civicflow.consultation.onlinetopic;

import static org.assertj.core.api.Assertions.assertThat;

import com.civicflow.consultation.notice.BoardClient;
import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

/**
 * 网上议事厅 over real HTTP, as its people use it: a resident on {@code /notices/minzulu} (no login) submits a topic and
 * gets its tracking page; the community's 委员 admits it in Tasklist — the REST calls Tasklist makes, as the real
 * user — and fills in the model's own start form; the resident's page then shows the matter number and its stage.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class OnlineTopicWebTest {

  static final String STAFF = "minzulu-council";

  @LocalServerPort int port;
  BoardClient resident;

  @BeforeEach
  void residentsBrowser() {
    resident = new BoardClient(port);
  }

  @Test
  void aResidentsTopicIsAdmittedInTasklistAndItsPageShowsTheMatterNumber() throws Exception {
    // given the board of 民族路社区 offers the form
    HttpResponse<String> board = resident.get("/notices/minzulu");
    assertThat(board.body()).contains("我要提议题", "name=\"topic\"", "查询办理进度");

    // when a resident submits a topic without logging in
    HttpResponse<String> sent = resident.postForm("/notices/minzulu/topics", topic(BoardClient.token(board.body())));

    // then they are sent to the tracking page of a random 受理编号, which shows nothing personal
    assertThat(sent.statusCode()).isEqualTo(303);
    String location = sent.headers().firstValue("Location").orElseThrow();
    assertThat(location).matches(".*/notices/minzulu/topics/WS-[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{4}\\?received");
    String number = location.replaceAll(".*/topics/([^?]+).*", "$1");
    String page = resident.get("/notices/minzulu/topics/" + number + "?received").body();
    assertThat(page).contains(number, "已受理", "12号院门口积水").doesNotContain("赵建华", "13912345678", "赵*华");

    // when 民族路's 委员 finds it in Tasklist, claims it and admits it
    JsonNode review = theirTask(number, "Task_ReviewTopic");
    String reviewId = review.get("id").asText();
    resident.restJson("POST", "/engine-rest/task/" + reviewId + "/claim", STAFF, Map.of("userId", STAFF));
    assertThat(resident.restJson("GET", "/engine-rest/task/" + reviewId + "/form", STAFF, null)
        .path("camundaFormRef").path("key").asText()).isEqualTo("online-topic-review");
    JsonNode shown = resident.restJson("GET", "/engine-rest/task/" + reviewId + "/form-variables?deserializeValues=false", STAFF, null);
    assertThat(shown.path("residentName").path("value").asText()).as("the committee sees the full name").isEqualTo("赵建华");
    assertThat(shown.path("residentContact").path("value").asText()).isEqualTo("13912345678");
    submit(reviewId, Map.of("admissionDecision", "admit"));

    // and fills in 渝中's own start form, prefilled with the topic and the channel 网上
    JsonNode enter = theirTask(number, "Task_EnterMatter");
    String enterId = enter.get("id").asText();
    resident.restJson("POST", "/engine-rest/task/" + enterId + "/claim", STAFF, Map.of("userId", STAFF));
    assertThat(resident.restJson("GET", "/engine-rest/task/" + enterId + "/form", STAFF, null)
        .path("camundaFormRef").path("key").asText()).isEqualTo("yuzhong-propose");
    assertThat(resident.rest("GET", "/engine-rest/task/" + enterId + "/deployed-form", STAFF, null).body())
        .contains("\"id\": \"yuzhong-propose\"", "catalogueItem");
    JsonNode prefilled = resident.restJson("GET", "/engine-rest/task/" + enterId + "/form-variables?deserializeValues=false", STAFF, null);
    assertThat(prefilled.path("topic").path("value").asText()).isEqualTo("12号院门口积水");
    assertThat(prefilled.path("topicSource").path("value").asText()).isEqualTo("网上");
    Map<String, Object> start = new LinkedHashMap<>(Map.of("topic", "12号院门口积水",
        "topicDescription", prefilled.path("topicDescription").path("value").asText(), "topicSource", "网上",
        "catalogueItem", "环境卫生整治", "withinCommunityPowers", "true", "contraryToLaw", "false"));
    start.put("householdsAffected", 120L);
    Map<String, Object> wrong = new LinkedHashMap<>(start);
    wrong.put("catalogueItem", "小区绿化认养");
    HttpResponse<String> refused = resident.rest("POST", "/engine-rest/task/" + enterId + "/submit-form", STAFF, variables(wrong));
    assertThat(refused.statusCode()).isEqualTo(400);
    assertThat(refused.body()).contains("小区绿化认养");
    assertThat(resident.rest("POST", "/engine-rest/task/" + enterId + "/submit-form", STAFF, variables(start)).statusCode())
        .isEqualTo(204);

    // then the resident's page shows the matter's number and current stage
    String admitted = resident.get("/notices/minzulu/topics/" + number).body();
    assertThat(admitted).contains("已立项", "事项编号：", "当前环节：").containsPattern("MINZULU-\\d{4}-\\d{4}")
        .doesNotContain("赵建华", "13912345678");
  }

  @Test
  void badSubmissionsAreRefusedInChineseAndStartNothing() throws Exception {
    // given
    String token = BoardClient.token(resident.get("/notices/minzulu").body());
    Map<String, String> incomplete = topic(token);
    incomplete.put("contact", "");
    Map<String, String> tooLong = topic(token);
    tooLong.put("description", "长".repeat(2001));
    Map<String, String> noToken = topic("forged");

    // when
    HttpResponse<String> missing = resident.postForm("/notices/minzulu/topics", incomplete);
    HttpResponse<String> longText = resident.postForm("/notices/minzulu/topics", tooLong);
    HttpResponse<String> forged = resident.postForm("/notices/minzulu/topics", noToken);
    HttpResponse<String> street = resident.postForm("/notices/jiefangbei/topics", topic(token));
    HttpResponse<String> unknown = resident.get("/notices/minzulu/topics/WS-0000-0000-0000");
    HttpResponse<String> lookup = resident.get("/notices/minzulu/topics?number=nonsense");

    // then
    assertThat(missing.statusCode()).isEqualTo(400);
    assertThat(missing.body()).contains("请填写“联系方式”", "12号院门口积水");
    assertThat(longText.statusCode()).isEqualTo(400);
    assertThat(longText.body()).contains("“具体情况”不能超过 2000 个字");
    assertThat(forged.statusCode()).isEqualTo(403);
    assertThat(street.statusCode()).isEqualTo(404);
    assertThat(street.body()).contains("暂未开通网上议事厅");
    assertThat(resident.get("/notices/jiefangbei").body()).doesNotContain("我要提议题");
    assertThat(unknown.statusCode()).isEqualTo(404);
    assertThat(unknown.body()).contains("没有找到这个受理编号");
    assertThat(lookup.statusCode()).isEqualTo(404);
  }

  @Test
  void theLookupFormLeadsToTheTrackingPage() throws Exception {
    // given
    HttpResponse<String> sent = resident.postForm("/notices/minzulu/topics",
        topic(BoardClient.token(resident.get("/notices/minzulu").body())));
    String number = sent.headers().firstValue("Location").orElseThrow().replaceAll(".*/topics/([^?]+).*", "$1");

    // when a resident types the number in lower case without hyphens
    HttpResponse<String> found = new BoardClient(port).get("/notices/minzulu/topics?number="
        + number.toLowerCase().replace("-", ""));

    // then
    assertThat(found.statusCode()).isEqualTo(303);
    assertThat(found.headers().firstValue("Location").orElseThrow()).endsWith("/notices/minzulu/topics/" + number);
  }

  private static Map<String, String> topic(String token) {
    return new LinkedHashMap<>(Map.of("_csrf", token, "topic", "12号院门口积水", "description", "雨后积水一周不退，赵建华 13912345678",
        "location", "12号院", "name", "赵建华", "contact", "13912345678"));
  }

  private JsonNode theirTask(String number, String taskKey) throws Exception {
    JsonNode tasks = resident.restJson("GET", "/engine-rest/task?processInstanceBusinessKey=" + number
        + "&taskDefinitionKey=" + taskKey + "&candidateUser=" + STAFF, STAFF, null);
    assertThat(tasks).as("%s sees %s", STAFF, taskKey).hasSize(1);
    return tasks.get(0);
  }

  private void submit(String taskId, Map<String, Object> values) throws Exception {
    HttpResponse<String> response = resident.rest("POST", "/engine-rest/task/" + taskId + "/submit-form", STAFF, variables(values));
    assertThat(response.statusCode()).as(response.body()).isEqualTo(204);
  }

  private static Map<String, Object> variables(Map<String, Object> values) {
    Map<String, Object> variables = new LinkedHashMap<>();
    values.forEach((name, value) -> variables.put(name, Map.of("value", value)));
    return Map.of("variables", variables);
  }
}
