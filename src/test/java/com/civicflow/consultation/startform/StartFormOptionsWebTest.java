package com.civicflow.consultation.startform;

import static org.assertj.core.api.Assertions.assertThat;

import com.civicflow.consultation.WebappSession;
import com.civicflow.consultation.dongcheng.DongchengConsultation;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

/**
 * Start forms offer each user their own choices, filled in by the server into the form Tasklist loads
 * ({@code …/process-definition/{id}/deployed-start-form}), and the server refuses what it did not offer when the
 * form is submitted through Tasklist's own call ({@code …/submit-form}): 400, a Chinese message, no matter started.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class StartFormOptionsWebTest {

  static final String API = WebappSession.TASKLIST_API;

  @LocalServerPort int port;
  @Autowired ProcessEngine engine;

  private final ObjectMapper json = new ObjectMapper();

  @Test
  void aCommunityWorkerGetsTheirCommunityChosenAndTheStreetOfficeItsStreetAndCommunities() throws Exception {
    // given running matters in both communities of 东华门
    String duofuxiang = start("duofuxiang", "多福巷 8 号院充电棚");
    String shaojiu = start("shaojiu", "韶九胡同停车");

    // when 多福巷's worker opens 东城's start form in Tasklist
    WebappSession worker = WebappSession.login(port, "duofuxiang-staff", "tasklist");
    HttpResponse<String> form = worker.get(API + "/process-definition/" + definition("dongcheng-consultation") + "/deployed-start-form");

    // then their only community is offered and chosen, and their community's open matters, not another's
    assertThat(form.statusCode()).isEqualTo(200);
    assertThat(form.headers().firstValue("Cache-Control")).contains("no-store");
    JsonNode community = field(form, "communityId");
    assertThat(labels(community)).containsExactly("多福巷社区");
    assertThat(community.path("defaultValue").asText()).isEqualTo("duofuxiang");
    assertThat(community.has("valuesKey")).isFalse();
    assertThat(community.path("validate").path("required").asBoolean()).isFalse(); // the server takes her only one
    assertThat(values(field(form, "linkedMatters"))).contains(duofuxiang).doesNotContain(shaojiu);
    assertThat(labels(field(form, "linkedMatters"))).contains(duofuxiang + " 多福巷 8 号院充电棚（多福巷社区）");

    // when the street office opens it
    HttpResponse<String> street = WebappSession.login(port, "donghuamen-office", "tasklist")
        .get(API + "/process-definition/" + definition("dongcheng-consultation") + "/deployed-start-form");

    // then the street and its communities, and the open matters of both communities
    assertThat(labels(field(street, "communityId"))).containsExactly("东华门街道（街道/镇级）", "多福巷社区", "韶九社区");
    assertThat(field(street, "communityId").has("defaultValue")).isFalse();
    assertThat(field(street, "communityId").path("validate").path("required").asBoolean()).isTrue();
    assertThat(values(field(street, "linkedMatters"))).contains(duofuxiang, shaojiu);
  }

  @Test
  void kenliOffersTheLevelsUnitsAndTheGridsAndBuildingsOfTheUsersCommunities() throws Exception {
    // through /engine-rest as well, by key, with HTTP Basic
    HttpResponse<String> form = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
            URI.create("http://localhost:" + port + "/engine-rest/process-definition/key/kenli-eight-step/deployed-start-form"))
        .header("Authorization", basic("dongjizhen-office")).build(), HttpResponse.BodyHandlers.ofString());

    assertThat(labels(field(form, "communityId"))).containsExactly("董集镇（街道/镇级）", "杨庙社区", "董集社区");
    assertThat(labels(field(form, "orgUnitId"))).containsExactly("杨庙社区第一网格（小区/网格）", "杨庙社区第一网格·1号楼（楼栋）",
        "杨庙社区第一网格·2号楼（楼栋）");
    assertThat(values(field(form, "orgUnitId"))).containsExactly("yangmiao-grid-1", "yangmiao-b1", "yangmiao-b2");
  }

  @Test
  void whatWasNotOfferedIsRefusedWith400AndNothingStarts() throws Exception {
    // given
    String minzulu = startYuzhong();
    WebappSession street = WebappSession.login(port, "donghuamen-office", "tasklist");
    String submit = API + "/process-definition/" + definition("dongcheng-consultation") + "/submit-form";
    long before = engine.getRuntimeService().createProcessInstanceQuery().count();

    // when the street office links another district's matter
    HttpResponse<String> linked = street.post(submit, "{\"variables\": {\"topic\": {\"value\": \"街道停车难\"},"
        + "\"topicCategory\": {\"value\": \"公共事务和公益事业\"}, \"communityId\": {\"value\": \"donghuamen\"},"
        + "\"linkedMatters\": {\"type\": \"Json\", \"value\": \"[\\\"" + minzulu + "\\\"]\"}}}");

    // then
    assertThat(linked.statusCode()).as(linked.body()).isEqualTo(400);
    assertThat(json.readTree(linked.body()).path("message").asText()).contains("“关联事项（选填）”中的“" + minzulu + "”", "请从列表中选择");

    // when 杨庙's worker names a building of another community in 垦利's start form
    WebappSession worker = WebappSession.login(port, "yangmiao-staff", "tasklist");
    HttpResponse<String> building = worker.post(API + "/process-definition/" + definition("kenli-eight-step") + "/submit-form",
        "{\"variables\": {\"topicChannel\": {\"value\": \"网格员\"}, \"topic\": {\"value\": \"楼道照明\"},"
            + "\"topicDescription\": {\"value\": \"2 号楼楼道灯坏了\"}, \"raisedBy\": {\"value\": \"居民\"},"
            + "\"consultationLevel\": {\"value\": \"小区\"}, \"orgUnitId\": {\"value\": \"wantai-lijing\"},"
            + "\"communityId\": {\"value\": \"yangmiao\"}}}");

    // then
    assertThat(building.statusCode()).as(building.body()).isEqualTo(400);
    assertThat(json.readTree(building.body()).path("message").asText()).contains("不属于本事项所属的“杨庙社区”");

    // when 东华门's street office starts in a community of another street
    HttpResponse<String> elsewhere = street.post(submit, "{\"variables\": {\"topic\": {\"value\": \"停车难\"},"
        + "\"topicCategory\": {\"value\": \"公共事务和公益事业\"}, \"communityId\": {\"value\": \"minzulu\"}}}");

    // then refused too, and nothing started at all
    assertThat(elsewhere.statusCode()).as(elsewhere.body()).isEqualTo(400);
    assertThat(elsewhere.body()).contains("您不属于“民族路社区”");
    assertThat(engine.getRuntimeService().createProcessInstanceQuery().count()).isEqualTo(before);
  }

  private String startYuzhong() {
    return engine.getRuntimeService().startProcessInstanceByKey("yuzhong-six-plus-five", Map.of("communityId", "minzulu",
        "topic", "楼道堆物清理", "topicDescription", "居民反映", "category", "公益事业", "catalogueItem", "环境卫生整治",
        "topicSource", "入户走访", "householdsAffected", 36, "withinCommunityPowers", "true", "contraryToLaw", "false"))
        .getBusinessKey();
  }

  private String start(String community, String topic) {
    ProcessInstance matter = engine.getRuntimeService().startProcessInstanceByKey(DongchengConsultation.PROCESS_KEY,
        Map.of("communityId", community, "topic", topic, "topicCategory", "公共事务和公益事业"));
    return matter.getBusinessKey();
  }

  private String definition(String key) {
    return engine.getRepositoryService().createProcessDefinitionQuery().processDefinitionKey(key).latestVersion()
        .singleResult().getId();
  }

  private JsonNode field(HttpResponse<String> form, String key) throws Exception {
    assertThat(form.statusCode()).as(form.body()).isEqualTo(200);
    for (JsonNode c : json.readTree(form.body()).path("components")) {
      if (key.equals(c.path("key").asText())) {
        return c;
      }
    }
    throw new AssertionError("no field " + key + " in " + form.body());
  }

  private static List<String> labels(JsonNode field) {
    List<String> labels = new ArrayList<>();
    field.path("values").forEach(v -> labels.add(v.path("label").asText()));
    return labels;
  }

  private static List<String> values(JsonNode field) {
    List<String> values = new ArrayList<>();
    field.path("values").forEach(v -> values.add(v.path("value").asText()));
    return values;
  }

  private static String basic(String user) {
    return "Basic " + Base64.getEncoder().encodeToString((user + ":demo").getBytes(StandardCharsets.UTF_8));
  }
}
