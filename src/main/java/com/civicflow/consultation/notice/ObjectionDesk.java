package com.civicflow.consultation.notice;

import java.util.Map;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.springframework.stereotype.Service;

/**
 * Takes a resident's objection to a notice and delivers it to that notice's running instance by message
 * correlation (to that one process instance only). The committee then gets a task to handle it.
 */
@Service
public class ObjectionDesk {

  private final OpenNotices notices;

  ObjectionDesk(OpenNotices notices) {
    this.notices = notices;
  }

  /**
   * @throws NoticeNotFoundException no such notice on this community's board
   * @throws NoticeClosedException the notice no longer takes objections
   * @throws NoticeWindowException the notice's kind takes no objections (a meeting notice, a progress report)
   * @throws IllegalArgumentException the objection is incomplete or too long (callers check {@link Objection#problems()})
   */
  public void lodge(String communityId, String noticeId, Objection objection) {
    if (!objection.problems().isEmpty()) {
      throw new IllegalArgumentException(String.join("；", objection.problems()));
    }
    ProcessInstance notice = notices.running(communityId, noticeId);
    String kind = notices.kindOf(notice);
    if (!NoticeKind.of(kind).window().takesObjections()) {
      throw new NoticeWindowException(kind, NoticeWindow.OBJECTIONS.request());
    }
    notices.deliver(PublicNotice.MESSAGE_OBJECTION, notice.getId(), Map.of(
        NoticeVariables.OBJECTOR_NAME.name(), objection.name(),
        NoticeVariables.OBJECTOR_CONTACT.name(), objection.contact(),
        NoticeVariables.OBJECTION_REASON.name(), objection.reason(),
        NoticeVariables.OBJECTION_LODGED_AT.name(), ClockUtil.getCurrentTime()));
  }
}
