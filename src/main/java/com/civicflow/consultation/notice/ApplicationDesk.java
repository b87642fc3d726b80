package com.civicflow.consultation.notice;

import static com.civicflow.consultation.notice.NoticeVariables.NOTICE_KIND;

import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.springframework.stereotype.Service;

/**
 * Takes an application to take part (参与报名) from an open 参与报名 notice and delivers it by message
 * correlation ({@link PublicNotice#MESSAGE_PARTICIPATION}) to the process instance that called the
 * notice — the consultation, whose committee accepts or declines it. The application's fields become
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
   * @throws NoticeClosedException the notice is closed, takes no applications, or its caller does not wait for them
   * @throws IllegalArgumentException the application is incomplete or too long
   */
  public void apply(String communityId, String noticeId, ParticipationApplication application) {
    if (!application.problems().isEmpty()) {
      throw new IllegalArgumentException(String.join("；", application.problems()));
    }
    ProcessInstance notice = notices.running(communityId, noticeId);
    ProcessInstance caller = runtime.createProcessInstanceQuery().subProcessInstanceId(notice.getId()).singleResult();
    if (caller == null
        || !NoticeKind.PARTICIPATION_SIGN_UP.label().equals(runtime.getVariable(notice.getId(), NOTICE_KIND.name()))) {
      throw new NoticeClosedException();
    }
    notices.deliver(PublicNotice.MESSAGE_PARTICIPATION, caller.getId(), Map.of(
        NoticeVariables.APPLICANT_NAME.name(), application.name(),
        NoticeVariables.APPLICANT_CONTACT.name(), application.contact(),
        NoticeVariables.APPLICANT_ORGANISATION.name(), application.organisation(),
        NoticeVariables.APPLICATION_REASON.name(), application.reason(),
        NoticeVariables.APPLICATION_LODGED_AT.name(), ClockUtil.getCurrentTime()));
  }
}
