package com.civicflow.consultation.notice;

import static com.civicflow.consultation.notice.NoticeVariables.NOTICE_ID;
import static com.civicflow.consultation.notice.NoticeVariables.NOTICE_STATUS;

import java.util.Map;
import org.camunda.bpm.engine.MismatchingMessageCorrelationException;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.springframework.stereotype.Service;

/**
 * Takes a resident's objection to a notice and delivers it to that notice's running instance by message
 * correlation (to that one process instance only). The committee then gets a task to handle it.
 */
@Service
public class ObjectionDesk {

  private final RuntimeService runtime;
  private final NoticeBoard board;

  ObjectionDesk(RuntimeService runtime, NoticeBoard board) {
    this.runtime = runtime;
    this.board = board;
  }

  /**
   * @throws NoticeNotFoundException no such notice on this community's board
   * @throws NoticeClosedException the notice no longer takes objections
   * @throws IllegalArgumentException the objection is incomplete or too long (callers check {@link Objection#problems()})
   */
  public void lodge(String communityId, String noticeId, Objection objection) {
    if (!objection.problems().isEmpty()) {
      throw new IllegalArgumentException(String.join("；", objection.problems()));
    }
    board.instanceOf(communityId, noticeId).orElseThrow(NoticeNotFoundException::new);
    ProcessInstance notice = runtime.createProcessInstanceQuery()
        .processDefinitionKey(PublicNotice.PROCESS_KEY).tenantIdIn(communityId)
        .variableValueEquals(NOTICE_ID.name(), noticeId).singleResult();
    if (notice == null
        || !NoticeStatus.OPEN.code().equals(runtime.getVariable(notice.getId(), NOTICE_STATUS.name()))) {
      throw new NoticeClosedException();
    }
    try {
      runtime.createMessageCorrelation(PublicNotice.MESSAGE_OBJECTION)
          .processInstanceId(notice.getId())
          .setVariablesToTriggeredScope(Map.of(
              NoticeVariables.OBJECTOR_NAME.name(), objection.name(),
              NoticeVariables.OBJECTOR_CONTACT.name(), objection.contact(),
              NoticeVariables.OBJECTION_REASON.name(), objection.reason(),
              NoticeVariables.OBJECTION_LODGED_AT.name(), ClockUtil.getCurrentTime()))
          .correlateWithResult();
    } catch (MismatchingMessageCorrelationException notWaiting) {
      throw new NoticeClosedException();
    }
  }
}
