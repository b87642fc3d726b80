package com.civicflow.consultation.notice;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;
import jakarta.servlet.http.HttpServletRequest;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Per-client rate limit of the board's forms (我要提议题, 异议, 报名, 居民监督意见, and 我的治理积分's code lookup): one Bucket4j token bucket per form and
 * client address with two limits from {@link PublicBoardProperties} (so many a minute, so many an hour, refilled
 * greedily). A post over the limit is answered 429 with {@code Retry-After} and the board's Chinese error page,
 * before anything reads its body, and changes nothing. Buckets live in a bounded Caffeine cache (idle ones expire
 * after two hours), on each node: with N nodes behind a load balancer a client may send up to N times the limit.
 * The client is the connection's address; behind a reverse proxy set {@code server.forward-headers-strategy: native}
 * so that it is the resident's, not the proxy's (docs/operations.md).
 */
@Configuration
class SubmissionRateLimit {

  private static final Logger LOG = LoggerFactory.getLogger(SubmissionRateLimit.class);
  /** {@code /notices/{board}/topics|points}, {@code /notices/{board}/{notice}/objections|applications|supervision}. */
  static final Pattern FORM = Pattern.compile("/notices/[^/]+/(?:(topics|points)|[^/]+/(objections|applications|supervision))/?");

  private final PublicBoardProperties properties;
  private final Cache<String, Bucket> buckets = Caffeine.newBuilder()
      .expireAfterAccess(2, TimeUnit.HOURS).maximumSize(100_000).build();

  SubmissionRateLimit(PublicBoardProperties properties) {
    this.properties = properties;
  }

  /** The form a post goes to, or empty for anything else. */
  static Optional<String> form(HttpServletRequest request) {
    if (!"POST".equals(request.getMethod())) {
      return Optional.empty();
    }
    Matcher m = FORM.matcher(request.getRequestURI());
    return m.matches() ? Optional.of(m.group(1) != null ? m.group(1) : m.group(2)) : Optional.empty();
  }

  /** Takes one submission from the client's bucket for this form; empty when allowed, else the seconds to wait. */
  Optional<Long> take(String form, String client) {
    Bucket bucket = buckets.get(form + "|" + client, key -> newBucket(properties.limitOf(form)));
    ConsumptionProbe probe = bucket.tryConsumeAndReturnRemaining(1);
    return probe.isConsumed() ? Optional.empty()
        : Optional.of(Math.max(1, TimeUnit.NANOSECONDS.toSeconds(probe.getNanosToWaitForRefill()) + 1));
  }

  private static Bucket newBucket(PublicBoardProperties.Limit limit) {
    return Bucket.builder()
        .addLimit(l -> l.capacity(limit.perMinute()).refillGreedy(limit.perMinute(), Duration.ofMinutes(1)))
        .addLimit(l -> l.capacity(limit.perHour()).refillGreedy(limit.perHour(), Duration.ofHours(1)))
        .build();
  }

  @Bean
  FilterRegistrationBean<OncePerRequestFilter> noticeSubmissionRateLimit() {
    return PublicRequestLimit.register("notice-board-rate-limit", Ordered.HIGHEST_PRECEDENCE + 2, (request, response, chain) -> {
      Optional<Long> wait = form(request).flatMap(f -> take(f, request.getRemoteAddr()));
      if (wait.isPresent()) {
        LOG.info("Rate limit: {} {} from {} refused, retry in {} s", request.getMethod(), request.getRequestURI(),
            request.getRemoteAddr(), wait.get());
        response.setHeader("Retry-After", String.valueOf(wait.get()));
        response.sendError(429);
      } else {
        chain.doFilter(request, response);
      }
    }, "/notices/*");
  }
}
