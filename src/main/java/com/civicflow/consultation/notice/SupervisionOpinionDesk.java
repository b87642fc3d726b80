package com.civicflow.consultation.notice;

import java.util.Map;
import java.util.Optional;
import org.camunda.bpm.engine.MismatchingMessageCorrelationException;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Execution;
import org.springframework.stereotype.Service;

/**
 * Takes a resident's supervision opinion on a published result while its matter is being handled, and delivers it
 * to that matter only (message {@value SupervisionOpinion#MESSAGE}, correlated to the execution of the matter — same
 * business key, same tenant — that waits for it). A matter takes opinions exactly while its model subscribes to the
 * message (垦利: while the responsible unit carries the result out); otherwise the board shows no form and a post is
 * refused as closed.
 */
@Service
public class SupervisionOpinionDesk {

  private final RuntimeService runtime;
  private final NoticeBoard board;

  SupervisionOpinionDesk(RuntimeService runtime, NoticeBoard board) {
    this.runtime = runtime;
    this.board = board;
  }

  /** Whether the matter of this (result) notice takes supervision opinions now. */
  public boolean accepting(PostedNotice notice) {
    return waiting(notice).isPresent();
  }

  /**
   * @throws NoticeNotFoundException no such notice on this community's board
   * @throws NoticeClosedException the matter does not take supervision opinions (not being handled)
   * @throws IllegalArgumentException the opinion is incomplete or too long (callers check {@link SupervisionOpinion#problems()})
   */
  public void lodge(String communityId, String noticeId, SupervisionOpinion opinion) {
    if (!opinion.problems().isEmpty()) {
      throw new IllegalArgumentException(String.join("；", opinion.problems()));
    }
    PostedNotice notice = board.notice(communityId, noticeId).orElseThrow(NoticeNotFoundException::new);
    Execution waiting = waiting(notice).orElseThrow(NoticeClosedException::new);
    try {
      runtime.createMessageCorrelation(SupervisionOpinion.MESSAGE).processInstanceId(waiting.getProcessInstanceId())
          .setVariablesToTriggeredScope(Map.of(
              SupervisionOpinion.NAME.name(), opinion.name(),
              SupervisionOpinion.CONTACT.name(), opinion.contact(),
              SupervisionOpinion.TEXT.name(), opinion.opinion(),
              SupervisionOpinion.LODGED_AT.name(), ClockUtil.getCurrentTime()))
          .correlateWithResult();
    } catch (MismatchingMessageCorrelationException notWaiting) {
      throw new NoticeClosedException();
    }
  }

  private Optional<Execution> waiting(PostedNotice notice) {
    if (!notice.isResult() || notice.matterNumber() == null) {
      return Optional.empty();
    }
    return runtime.createExecutionQuery().messageEventSubscriptionName(SupervisionOpinion.MESSAGE)
        .processInstanceBusinessKey(notice.matterNumber()).tenantIdIn(notice.communityId())
        .listPage(0, 1).stream().findFirst();
  }
}
