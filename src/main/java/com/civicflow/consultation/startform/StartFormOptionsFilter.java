package com.civicflow.consultation.startform;

import com.civicflow.consultation.archive.ArchiveAccess;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;

/**
 * Serves a deployed start form ({@code …/process-definition/{id}/deployed-start-form}, Tasklist's own call, and
 * the same under {@code /engine-rest}, also by key) with the options of its server-filled fields for the user who
 * asks ({@link StartFormOptions}); never cached, as it differs from one user to the next.
 */
public class StartFormOptionsFilter extends OncePerRequestFilter {

  static final Pattern START_FORM =
      Pattern.compile(".*/process-definition/(?:key/([^/]+)(?:/tenant-id/[^/]+)?|([^/]+))/deployed-start-form");

  private final StartFormOptions options;
  private final ArchiveAccess users;
  private final RepositoryService repository;
  private final ObjectMapper json = new ObjectMapper();

  StartFormOptionsFilter(StartFormOptions options, ArchiveAccess users, RepositoryService repository) {
    this.options = options;
    this.users = users;
    this.repository = repository;
  }

  @Override
  protected boolean shouldNotFilter(HttpServletRequest request) {
    return !START_FORM.matcher(request.getRequestURI()).matches();
  }

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    ContentCachingResponseWrapper buffered = new ContentCachingResponseWrapper(response);
    chain.doFilter(request, buffered);
    Optional<String> user = users.user(request);
    Optional<ProcessDefinition> definition = definition(request.getRequestURI());
    if (buffered.getStatus() == HttpServletResponse.SC_OK && user.isPresent() && definition.isPresent()) {
      JsonNode form = options.fill(json.readTree(buffered.getContentAsByteArray()), user.get(), definition.get());
      buffered.resetBuffer();
      buffered.getOutputStream().write(json.writeValueAsBytes(form));
    }
    buffered.setHeader("Cache-Control", "no-store");
    buffered.copyBodyToResponse();
  }

  private Optional<ProcessDefinition> definition(String uri) {
    Matcher path = START_FORM.matcher(uri);
    if (!path.matches()) {
      return Optional.empty();
    }
    if (path.group(1) != null) {
      return repository.createProcessDefinitionQuery().processDefinitionKey(decode(path.group(1))).latestVersion()
          .list().stream().findFirst();
    }
    return Optional.ofNullable(repository.createProcessDefinitionQuery().processDefinitionId(decode(path.group(2)))
        .singleResult());
  }

  private static String decode(String segment) {
    return URLDecoder.decode(segment, StandardCharsets.UTF_8);
  }

  @Configuration
  static class Registration {

    @Bean
    FilterRegistrationBean<StartFormOptionsFilter> startFormOptionsFilter(StartFormOptions options, ArchiveAccess users,
        RepositoryService repository) {
      FilterRegistrationBean<StartFormOptionsFilter> registration =
          new FilterRegistrationBean<>(new StartFormOptionsFilter(options, users, repository));
      registration.addUrlPatterns("/engine-rest/*", "/camunda/api/engine/*");
      registration.setOrder(3);
      return registration;
    }
  }
}
