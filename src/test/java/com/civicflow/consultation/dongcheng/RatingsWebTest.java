package com.civicflow.consultation.dongcheng;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.camunda.bpm.engine.ProcessEngine;
import com.civicflow.consultation.drive.Steps;
import java.util.Map;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.task.Task;
import org.camunda.spin.plugin.variable.SpinValues;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

/** The ratings summary for annual performance review, over real HTTP: supervisors only, their own tenants. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class RatingsWebTest {

  @LocalServerPort
  int port;
  @Autowired
  ProcessEngine engine;

  /** 2030's first quarter (no other test's): a 多福巷 matter, the street's round, 多福巷 rates the street. */
  @BeforeEach
  void oneRatingRound() {
    if (engine.getHistoryService().createHistoricProcessInstanceQuery().processDefinitionKey(PeriodicVariables.RATING_ROUND_KEY)
        .variableValueEquals(PeriodicVariables.RATING_PERIOD_LABEL.name(), "2030年第一季度").count() > 0) {
      return;
    }
    try {
      ClockUtil.setCurrentTime(Steps.beijing("2030-02-04T09:00"));
      engine.getRuntimeService().startProcessInstanceByKey(DongchengConsultation.PROCESS_KEY, Map.of("communityId", "duofuxiang",
          "topic", "多福巷路灯维修", "topicCategory", "公共事务和公益事业"));
      String round = engine.getRuntimeService().startProcessInstanceByKey(PeriodicVariables.RATING_ROUND_KEY, Map.of(
          "communityId", "donghuamen", "ratingYear", 2030L, "ratingPeriod", "第一季度")).getBusinessKey();
      Task rating = engine.getTaskService().createTaskQuery().processVariableValueEquals("ratingRound", round)
          .taskDefinitionKey(PeriodicVariables.TASK_RATE).tenantIdIn("duofuxiang").singleResult();
      engine.getTaskService().complete(rating.getId(), Map.of("ratingItems",
          SpinValues.jsonValue("[{\"name\":\"东华门街道办事处\",\"rating\":4}]").create(), "ratingParticipants", "居民代表"));
    } finally {
      ClockUtil.reset();
    }
  }

  @Test
  void supervisorsOfTheStreetReadTheSummary() throws Exception {
    // when
    HttpResponse<String> summary = get("donghuamen-supervisor");

    // then
    assertThat(summary.statusCode()).isEqualTo(200);
    assertThat(summary.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/json");
    assertThat(summary.body()).contains("\"year\":2030", "东城区东华门街道", "\"average\":4.0");
  }

  @Test
  void othersAreRefusedAndOtherDistrictsSeeNothingOfIt() throws Exception {
    assertThat(get(null).statusCode()).isEqualTo(401);
    assertThat(get("duofuxiang-staff").statusCode()).isEqualTo(403);
    assertThat(get("yuzhong-supervisor").body()).doesNotContain("东华门");
  }

  @Test
  void theBoardShowsDongchengFundingToAnyoneAndNoOtherDistrictHasThePage() throws Exception {
    HttpClient http = HttpClient.newHttpClient();
    HttpResponse<String> funding = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port
        + "/notices/duofuxiang/funding")).GET().build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    assertThat(funding.statusCode()).isEqualTo(200);
    assertThat(funding.body()).contains("多福巷社区 协商资金公示");
    assertThat(http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/notices/minzulu/funding")).GET().build(),
        HttpResponse.BodyHandlers.ofString()).statusCode()).isEqualTo(404);
  }

  private HttpResponse<String> get(String user) throws Exception {
    HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/ratings/dongcheng?year=2030"));
    if (user != null) {
      request.header("Authorization", "Basic " + Base64.getEncoder().encodeToString((user + ":demo").getBytes(StandardCharsets.UTF_8)));
    }
    return HttpClient.newHttpClient().send(request.GET().build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
  }
}
