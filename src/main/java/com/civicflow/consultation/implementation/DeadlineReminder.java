package com.civicflow.consultation.implementation;

import static com.civicflow.consultation.implementation.ImplementationVariables.RESPONSIBLE_UNIT;
import static com.civicflow.consultation.implementation.ImplementationVariables.RESPONSIBLE_UNIT_NAME;

import com.civicflow.consultation.mail.Notification;
import com.civicflow.consultation.mail.Notifications;
import com.civicflow.consultation.mail.Recipients;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Service;

/** The reminder before a deadline: e-mails the handler (or the whole responsible unit) a link to the task. */
@Service("deadlineReminderService")
class DeadlineReminder {

  static final String MAIL_TEMPLATE = "implementation-reminder";

  private final LateTasks lateTasks;
  private final Notifications notifications;
  private final Recipients recipients;

  DeadlineReminder(LateTasks lateTasks, Notifications notifications, Recipients recipients) {
    this.lateTasks = lateTasks;
    this.notifications = notifications;
    this.recipients = recipients;
  }

  void remind(DelegateExecution execution) {
    Task task = lateTasks.openTaskBehind(execution);
    List<String> to = recipients.user(task.getAssignee());
    if (to.isEmpty()) {
      to = recipients.holding(RESPONSIBLE_UNIT.required(execution), execution.getTenantId());
    }
    notifications.send(execution, new Notification(MAIL_TEMPLATE, to, Map.of(
        "taskName", task.getName(), "dueDate", task.getDueDate(),
        "responsibleUnitName", RESPONSIBLE_UNIT_NAME.from(execution).orElse(""),
        "taskLink", notifications.taskLink(task.getId()))));
  }
}
