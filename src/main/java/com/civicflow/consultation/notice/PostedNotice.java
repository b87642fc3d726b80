package com.civicflow.consultation.notice;

import com.civicflow.consultation.privacy.Masking;
import java.util.Collection;
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

  /** The notice as the public sees it: these people's names and every phone number or e-mail masked (个人信息保护法). */
  PostedNotice masked(Collection<String> people) {
    return new PostedNotice(noticeId, communityId, matterNumber, Masking.text(title, people), kind, Masking.text(body, people),
        periodDays, postedAt, closesAt, closedAt, status, objectionCount,
        replies.stream().map(reply -> Masking.text(reply, people)).toList(), progress);
  }

  public boolean open() {
    return status == NoticeStatus.OPEN;
  }

  /** What the notice takes while it is open, by its kind. */
  public NoticeWindow window() {
    return NoticeKind.of(kind).window();
  }

  /** A result or ballot result takes objections while it is open. */
  public boolean takesObjections() {
    return window().takesObjections();
  }

  /** A 会议通知 (报名参会 / 申请列席) or 参与报名 notice takes applications while it is open. */
  public boolean takesApplications() {
    return window().takesApplications();
  }

  /** The status as the board says it: an expired notice still handles what its window took. */
  public String statusLabel() {
    if (status == NoticeStatus.EXPIRED) {
      return window().takesApplications() ? "公示期满，报名处理中" : status.label();
    }
    return status.label();
  }

  public boolean isResult() {
    return NoticeKind.RESULT.label().equals(kind);
  }
}
