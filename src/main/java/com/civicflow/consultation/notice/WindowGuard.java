package com.civicflow.consultation.notice;

import static com.civicflow.consultation.notice.NoticeVariables.NOTICE_KIND;
import static com.civicflow.consultation.notice.NoticeVariables.NOTICE_STATUS;

import org.camunda.bpm.engine.delegate.DelegateExecution;

/** The engine's own check, at the start of an objection's or an application's handling, that the notice takes it. */
final class WindowGuard {

  private WindowGuard() {}

  /**
   * The notice (process instance) of this execution, if it is open and its kind opens {@code window}.
   *
   * @throws NoticeClosedException the notice is no longer open
   * @throws NoticeWindowException the notice's kind opens another window
   */
  static DelegateExecution admit(DelegateExecution execution, NoticeWindow window) {
    DelegateExecution notice = execution.getProcessInstance();
    if (NoticeStatus.of(NOTICE_STATUS.from(notice).orElse("")) != NoticeStatus.OPEN) {
      throw new NoticeClosedException();
    }
    String kind = NOTICE_KIND.from(notice).orElse("");
    if (NoticeKind.of(kind).window() != window) {
      throw new NoticeWindowException(kind, window.request());
    }
    return notice;
  }
}
