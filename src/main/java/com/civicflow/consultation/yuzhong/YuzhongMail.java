package com.civicflow.consultation.yuzhong;

import static com.civicflow.consultation.yuzhong.YuzhongVariables.PARTICIPANT_EMAILS;
import static com.civicflow.consultation.yuzhong.YuzhongVariables.PROPOSER_EMAIL;

import com.civicflow.consultation.mail.Notification;
import com.civicflow.consultation.mail.Notifications;
import com.civicflow.consultation.mail.Recipients;
import com.civicflow.consultation.organisation.RoleGroup;
import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Service;

/**
 * The model's e-mails, queued through the shared {@link Notifications} (sent by retried jobs after the
 * transaction): the meeting notice to the participants, and the answer to the proposer of a topic that
 * is not taken up.
 */
@Service
class YuzhongMail {

  private final Notifications notifications;
  private final Recipients recipients;

  YuzhongMail(Notifications notifications, Recipients recipients) {
    this.notifications = notifications;
    this.recipients = recipients;
  }

  /** 会议通知: the committee members and staff of the community, and every address the plan names. */
  void meetingNotice(DelegateExecution execution) {
    List<String> to = new ArrayList<>(recipients.holdingAny(
        List.of(RoleGroup.CONSULTATION_COUNCIL.id(), RoleGroup.COMMITTEE_STAFF.id()), execution.getTenantId()));
    to.addAll(MeetingPlanning.emails(PARTICIPANT_EMAILS.from(execution).orElse("")));
    notifications.send(execution, new Notification(YuzhongProcess.MAIL_MEETING_NOTICE, to, execution.getVariables()));
  }

  /** 告知提议人: why the topic is not taken up (or was closed). */
  void topicRejected(DelegateExecution execution) {
    List<String> to = PROPOSER_EMAIL.from(execution).map(List::of).orElse(List.of());
    notifications.send(execution, new Notification(YuzhongProcess.MAIL_TOPIC_REJECTED, to, execution.getVariables()));
  }
}
