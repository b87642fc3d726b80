package com.civicflow.consultation.mail;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.io.UnsupportedEncodingException;
import java.nio.charset.StandardCharsets;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.jobexecutor.JobHandler;
import org.camunda.bpm.engine.impl.jobexecutor.JobHandlerConfiguration;
import org.camunda.bpm.engine.impl.persistence.entity.ExecutionEntity;
import org.camunda.bpm.engine.impl.persistence.entity.JobEntity;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.mail.MailException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.stereotype.Component;

/**
 * Sends one stored message (job handler type {@value #TYPE}). A failure (SMTP server down) fails the job:
 * the engine retries it on the configured cycle, then raises an incident; retrying the job in Cockpit
 * (or {@code managementService.setJobRetries}) sends it. A message already sent is never sent again.
 */
@Component
class MailJobHandler implements JobHandler<MailJobHandler.MessageReference> {

  static final String TYPE = "consultation-mail";
  private static final Logger LOG = LoggerFactory.getLogger(MailJobHandler.class);

  /** The configuration: just the outbox id of the message. */
  record MessageReference(String messageId) implements JobHandlerConfiguration {
    @Override
    public String toCanonicalString() {
      return messageId;
    }
  }

  private final MailOutbox outbox;
  private final JavaMailSender sender;
  private final NotificationProperties properties;

  MailJobHandler(MailOutbox outbox, JavaMailSender sender, NotificationProperties properties) {
    this.outbox = outbox;
    this.sender = sender;
    this.properties = properties;
  }

  @Override
  public String getType() {
    return TYPE;
  }

  @Override
  public void execute(MessageReference reference, ExecutionEntity execution, CommandContext context, String tenantId) {
    MailOutbox.Message message = outbox.find(reference.messageId()).orElse(null);
    if (message == null || message.sent() != null) {
      LOG.info("Mail {} already sent or gone, nothing to do", reference.messageId());
      return;
    }
    try {
      sender.send(mime(message));
    } catch (MailException | MessagingException | UnsupportedEncodingException e) {
      throw new ProcessEngineException("邮件发送失败（事项 " + message.matterNumber() + "，“" + message.subject()
          + "”，收件人 " + String.join("、", message.recipients()) + "）: " + e.getMessage(), e);
    }
    outbox.markSent(message.id());
    LOG.info("Mail '{}' sent to {} ({})", message.subject(), message.recipients(), message.matterNumber());
  }

  private MimeMessage mime(MailOutbox.Message message) throws MessagingException, UnsupportedEncodingException {
    MimeMessage mime = sender.createMimeMessage();
    MimeMessageHelper helper = new MimeMessageHelper(mime, false, StandardCharsets.UTF_8.name());
    helper.setFrom(new InternetAddress(properties.fromAddress(), properties.fromName(), StandardCharsets.UTF_8.name()));
    helper.setTo(message.recipients().toArray(String[]::new));
    helper.setSubject(message.subject());
    helper.setText(message.body(), false);
    return mime;
  }

  @Override
  public MessageReference newConfiguration(String canonicalString) {
    return new MessageReference(canonicalString);
  }

  /**
   * A job is deleted after it sent its message, or because the process instance it was bound to ended
   * (or was cancelled) first. In the second case the message is not lost: it is queued again on its own.
   */
  @Override
  public void onDelete(MessageReference reference, JobEntity job) {
    if (job.getExecutionId() != null && !outbox.isSent(reference.messageId())) {
      LOG.info("Process instance {} ended before mail {} was sent: queued on its own",
          job.getProcessInstanceId(), reference.messageId());
      MailJobs.requeueUnbound(job, reference.messageId());
    }
  }
}
