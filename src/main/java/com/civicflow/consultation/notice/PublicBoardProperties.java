package com.civicflow.consultation.notice;

import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the public board ({@code consultation.public-board}): how many submissions of each form one client
 * (IP address) may send a minute and an hour — {@code topics} (我要提议题), {@code objections} (异议),
 * {@code applications} (报名参会/申请列席, 参与报名), {@code points} (我的治理积分: code lookups), {@code supervision} (居民监督意见).
 * A form without an entry gets {@link Limit#DEFAULT}.
 */
@ConfigurationProperties("consultation.public-board")
public record PublicBoardProperties(@DefaultValue Map<String, Limit> rateLimits) {

  public record Limit(int perMinute, int perHour) {

    static final Limit DEFAULT = new Limit(5, 30);

    public Limit {
      if (perMinute < 1 || perHour < perMinute) {
        throw new IllegalArgumentException("consultation.public-board.rate-limits: per-minute 至少为 1，per-hour 不小于 per-minute");
      }
    }
  }

  Limit limitOf(String form) {
    return rateLimits.getOrDefault(form, Limit.DEFAULT);
  }
}
