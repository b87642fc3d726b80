package com.civicflow.consultation.notice;

import java.util.Date;
import java.util.List;

/**
 * A notice as the public board shows it: nothing but what was posted, its period and status, the
 * committee's public replies to objections and, for a result, how its implementation is going.
 */
public record PostedNotice(
    String noticeId,
    String communityId,
    String matterNumber,
    String title,
    String kind,
    String body,
    long periodDays,
    Date postedAt,
    Date closesAt,
    Date closedAt,
    NoticeStatus status,
    long objectionCount,
    List<String> replies,
    ImplementationProgress progress) {

  public boolean open() {
    return status == NoticeStatus.OPEN;
  }

  /** A 参与报名 notice takes applications to take part while it is open. */
  public boolean takesApplications() {
    return NoticeKind.PARTICIPATION_SIGN_UP.label().equals(kind);
  }

  public boolean isResult() {
    return NoticeKind.RESULT.label().equals(kind);
  }
}
