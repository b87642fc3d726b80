package com.civicflow.consultation.webapp;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.test.context.ActiveProfiles;

/**
 * The running server serves this product's Chinese locale and config.js under /camunda/app/…: the
 * starter maps /camunda/app/** to classpath:/META-INF/resources/webjars/camunda/app/, where the
 * application's own resources come before the webjar's.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class ChineseWebappResourcesTest {

  @Autowired
  private TestRestTemplate http;

  @Test
  void tasklistServesTheChineseLocale() throws Exception {
    // when
    ResponseEntity<byte[]> response = http.getForEntity("/camunda/app/tasklist/locales/zh-CN.json", byte[].class);

    // then
    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
    JsonNode labels = new ObjectMapper().readTree(response.getBody()).get("labels");
    assertThat(labels.get("CLAIM_TASK").asText()).isEqualTo("认领");
    assertThat(labels.get("COMPLETE").asText()).isEqualTo("完成");
  }

  @Test
  void tasklistServesTheChineseDefaultConfiguration() {
    // when
    ResponseEntity<String> response = http.getForEntity("/camunda/app/tasklist/scripts/config.js", String.class);

    // then
    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(response.getBody())
        .contains("availableLocales: ['zh-CN', 'en']")
        .contains("fallbackLocale: 'zh-CN'");
  }

  @Test
  void englishStaysAvailableFromTheWebjar() {
    // when
    ResponseEntity<String> response = http.getForEntity("/camunda/app/tasklist/locales/en.json", String.class);

    // then
    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(response.getBody()).contains("\"CLAIM_TASK\": \"Claim\"");
  }
}
