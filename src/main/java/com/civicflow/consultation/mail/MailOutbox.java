package com.civicflow.consultation.mail;

import java.sql.Timestamp;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The rendered messages waiting to be sent, and a log of those sent (table {@code cc_mail_outbox}, Liquibase
 * changelog). A message is stored in the engine's transaction together with the job that sends it, or not at
 * all. Sending is recorded in short transactions of its own, apart from the job's: an attempt is marked before
 * the SMTP conversation, and the message is marked sent the moment the server accepted it — whatever happens to
 * the job's transaction afterwards, a sent message is never sent again. A job handler configuration holds only the
 * message id (Camunda limits it to 4000 characters).
 */
@Component
class MailOutbox {

  private static final Logger LOG = LoggerFactory.getLogger(MailOutbox.class);

  record Message(String id, String matterNumber, String processInstanceId, String template,
      List<String> recipients, String subject, String body, Timestamp sent) {}

  private final JdbcTemplate jdbc;
  private final TransactionTemplate ownTransaction;

  MailOutbox(JdbcTemplate jdbc, PlatformTransactionManager transactions) {
    this.jdbc = jdbc;
    this.ownTransaction = new TransactionTemplate(transactions);
    ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
  }

  String store(String matterNumber, String processInstanceId, String template, List<String> recipients,
      MailTemplates.Rendered rendered) {
    String id = UUID.randomUUID().toString();
    jdbc.update("INSERT INTO cc_mail_outbox (id_, matter_, proc_inst_id_, template_, recipients_, subject_, body_, created_) "
            + "VALUES (?, ?, ?, ?, ?, ?, ?, ?)", id, matterNumber, processInstanceId, template,
        String.join(",", recipients), rendered.subject(), rendered.body(), now());
    return id;
  }

  Optional<Message> find(String id) {
    return jdbc.query("SELECT * FROM cc_mail_outbox WHERE id_ = ?", (rs, i) -> new Message(rs.getString("id_"),
        rs.getString("matter_"), rs.getString("proc_inst_id_"), rs.getString("template_"),
        List.of(rs.getString("recipients_").split(",")), rs.getString("subject_"), rs.getString("body_"),
        rs.getTimestamp("sent_")), id).stream().findFirst();
  }

  boolean isSent(String id) {
    return find(id).map(m -> m.sent() != null).orElse(true);
  }

  /**
   * Marks the start of an attempt to send, committed at once. An attempt still marked from before ended with
   * neither a sent mark nor a failure: its node died in the middle, possibly after the server had accepted the
   * message, so this attempt may deliver it a second time — counted in {@code interrupted_} and logged.
   *
   * @return false when the message was sent meanwhile (nothing to do)
   */
  boolean startAttempt(String id) {
    return Boolean.TRUE.equals(ownTransaction.execute(status -> {
      List<Timestamp[]> rows = jdbc.query("SELECT sent_, attempt_started_ FROM cc_mail_outbox WHERE id_ = ? FOR UPDATE",
          (rs, i) -> new Timestamp[] {rs.getTimestamp(1), rs.getTimestamp(2)}, id);
      if (rows.isEmpty() || rows.get(0)[0] != null) {
        return false;
      }
      Timestamp interrupted = rows.get(0)[1];
      if (interrupted != null) {
        LOG.warn("邮件 {} 上次发送（{} 开始）未留下结果，发送节点可能中断：现在重发，收件人可能收到两次", id, interrupted);
      }
      jdbc.update("UPDATE cc_mail_outbox SET attempt_started_ = ?, attempts_ = attempts_ + 1, "
          + "interrupted_ = interrupted_ + ? WHERE id_ = ?", now(), interrupted == null ? 0 : 1, id);
      return true;
    }));
  }

  /** The SMTP server accepted the message: recorded at once, in a transaction of its own. */
  void markSent(String id) {
    ownTransaction.executeWithoutResult(status ->
        jdbc.update("UPDATE cc_mail_outbox SET sent_ = ?, attempt_started_ = NULL WHERE id_ = ?", now(), id));
  }

  /** The attempt failed before the server accepted the message: nothing went out, the next attempt is a clean one. */
  void attemptFailed(String id) {
    ownTransaction.executeWithoutResult(status ->
        jdbc.update("UPDATE cc_mail_outbox SET attempt_started_ = NULL WHERE id_ = ?", id));
  }

  private static Timestamp now() {
    return new Timestamp(ClockUtil.getCurrentTime().getTime());
  }
}
