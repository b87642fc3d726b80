package com.civicflow.consultation.mail;

import jakarta.mail.MessagingException;
import jakarta.mail.Transport;
import jakarta.mail.internet.MimeMessage;
import java.util.Date;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.stereotype.Component;

/**
 * Hands one message to the SMTP server ({@code spring.mail.*}) and reports the moment the server accepted it,
 * before the connection is closed: the sender records "sent" right then, so the time in which a crash could
 * leave a delivered message unrecorded is one database update, not the rest of the SMTP conversation. The
 * message keeps its own Message-ID, so a copy sent twice after a crash is recognisable as the same message.
 */
@Component
class SmtpDelivery {

  private static final Logger LOG = LoggerFactory.getLogger(SmtpDelivery.class);
  private final JavaMailSender sender;

  SmtpDelivery(JavaMailSender sender) {
    this.sender = sender;
  }

  MimeMessage newMessage() {
    return sender.createMimeMessage();
  }

  /** Sends; {@code accepted} runs as soon as the server has taken the message (and only then). */
  void send(MimeMessage message, String messageId, Runnable accepted) throws MessagingException {
    if (message.getSentDate() == null) {
      message.setSentDate(new Date());
    }
    message.saveChanges();
    message.setHeader("Message-ID", messageId); // saveChanges() generates one; ours is stable across attempts
    if (!(sender instanceof JavaMailSenderImpl smtp)) {
      sender.send(message);
      accepted.run();
      return;
    }
    Transport transport = smtp.getSession().getTransport(smtp.getProtocol() == null ? "smtp" : smtp.getProtocol());
    boolean anonymous = smtp.getUsername() == null || smtp.getUsername().isEmpty(); // as JavaMailSenderImpl: no AUTH
    transport.connect(smtp.getHost(), smtp.getPort(),
        anonymous ? null : smtp.getUsername(), anonymous ? null : smtp.getPassword());
    try {
      transport.sendMessage(message, message.getAllRecipients());
      accepted.run();
    } finally {
      try {
        transport.close();
      } catch (MessagingException e) {
        LOG.debug("SMTP connection not closed cleanly after a delivered message: {}", e.getMessage());
      }
    }
  }
}
