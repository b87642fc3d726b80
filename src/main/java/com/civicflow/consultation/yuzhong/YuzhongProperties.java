package com.civicflow.consultation.yuzhong;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the 渝中 model ({@code consultation.yuzhong}). The seed names no number for repeated
 * meetings: after {@code maxMeetingRounds} 群议 without a conclusion the committee decides whether to
 * continue or to close the topic.
 */
@ConfigurationProperties("consultation.yuzhong")
public record YuzhongProperties(@DefaultValue("2") int maxMeetingRounds) {

  public YuzhongProperties {
    if (maxMeetingRounds < 1) {
      throw new IllegalArgumentException("consultation.yuzhong.max-meeting-rounds 必须至少为 1");
    }
  }
}
