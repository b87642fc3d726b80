package com.civicflow.consultation.mail;

import com.civicflow.consultation.matter.MatterVariables;
import com.civicflow.consultation.system.ConsultationProperties;
import java.util.LinkedHashMap;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.impl.persistence.entity.ExecutionEntity;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Sends e-mail from processes without ever blocking them: {@link #send} renders the message now, stores
 * it durably with the matter and queues a job that sends it after the caller's transaction commits. An
 * SMTP outage makes the job retry ({@code consultation.mail.retry-cycle}), then an incident on the
 * matter in Cockpit; retrying the job sends the message, exactly once.
 */
@Component
public class Notifications {

  private static final Logger LOG = LoggerFactory.getLogger(Notifications.class);

  private final MailTemplates templates;
  private final MailOutbox outbox;
  private final ConsultationProperties properties;

  Notifications(MailTemplates templates, MailOutbox outbox, ConsultationProperties properties) {
    this.templates = templates;
    this.outbox = outbox;
    this.properties = properties;
  }

  /**
   * Queues the message in the current transaction. The template sees the notification's model plus
   * {@code matterNumber}, {@code communityName}, {@code topic} (from the matter, unless the model has
   * them) and {@code publicUrl}.
   */
  public void send(DelegateExecution execution, Notification notification) {
    if (notification.recipients().isEmpty()) {
      LOG.warn("Mail '{}' for {} has no recipient with an e-mail address: not sent",
          notification.template(), execution.getProcessBusinessKey());
      return;
    }
    Map<String, Object> model = new LinkedHashMap<>();
    model.put(MatterVariables.MATTER_NUMBER.name(), execution.getProcessBusinessKey());
    MatterVariables.COMMUNITY_NAME.from(execution).ifPresent(v -> model.put(MatterVariables.COMMUNITY_NAME.name(), v));
    MatterVariables.TOPIC.from(execution).ifPresent(v -> model.put(MatterVariables.TOPIC.name(), v));
    model.put("publicUrl", properties.publicUrl());
    model.putAll(notification.model());
    MailTemplates.Rendered rendered = templates.render(notification.template(), model);
    String messageId = outbox.store(execution.getProcessBusinessKey(), execution.getProcessInstanceId(),
        notification.template(), notification.recipients(), rendered);
    MailJobs.queue((ExecutionEntity) execution, messageId);
  }

  /** The Tasklist address of a task, for links in e-mails. */
  public String taskLink(String taskId) {
    return properties.publicUrl() + "/camunda/app/tasklist/default/#/?task=" + taskId;
  }
}
