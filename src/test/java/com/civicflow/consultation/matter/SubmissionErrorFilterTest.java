package com.civicflow.consultation.matter;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.servlet.http.HttpServletResponse;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

/** What the filter makes of the engine REST layer's answers (the chain stands in for the REST servlet). */
class SubmissionErrorFilterTest {

  private MockHttpServletResponse answer(int status, String body) throws Exception {
    MockHttpServletRequest request = new MockHttpServletRequest("POST", "/engine-rest/task/t1/submit-form");
    MockHttpServletResponse response = new MockHttpServletResponse();
    new SubmissionErrorFilter().doFilter(request, response, new MockFilterChain(new jakarta.servlet.http.HttpServlet() {
      @Override
      protected void service(jakarta.servlet.http.HttpServletRequest req, HttpServletResponse res) throws java.io.IOException {
        res.setStatus(status);
        res.setContentType("application/json");
        res.getOutputStream().write(body.getBytes(StandardCharsets.UTF_8));
      }
    }));
    return response;
  }

  @Test
  void aSubmissionThatCollidedWithConcurrentWorkIsAConflictToRetryNotAServerError() throws Exception {
    MockHttpServletResponse response = answer(500, "{\"type\":\"OptimisticLockingException\",\"message\":\"ENGINE-03005 "
        + "Execution of 'UPDATE ExecutionEntity[…]' failed. Entity was updated by another transaction concurrently.\"}");

    assertThat(response.getStatus()).isEqualTo(409);
    assertThat(response.getContentAsString(StandardCharsets.UTF_8)).contains(SubmissionErrorFilter.CONCURRENT_CHANGE)
        .doesNotContain("ENGINE-03005");
  }

  @Test
  void otherServerErrorsAndSuccessesPassUnchanged() throws Exception {
    assertThat(answer(500, "{\"type\":\"ProcessEngineException\",\"message\":\"x\"}").getStatus()).isEqualTo(500);
    assertThat(answer(500, "not json").getStatus()).isEqualTo(500);
    MockHttpServletResponse ok = answer(204, "");
    assertThat(ok.getStatus()).isEqualTo(204);
  }
}
