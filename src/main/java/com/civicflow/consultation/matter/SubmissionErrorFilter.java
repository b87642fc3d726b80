package com.civicflow.consultation.matter;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;

/**
 * When a request to the REST API (Tasklist's own or /engine-rest) failed because the server refused a
 * submission, the client gets 400 and the refusal's plain Chinese message instead of the engine's wrapped
 * "ENGINE-03051 There was an exception while invoking the TaskListener …". A submission that collided with
 * concurrent work on the same matter (a timer or job of the matter committing at the same moment: the engine's
 * {@code OptimisticLockingException}, which its REST layer answers with 500) gets 409 and a message asking to try
 * again; nothing was changed by it.
 */
public class SubmissionErrorFilter extends OncePerRequestFilter {

  private static final Logger LOG = LoggerFactory.getLogger(SubmissionErrorFilter.class);

  static final String CONCURRENT_CHANGE = "该事项刚刚被其他操作（如到期提醒、督办）同时更新，本次提交未保存：请刷新页面后重新提交";

  private final ObjectMapper json = new ObjectMapper();

  private boolean collided(ContentCachingResponseWrapper buffered) {
    try {
      return "OptimisticLockingException".equals(json.readTree(buffered.getContentAsByteArray()).path("type").asText());
    } catch (IOException notJson) {
      return false;
    }
  }

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    InvalidSubmissionException.forget();
    ContentCachingResponseWrapper buffered = new ContentCachingResponseWrapper(response);
    try {
      chain.doFilter(request, buffered);
      var refusal = InvalidSubmissionException.lastOnThisThread();
      if (refusal.isPresent() && buffered.getStatus() >= 400) {
        LOG.info("Refused submission {} {}: {}", request.getMethod(), request.getRequestURI(), refusal.get().getMessage());
        buffered.resetBuffer();
        buffered.setStatus(HttpServletResponse.SC_BAD_REQUEST);
        buffered.setContentType("application/json;charset=UTF-8");
        buffered.getOutputStream().write(json.writeValueAsString(Map.of(
            "type", "InvalidSubmissionException", "message", refusal.get().getMessage())).getBytes(StandardCharsets.UTF_8));
      }
      if (buffered.getStatus() == HttpServletResponse.SC_INTERNAL_SERVER_ERROR && collided(buffered)) {
        LOG.info("Concurrent change refused {} {}", request.getMethod(), request.getRequestURI());
        buffered.resetBuffer();
        buffered.setStatus(HttpServletResponse.SC_CONFLICT);
        buffered.setContentType("application/json;charset=UTF-8");
        buffered.getOutputStream().write(json.writeValueAsString(Map.of("type", "OptimisticLockingException",
            "message", CONCURRENT_CHANGE)).getBytes(StandardCharsets.UTF_8));
      }
      buffered.copyBodyToResponse();
    } finally {
      InvalidSubmissionException.forget();
    }
  }

  @Configuration
  static class Registration {

    @Bean
    FilterRegistrationBean<SubmissionErrorFilter> submissionErrorFilter() {
      FilterRegistrationBean<SubmissionErrorFilter> registration = new FilterRegistrationBean<>(new SubmissionErrorFilter());
      registration.addUrlPatterns("/engine-rest/*", "/camunda/api/engine/*");
      registration.setOrder(2);
      return registration;
    }
  }
}
