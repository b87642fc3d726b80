package com.civicflow.consultation.notice;

import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.springframework.stereotype.Service;

/**
 * Takes an application from an open notice whose {@link NoticeWindow} takes applications. To a 会议通知 (报名参会 /
 * 申请列席) it goes to the notice itself ({@link PublicNotice#MESSAGE_ATTENDANCE}), where the community's staff
 * answer it; to a 参与报名 notice it goes to the process instance that called the notice — the consultation, whose
 * committee accepts or declines it ({@link PublicNotice#MESSAGE_PARTICIPATION}). The application's fields become
 * variables of the scope the message triggers (one scope per application).
 */
@Service
public class ApplicationDesk {

  private final RuntimeService runtime;
  private final OpenNotices notices;

  ApplicationDesk(RuntimeService runtime, OpenNotices notices) {
    this.runtime = runtime;
    this.notices = notices;
  }

  /**
   * @throws NoticeNotFoundException no such notice on this board
   * @throws NoticeClosedException the notice is closed, or its caller does not wait for applications
   * @throws NoticeWindowException the notice's kind takes no applications (a result, a progress report)
   * @throws IllegalArgumentException the application is incomplete or too long
   */
  public void apply(String communityId, String noticeId, ParticipationApplication application) {
    if (!application.problems().isEmpty()) {
      throw new IllegalArgumentException(String.join("；", application.problems()));
    }
    ProcessInstance notice = notices.running(communityId, noticeId);
    String kind = notices.kindOf(notice);
    NoticeWindow window = NoticeKind.of(kind).window();
    if (!window.takesApplications()) {
      throw new NoticeWindowException(kind, NoticeWindow.ATTENDANCE.request());
    }
    Map<String, Object> variables = Map.of(
        NoticeVariables.APPLICANT_NAME.name(), application.name(),
        NoticeVariables.APPLICANT_CONTACT.name(), application.contact(),
        NoticeVariables.APPLICANT_ORGANISATION.name(), application.organisation(),
        NoticeVariables.APPLICATION_REASON.name(), application.reason(),
        NoticeVariables.APPLICATION_LODGED_AT.name(), ClockUtil.getCurrentTime());
    if (window == NoticeWindow.ATTENDANCE) {
      notices.deliver(PublicNotice.MESSAGE_ATTENDANCE, notice.getId(), variables);
      return;
    }
    ProcessInstance caller = runtime.createProcessInstanceQuery().subProcessInstanceId(notice.getId()).singleResult();
    if (caller == null) {
      throw new NoticeClosedException();
    }
    notices.deliver(PublicNotice.MESSAGE_PARTICIPATION, caller.getId(), variables);
  }
}
