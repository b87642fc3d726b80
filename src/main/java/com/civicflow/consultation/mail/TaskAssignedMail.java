package com.civicflow.consultation.mail;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.springframework.stereotype.Component;

/**
 * Task listener for model authors, on the {@code create} event:
 * {@code <camunda:taskListener event="create" delegateExpression="${taskAssignedMail}"/>} e-mails the
 * task's assignee, or else its candidate groups' members in the matter's community, with a link to the
 * task in Tasklist (template {@code mail/task-assigned.txt}).
 */
@Component("taskAssignedMail")
class TaskAssignedMail implements TaskListener {

  static final String TEMPLATE = "task-assigned";

  private final Notifications notifications;
  private final Recipients recipients;

  TaskAssignedMail(Notifications notifications, Recipients recipients) {
    this.notifications = notifications;
    this.recipients = recipients;
  }

  @Override
  public void notify(DelegateTask task) {
    List<String> to = new ArrayList<>(recipients.user(task.getAssignee()));
    if (to.isEmpty()) {
      List<String> groups = task.getCandidates().stream()
          .filter(link -> IdentityLinkType.CANDIDATE.equals(link.getType()) && link.getGroupId() != null)
          .map(IdentityLink::getGroupId).toList();
      to.addAll(recipients.holdingAny(groups, task.getTenantId()));
      task.getCandidates().stream().map(IdentityLink::getUserId).forEach(u -> to.addAll(recipients.user(u)));
    }
    Map<String, Object> model = new HashMap<>();
    model.put("taskName", task.getName());
    model.put("taskLink", notifications.taskLink(task.getId()));
    model.put("dueDate", task.getDueDate());
    notifications.send(task.getExecution(), new Notification(TEMPLATE, to, model));
  }
}
