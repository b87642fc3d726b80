package com.civicflow.consultation.notice;

import java.util.Arrays;

/** Where a notice stands (the values of {@code noticeStatus}) and how the board shows it. */
public enum NoticeStatus {
  /** Posted; residents may object. */
  OPEN("open", "公示中"),
  /** The period is over; objections lodged in time are still being handled, no new ones. */
  EXPIRED("expired", "公示期满，异议处理中"),
  /** Closed at the end of its period. */
  CLOSED("closed", "公示期满"),
  /** Closed early: an objection was upheld and the matter went back. */
  WITHDRAWN("withdrawn", "异议成立，公示终止");

  private final String code;
  private final String label;

  NoticeStatus(String code, String label) {
    this.code = code;
    this.label = label;
  }

  public String code() {
    return code;
  }

  public String label() {
    return label;
  }

  public static NoticeStatus of(String code) {
    return Arrays.stream(values()).filter(s -> s.code.equals(code)).findFirst().orElse(CLOSED);
  }
}
