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
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.stereotype.Component;

/**
 * Sends one stored message (job handler type {@value #TYPE}). A failure (SMTP server down) fails the job:
 * the engine retries it on the configured cycle, then raises an incident on the matter ({@link MailIncidents});
 * retrying the job in Cockpit (or {@code managementService.setJobRetries}) sends it. Whether a message went out
 * is recorded in the outbox in transactions of its own ({@link MailOutbox}), never in the job's: a job whose
 * transaction fails after the send (a conflict, a node losing its database) is retried and finds the message
 * sent. A message already sent is never sent again; only a node dying between the server's acceptance and the
 * one-row update that records it can cause a second copy, which is counted and logged.
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
  private final SmtpDelivery smtp;
  private final NotificationProperties properties;

  MailJobHandler(MailOutbox outbox, SmtpDelivery smtp, NotificationProperties properties) {
    this.outbox = outbox;
    this.smtp = smtp;
    this.properties = properties;
  }

  @Override
  public String getType() {
    return TYPE;
  }

  @Override
  public void execute(MessageReference reference, ExecutionEntity execution, CommandContext context, String tenantId) {
    MailOutbox.Message message = outbox.find(reference.messageId()).orElse(null);
    if (message == null || message.sent() != null || !outbox.startAttempt(message.id())) {
      LOG.info("Mail {} already sent or gone, nothing to do", reference.messageId());
      return;
    }
    try {
      smtp.send(mime(message), "<" + message.id() + "@" + domainOf(properties.fromAddress()) + ">",
          () -> outbox.markSent(message.id()));
    } catch (MailException | MessagingException | UnsupportedEncodingException e) {
      outbox.attemptFailed(message.id());
      throw new ProcessEngineException("邮件发送失败（事项 " + message.matterNumber() + "，“" + message.subject()
          + "”，收件人 " + String.join("、", message.recipients()) + "）: " + e.getMessage(), e);
    }
    LOG.info("Mail '{}' sent to {} ({})", message.subject(), message.recipients(), message.matterNumber());
  }

  private MimeMessage mime(MailOutbox.Message message) throws MessagingException, UnsupportedEncodingException {
    MimeMessage mime = smtp.newMessage();
    MimeMessageHelper helper = new MimeMessageHelper(mime, false, StandardCharsets.UTF_8.name());
    helper.setFrom(new InternetAddress(properties.fromAddress(), properties.fromName(), StandardCharsets.UTF_8.name()));
    helper.setTo(message.recipients().toArray(String[]::new));
    helper.setSubject(message.subject());
    helper.setText(message.body(), false);
    return mime;
  }

  private static String domainOf(String address) {
    return address.substring(address.indexOf('@') + 1);
  }

  @Override
  public MessageReference newConfiguration(String canonicalString) {
    return new MessageReference(canonicalString);
  }

  /**
   * A job is deleted after it sent its message. Jobs queued before mail jobs stopped being bound to the matter's
   * execution (databases upgraded with jobs still waiting) are also deleted when their process instance ends or
   * is cancelled first: their message is not lost, it is queued again on its own.
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
