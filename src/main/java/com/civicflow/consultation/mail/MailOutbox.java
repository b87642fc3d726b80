package com.civicflow.consultation.mail;

import java.sql.Timestamp;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The rendered messages waiting to be sent, and a log of those sent, in the engine's own database and
 * transaction: a message is stored together with the job that sends it, or not at all. A job handler
 * configuration holds only the message id (Camunda limits it to 4000 characters).
 */
@Component
class MailOutbox {

  record Message(String id, String matterNumber, String processInstanceId, String template,
      List<String> recipients, String subject, String body, Timestamp sent) {}

  private final JdbcTemplate jdbc;

  MailOutbox(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
    jdbc.execute("CREATE TABLE IF NOT EXISTS cc_mail_outbox ("
        + "id_ VARCHAR(64) NOT NULL PRIMARY KEY, matter_ VARCHAR(100), proc_inst_id_ VARCHAR(64), "
        + "template_ VARCHAR(100) NOT NULL, recipients_ VARCHAR(4000) NOT NULL, subject_ VARCHAR(1000) NOT NULL, "
        + "body_ VARCHAR(100000) NOT NULL, created_ TIMESTAMP NOT NULL, sent_ TIMESTAMP)");
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

  void markSent(String id) {
    jdbc.update("UPDATE cc_mail_outbox SET sent_ = ? WHERE id_ = ?", now(), id);
  }

  private static Timestamp now() {
    return new Timestamp(ClockUtil.getCurrentTime().getTime());
  }
}
