package com.civicflow.consultation.notice;

import java.util.Arrays;
import java.util.List;

/** What a notice is about (the values of {@code noticeKind}) and so which {@link NoticeWindow} it opens. */
public enum NoticeKind {
  MEETING_ANNOUNCEMENT("会议通知", NoticeWindow.ATTENDANCE),
  RESULT("协商结果", NoticeWindow.OBJECTIONS),
  COUNCIL_ELECTION_RESULT("理事会选举结果", NoticeWindow.OBJECTIONS),
  PROGRESS_REPORT("进展报告", NoticeWindow.NONE),
  PARTICIPATION_SIGN_UP("参与报名", NoticeWindow.PARTICIPATION);

  private final String label;
  private final NoticeWindow window;

  NoticeKind(String label, NoticeWindow window) {
    this.label = label;
    this.window = window;
  }

  /** What the notice takes while it is open. */
  public NoticeWindow window() {
    return window;
  }

  /** The kind with this label; an unknown label (a notice posted before kinds existed) takes objections as it did. */
  public static NoticeKind of(String label) {
    return Arrays.stream(values()).filter(k -> k.label.equals(label)).findFirst().orElse(RESULT);
  }

  public String label() {
    return label;
  }

  public static List<String> labels() {
    return Arrays.stream(values()).map(NoticeKind::label).toList();
  }
}
