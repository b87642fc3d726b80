package com.civicflow.consultation.mail;

import com.civicflow.consultation.matter.ProcessVariable;
import java.util.Arrays;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * {@code camunda:delegateExpression="${sendMail}"} for model authors: queues the template
 * {@code mailTemplate} to the users holding the groups {@code mailRecipientGroups} (comma separated ids,
 * e.g. {@code street-office,committee-staff}) in the matter's community. Both are usually input
 * parameters of the service task. The template sees all variables of the matter.
 */
@Component("sendMail")
class SendMailDelegate implements JavaDelegate {

  static final ProcessVariable<String> MAIL_TEMPLATE = ProcessVariable.string("mailTemplate");
  static final ProcessVariable<String> MAIL_RECIPIENT_GROUPS = ProcessVariable.string("mailRecipientGroups");

  private final Notifications notifications;
  private final Recipients recipients;

  SendMailDelegate(Notifications notifications, Recipients recipients) {
    this.notifications = notifications;
    this.recipients = recipients;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String template = MAIL_TEMPLATE.required(execution);
    List<String> groups = Arrays.stream(MAIL_RECIPIENT_GROUPS.required(execution).split(","))
        .map(String::trim).filter(g -> !g.isEmpty()).toList();
    notifications.send(execution, new Notification(template,
        recipients.holdingAny(groups, execution.getTenantId()), execution.getVariables()));
  }
}
