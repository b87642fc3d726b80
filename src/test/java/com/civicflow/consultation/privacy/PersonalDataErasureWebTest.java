package com.civicflow.consultation.privacy;

import static org.assertj.core.api.Assertions.assertThat;

import com.civicflow.consultation.TestUsers;
import com.civicflow.consultation.notice.BoardClient;
import com.civicflow.consultation.notice.ObjectionDesk;
import com.civicflow.consultation.onlinetopic.OnlineTopics;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;

/**
 * An administrator removes one resident's data on request, through the REST endpoint, on H2: first where it is, then
 * the erasure; afterwards no column of any table holds her name or phone number, and the matters go on.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class PersonalDataErasureWebTest {

  static final String ADMIN = "admin:admin";

  @LocalServerPort int port;
  @Autowired ProcessEngine engine;
  @Autowired OnlineTopics topics;
  @Autowired ObjectionDesk objections;
  @Autowired DataSource dataSource;
  @Autowired JdbcTemplate jdbc;

  @Test
  void anAdministratorFindsAndErasesOnePersonsDataEverywhere() throws Exception {
    // given her data in every place the product keeps it
    ProcessInstance open = ErasureScenario.prepare(engine, topics, objections);
    assertThat(ErasureScenario.whereSheStands(dataSource)).as("where she is before").isNotEmpty();
    BoardClient admin = new BoardClient(port);
    String query = "/privacy/personal-data?name=" + ErasureScenario.NAME + "&contact=" + ErasureScenario.PHONE;

    // when the administrator looks her up
    JsonNode found = admin.restJson("GET", query.replace(ErasureScenario.NAME, "%E9%92%B1%E5%B0%8F%E8%8A%B3"), ADMIN, null);

    // then every kind of place is reported, and the matters concerned
    assertThat(found.path("places").path("流程变量（运行中）").asInt()).isPositive();
    assertThat(found.path("places").path("流程变量（历史）").asInt()).isPositive();
    assertThat(found.path("places").path("变量变更与表单提交记录（ACT_HI_DETAIL）").asInt()).isPositive();
    assertThat(found.path("places").path("以字节保存的变量值（JSON、长文本）").asInt()).isPositive();
    assertThat(found.path("places").path("任务备注").asInt()).isPositive();
    assertThat(found.path("places").path("事项档案（一事一档）").asInt()).isPositive();
    assertThat(found.path("places").path("邮件发件箱").asInt()).isPositive();
    assertThat(found.path("matters").size()).isGreaterThanOrEqualTo(3);

    // and nobody else may look or erase, and a too short identifier is refused
    assertThat(admin.rest("GET", "/privacy/personal-data?contact=" + ErasureScenario.PHONE, "jiaochangkou-staff", null)
        .statusCode()).isEqualTo(403);
    assertThat(new BoardClient(port).get("/privacy/personal-data?contact=" + ErasureScenario.PHONE).statusCode()).isEqualTo(401);
    HttpResponse<String> tooShort = admin.rest("POST", "/privacy/personal-data/erasure", ADMIN, Map.of("name", "钱"));
    assertThat(tooShort.statusCode()).isEqualTo(400);
    assertThat(tooShort.body()).contains("姓名至少 2 个字");

    // when she is erased
    JsonNode erased = admin.restJson("POST", "/privacy/personal-data/erasure", ADMIN,
        Map.of("name", ErasureScenario.NAME, "contacts", List.of(ErasureScenario.PHONE)));

    // then she is nowhere in the database, and the records and matters still work
    assertThat(erased.path("places").path("流程变量（运行中）").asInt()).isPositive();
    assertThat(ErasureScenario.whereSheStands(dataSource)).as("where she is after the erasure").isEmpty();
    assertThat(engine.getRuntimeService().getVariable(open.getId(), "residentName")).isEqualTo(PersonalDataErasure.ERASED);
    String file = jdbc.queryForObject("SELECT content_ FROM cc_matter_file WHERE content_ LIKE ? ORDER BY filed_at_ DESC LIMIT 1",
        String.class, "%" + PersonalDataErasure.ERASED + "%");
    assertThat(new ObjectMapper().readTree(file).isObject()).as("the filed matter is still valid JSON").isTrue();
    Task review = engine.getTaskService().createTaskQuery().processInstanceId(open.getId()).singleResult();
    TestUsers.as(engine, "jiaochangkou-council", () -> engine.getFormService().submitTaskForm(review.getId(), Map.of(
        "admissionDecision", "decline", "declineReason", "重复提交")));
    assertThat(engine.getRuntimeService().createProcessInstanceQuery().processInstanceId(open.getId()).count()).isZero();
  }
}
