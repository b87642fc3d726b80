package com.civicflow.consultation.dongcheng;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.camunda.bpm.engine.ProcessEngine;
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

  @BeforeEach
  void oneRatedMatter() {
    DongchengFullRun.run(engine);
  }

  @Test
  void supervisorsOfTheStreetReadTheSummary() throws Exception {
    // when
    HttpResponse<String> summary = get("donghuamen-supervisor");

    // then
    assertThat(summary.statusCode()).isEqualTo(200);
    assertThat(summary.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/json");
    assertThat(summary.body()).contains("\"year\":2026", "东城区东华门街道", "东城区住房和城市建设委员会", "\"average\"");
  }

  @Test
  void othersAreRefusedAndOtherDistrictsSeeNothingOfIt() throws Exception {
    assertThat(get(null).statusCode()).isEqualTo(401);
    assertThat(get("duofuxiang-staff").statusCode()).isEqualTo(403);
    assertThat(get("yuzhong-supervisor").body()).doesNotContain("东华门");
  }

  private HttpResponse<String> get(String user) throws Exception {
    HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/ratings/dongcheng?year=2026"));
    if (user != null) {
      request.header("Authorization", "Basic " + Base64.getEncoder().encodeToString((user + ":demo").getBytes(StandardCharsets.UTF_8)));
    }
    return HttpClient.newHttpClient().send(request.GET().build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
  }
}
