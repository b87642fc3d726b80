package com.civicflow.consultation.notice;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.Map;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.variable.Variables;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;

/**
 * The per-client rate limit of the board's forms over real HTTP, with small limits: the post over the limit gets 429,
 * {@code Retry-After} and a Chinese page, and starts nothing; each form has its own budget.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
    "consultation.public-board.rate-limits.topics.per-minute=2", "consultation.public-board.rate-limits.topics.per-hour=5",
    "consultation.public-board.rate-limits.objections.per-minute=1", "consultation.public-board.rate-limits.objections.per-hour=1",
    "consultation.public-board.rate-limits.points.per-minute=2", "consultation.public-board.rate-limits.points.per-hour=2"})
@ActiveProfiles("test")
@DirtiesContext
class SubmissionRateLimitWebTest {

  @LocalServerPort int port;
  @Autowired RuntimeService runtime;
  @Autowired HistoryService history;

  @Test
  void aClientOverTheLimitGets429AndNothingStarts() throws Exception {
    // given
    BoardClient resident = new BoardClient(port);
    String token = BoardClient.token(resident.get("/notices/minzulu").body());
    Map<String, String> topic = Map.of("_csrf", token, "topic", "路灯不亮", "description", "晚上很黑", "location", "",
        "name", "张三", "contact", "1");

    // when the same client submits three topics within a minute
    HttpResponse<String> first = resident.postForm("/notices/minzulu/topics", topic);
    HttpResponse<String> second = resident.postForm("/notices/minzulu/topics", topic);
    HttpResponse<String> third = resident.postForm("/notices/minzulu/topics", topic);

    // then the third is refused in Chinese with the time to wait, and only two topics exist
    assertThat(first.statusCode()).isEqualTo(303);
    assertThat(second.statusCode()).isEqualTo(303);
    assertThat(third.statusCode()).isEqualTo(429);
    assertThat(third.body()).contains("提交过于频繁", "请稍等几分钟后再提交").doesNotContain("Exception");
    assertThat(Long.parseLong(third.headers().firstValue("Retry-After").orElseThrow())).isBetween(1L, 60L);
    assertThat(history.createHistoricProcessInstanceQuery().processDefinitionKey("online-topic").count()).isEqualTo(2);
  }

  @Test
  void eachFormHasItsOwnBudget() throws Exception {
    // given an open notice, and a client who already used their objection
    ProcessInstance notice = runtime.startProcessInstanceByKey(PublicNotice.PROCESS_KEY, Variables.createVariables()
        .putValue("communityId", "jiaochangkou").putValue("noticeTitle", "限额测试").putValue("noticeBody", "内容")
        .putValue("noticeKind", NoticeKind.RESULT.label()));
    String page = "/notices/jiaochangkou/" + runtime.getVariable(notice.getId(), "noticeId");
    BoardClient resident = new BoardClient(port);
    String token = BoardClient.token(resident.get(page).body());
    Map<String, String> objection = Map.of("_csrf", token, "name", "李四", "contact", "2", "reason", "有意见");
    assertThat(resident.postForm(page + "/objections", objection).statusCode()).isEqualTo(303);

    // when
    HttpResponse<String> again = resident.postForm(page + "/objections", objection);
    HttpResponse<String> getStillWorks = resident.get(page);

    // then
    assertThat(again.statusCode()).isEqualTo(429);
    assertThat(getStillWorks.statusCode()).isEqualTo(200);
    assertThat(runtime.createProcessInstanceQuery().processInstanceId(notice.getId()).singleResult()).isNotNull();
    assertThat(history.createHistoricVariableInstanceQuery().processInstanceId(notice.getId()).variableName("objectorName")
        .count()).isEqualTo(1);
  }

  @Test
  void aClientTryingPointsCodesIsStoppedAfterItsBudget() throws Exception {
    // given a resident at 垦利 杨庙's points page
    BoardClient resident = new BoardClient(port);
    String token = BoardClient.token(resident.get("/notices/yangmiao/points").body());

    // when they try three codes within a minute (two allowed here)
    int[] statuses = new int[3];
    for (int i = 0; i < 3; i++) {
      statuses[i] = resident.postForm("/notices/yangmiao/points", Map.of("_csrf", token, "code", "JF-1111-1111-111" + i))
          .statusCode();
    }

    // then the unknown codes are 404 and the third try is refused with 429
    assertThat(statuses).containsExactly(404, 404, 429);
  }
}
