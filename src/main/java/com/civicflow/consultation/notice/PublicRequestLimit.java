package com.civicflow.consultation.notice;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Request-body limit of the public board: a post to {@code /notices/**} must declare its length
 * (411 otherwise) and stay under {@value #MAX_BODY_BYTES} bytes (413 otherwise), checked before anything
 * reads the body. 32 KB holds the largest valid objection (2,000 Chinese characters percent-encoded).
 * How often one client may submit is {@link SubmissionRateLimit}'s.
 * Also sets the browser hardening headers of the public pages.
 */
@Configuration
class PublicRequestLimit {

  static final long MAX_BODY_BYTES = 32 * 1024;

  /** The body of a servlet filter of the public pages. */
  interface PageFilter {
    void filter(HttpServletRequest request, HttpServletResponse response, FilterChain chain) throws ServletException, IOException;
  }

  /** Registers a filter of the public pages under a name, at an order, for these URL patterns. */
  static FilterRegistrationBean<OncePerRequestFilter> register(String name, int order, PageFilter body, String... urlPatterns) {
    FilterRegistrationBean<OncePerRequestFilter> registration = new FilterRegistrationBean<>(new OncePerRequestFilter() {
      @Override
      protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
          throws ServletException, IOException {
        body.filter(request, response, chain);
      }
    });
    registration.setName(name);
    registration.addUrlPatterns(urlPatterns);
    registration.setOrder(order);
    return registration;
  }

  @Bean
  FilterRegistrationBean<OncePerRequestFilter> noticeBodyLimit() {
    return register("notice-board-body-limit", Ordered.HIGHEST_PRECEDENCE, (request, response, chain) -> {
      if ("GET".equals(request.getMethod()) || "HEAD".equals(request.getMethod())) {
        chain.doFilter(request, response);
      } else if (request.getContentLengthLong() < 0) {
        response.sendError(HttpServletResponse.SC_LENGTH_REQUIRED);
      } else if (request.getContentLengthLong() > MAX_BODY_BYTES) {
        response.sendError(HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE);
      } else {
        chain.doFilter(request, response);
      }
    }, "/notices/*");
  }

  /**
   * Browser hardening of the public board and the matter files: no scripts at all, no framing, no
   * content sniffing, forms post only to this site, no referrer leaves the site.
   */
  @Bean
  FilterRegistrationBean<OncePerRequestFilter> publicPageHeaders() {
    return register("public-page-headers", Ordered.HIGHEST_PRECEDENCE + 1, (request, response, chain) -> {
      response.setHeader("Content-Security-Policy", "default-src 'none'; style-src 'unsafe-inline'; img-src 'self'; "
          + "form-action 'self'; base-uri 'none'; frame-ancestors 'none'");
      response.setHeader("X-Content-Type-Options", "nosniff");
      response.setHeader("X-Frame-Options", "DENY");
      response.setHeader("Referrer-Policy", "same-origin");
      chain.doFilter(request, response);
    }, "/notices", "/notices/*", "/archive", "/archive/*");
  }
}
