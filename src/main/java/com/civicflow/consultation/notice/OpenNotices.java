package com.civicflow.consultation.notice;

import static com.civicflow.consultation.notice.NoticeVariables.NOTICE_ID;
import static com.civicflow.consultation.notice.NoticeVariables.NOTICE_STATUS;

import java.util.Map;
import org.camunda.bpm.engine.MismatchingMessageCorrelationException;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.springframework.stereotype.Component;

/** What the objection and application desks share: the running open notice, and delivering a message. */
@Component
class OpenNotices {

  private final RuntimeService runtime;
  private final NoticeBoard board;

  OpenNotices(RuntimeService runtime, NoticeBoard board) {
    this.runtime = runtime;
    this.board = board;
  }

  /**
   * @throws NoticeNotFoundException no such notice on this community's board
   * @throws NoticeClosedException the notice is no longer open
   */
  ProcessInstance running(String communityId, String noticeId) {
    board.instanceOf(communityId, noticeId).orElseThrow(NoticeNotFoundException::new);
    ProcessInstance notice = runtime.createProcessInstanceQuery()
        .processDefinitionKey(PublicNotice.PROCESS_KEY).tenantIdIn(communityId)
        .variableValueEquals(NOTICE_ID.name(), noticeId).singleResult();
    if (notice == null
        || !NoticeStatus.OPEN.code().equals(runtime.getVariable(notice.getId(), NOTICE_STATUS.name()))) {
      throw new NoticeClosedException();
    }
    return notice;
  }

  /** The notice's kind (a {@link NoticeKind} label). */
  String kindOf(ProcessInstance notice) {
    return (String) runtime.getVariable(notice.getId(), NoticeVariables.NOTICE_KIND.name());
  }

  /** Delivers the message to one process instance; nobody waiting for it means the notice is closed. */
  void deliver(String message, String processInstanceId, Map<String, Object> variables) {
    try {
      runtime.createMessageCorrelation(message).processInstanceId(processInstanceId)
          .setVariablesToTriggeredScope(variables).correlateWithResult();
    } catch (MismatchingMessageCorrelationException notWaiting) {
      throw new NoticeClosedException();
    }
  }
}
