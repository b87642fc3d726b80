package com.civicflow.consultation.notice;

import java.util.Arrays;
import java.util.List;

/** What a notice is about (the values of {@code noticeKind}). */
public enum NoticeKind {
  MEETING_ANNOUNCEMENT("会议通知"),
  RESULT("协商结果"),
  COUNCIL_ELECTION_RESULT("理事会选举结果"),
  PROGRESS_REPORT("进展报告"),
  PARTICIPATION_SIGN_UP("参与报名");

  private final String label;

  NoticeKind(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }

  public static List<String> labels() {
    return Arrays.stream(values()).map(NoticeKind::label).toList();
  }
}
