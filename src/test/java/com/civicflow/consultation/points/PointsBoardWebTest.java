package com.civicflow.consultation.points;

import static org.assertj.core.api.Assertions.assertThat;

import com.civicflow.consultation.notice.BoardClient;
import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

/**
 * 治理积分 over real HTTP, as its people use it: 杨庙社区's committee staff record in Tasklist (the REST calls Tasklist
 * makes, as the real user) and read the code in the receipt; a redemption beyond the balance is answered 400 in
 * Chinese with nothing changed; the resident reads their own balance on the board by the code — and nobody else's —,
 * (the rate limit on trying codes is checked in SubmissionRateLimitWebTest).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class PointsBoardWebTest {

  static final String STAFF = "yangmiao-staff";

  @LocalServerPort int port;
  @Autowired PointsLedger ledger;

  @Test
  void staffRecordInTasklistAndTheResidentSeesOnlyTheirOwnBalanceByCode() throws Exception {
    BoardClient client = new BoardClient(port);
    // given two residents with points, recorded by the community's staff in Tasklist
    String code = record(client, volunteer("陶春兰", "环境整治", 3), true);
    String other = record(client, volunteer("史建军", "关爱帮扶", 4), true);
    assertThat(record(client, redemption("陶春兰", "洗衣液一瓶", 2), false)).as("she has a code already").isNull();

    // when a redemption beyond her balance (6 − 2 = 4) is submitted, it is refused with 400 in Chinese and nothing changes
    HttpResponse<String> refused = client.rest("POST", "/engine-rest/process-definition/key/" + PointsProcess.KEY
        + "/submit-form", STAFF, variables(redemption("陶春兰", "理发一次", 5)));
    assertThat(refused.statusCode()).isEqualTo(400);
    assertThat(refused.body()).contains("积分余额为 4 分，不足以兑换 5 分");
    assertThat(ledger.find("yangmiao", "陶春兰").orElseThrow().balance()).isEqualTo(4);

    // when she opens her community's board and enters her code
    HttpResponse<String> board = client.get("/notices/yangmiao");
    assertThat(board.body()).contains("查看我的治理积分");
    BoardClient resident = new BoardClient(port);
    HttpResponse<String> form = resident.get("/notices/yangmiao/points");
    assertThat(form.statusCode()).isEqualTo(200);
    HttpResponse<String> page = resident.postForm("/notices/yangmiao/points",
        Map.of("_csrf", BoardClient.token(form.body()), "code", code.toLowerCase()));

    // then she sees her balance and entries, her name masked, and nothing of the other resident
    assertThat(page.statusCode()).isEqualTo(200);
    assertThat(page.body()).contains("陶*兰", "4 分", "志愿服务", "+6 分", "兑换", "-2 分", "洗衣液一瓶")
        .doesNotContain("陶春兰", "史建军", "史*军", "+12 分", code);

    // and a wrong code, her code on another community's board, and a community without points show nothing
    HttpResponse<String> wrong = resident.postForm("/notices/yangmiao/points",
        Map.of("_csrf", BoardClient.token(form.body()), "code", "JF-0000-0000-0000"));
    assertThat(wrong.statusCode()).isEqualTo(404);
    assertThat(wrong.body()).contains("没有找到这个积分码").doesNotContain("陶*兰");
    HttpResponse<String> elsewhere = resident.postForm("/notices/dongjishequ/points",
        Map.of("_csrf", BoardClient.token(form.body()), "code", code));
    assertThat(elsewhere.statusCode()).isEqualTo(404);
    assertThat(resident.get("/notices/minzulu/points").statusCode()).isEqualTo(404);
    assertThat(resident.get("/notices/minzulu").body()).doesNotContain("我的治理积分");
    assertThat(resident.postForm("/notices/yangmiao/points", Map.of("_csrf", "forged", "code", other)).statusCode())
        .isEqualTo(403);
    // (the rate limit on trying codes: SubmissionRateLimitWebTest, whose context has small limits)
  }

  /** Starts kenli-points from its start form as Tasklist does, completes the receipt; returns the code it showed. */
  private String record(BoardClient client, Map<String, Object> values, boolean handOver) throws Exception {
    JsonNode started = client.restJson("POST", "/engine-rest/process-definition/key/" + PointsProcess.KEY + "/submit-form",
        STAFF, variables(values));
    String instance = started.get("id").asText();
    JsonNode task = client.restJson("GET", "/engine-rest/task?processInstanceId=" + instance + "&assignee=" + STAFF, STAFF, null)
        .get(0);
    String taskId = task.get("id").asText();
    JsonNode shown = client.restJson("GET", "/engine-rest/task/" + taskId + "/form-variables?deserializeValues=false", STAFF, null);
    assertThat(shown.path("pointsReceipt").path("value").asText()).contains(values.get("pointsHolder").toString());
    String code = shown.path("pointsCode").path("value").isTextual() ? shown.path("pointsCode").path("value").asText() : null;
    client.restJson("POST", "/engine-rest/task/" + taskId + "/submit-form", STAFF,
        variables(handOver ? Map.of("pointsCodeHandedOver", true) : Map.of()));
    return code;
  }

  private static Map<String, Object> volunteer(String holder, String type, long hours) {
    Map<String, Object> values = new LinkedHashMap<>(KenliPointsTest.volunteer(holder, type, hours));
    values.put("serviceDate", "2026-01-05");
    return values;
  }

  private static Map<String, Object> redemption(String holder, String item, long points) {
    return KenliPointsTest.redemption(holder, item, points);
  }

  private static Map<String, Object> variables(Map<String, Object> values) {
    Map<String, Object> variables = new LinkedHashMap<>();
    values.forEach((name, value) -> variables.put(name, Map.of("value", value)));
    return Map.of("variables", variables);
  }
}
