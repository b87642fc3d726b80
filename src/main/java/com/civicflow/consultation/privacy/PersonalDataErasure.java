package com.civicflow.consultation.privacy;

import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Finds and erases one person's data on request (个人信息保护法 第四十七条): every text the product keeps that contains
 * the person's name or one of their contacts, wherever it is kept — process variables ({@code ACT_RU_VARIABLE}),
 * their history ({@code ACT_HI_VARINST}) and every recorded change and form submission ({@code ACT_HI_DETAIL}),
 * values stored as bytes (JSON, long texts: {@code ACT_GE_BYTEARRAY}), task comments, incident and job failure
 * messages, the filed matter files ({@code cc_matter_file}) and the mail outbox ({@code cc_mail_outbox}). Each
 * occurrence is replaced by {@value #ERASED}; the records stay (who did what and when, votes, decisions), the person is
 * no longer in them. Plain SQL that H2 and PostgreSQL accept, all in one transaction; runtime rows get a new revision,
 * so a step working on the same variable at that moment fails with Camunda's optimistic locking and is simply retried.
 * The person's identifiers are never logged.
 */
@Service
public class PersonalDataErasure {

  public static final String ERASED = "〔已删除〕";
  private static final Logger LOG = LoggerFactory.getLogger(PersonalDataErasure.class);

  /** Where text is kept: table, key column, the process instance column, text columns, what else an update sets. */
  record TextPlace(String label, String table, String key, String instance, List<String> columns, String onUpdate) {}

  static final List<TextPlace> TEXT_PLACES = List.of(
      new TextPlace("流程变量（运行中）", "ACT_RU_VARIABLE", "ID_", "PROC_INST_ID_", List.of("TEXT_"), ", REV_ = REV_ + 1"),
      new TextPlace("流程变量（历史）", "ACT_HI_VARINST", "ID_", "PROC_INST_ID_", List.of("TEXT_"), ""),
      new TextPlace("变量变更与表单提交记录（ACT_HI_DETAIL）", "ACT_HI_DETAIL", "ID_", "PROC_INST_ID_", List.of("TEXT_"), ""),
      new TextPlace("任务备注", "ACT_HI_COMMENT", "ID_", "PROC_INST_ID_", List.of("MESSAGE_"), ""),
      new TextPlace("故障信息（运行中）", "ACT_RU_INCIDENT", "ID_", "PROC_INST_ID_", List.of("INCIDENT_MSG_"), ", REV_ = REV_ + 1"),
      new TextPlace("故障信息（历史）", "ACT_HI_INCIDENT", "ID_", "PROC_INST_ID_", List.of("INCIDENT_MSG_"), ""),
      new TextPlace("作业失败信息", "ACT_RU_JOB", "ID_", "PROCESS_INSTANCE_ID_", List.of("EXCEPTION_MSG_"), ", REV_ = REV_ + 1"),
      new TextPlace("作业日志", "ACT_HI_JOB_LOG", "ID_", "PROCESS_INSTANCE_ID_", List.of("JOB_EXCEPTION_MSG_"), ""),
      new TextPlace("事项档案（一事一档）", "cc_matter_file", "process_instance_id_", "process_instance_id_",
          List.of("topic_", "content_"), ""),
      new TextPlace("邮件发件箱", "cc_mail_outbox", "id_", "proc_inst_id_", List.of("recipients_", "subject_", "body_"), ""),
      new TextPlace("治理积分记录（垦利）", "cc_points_entry", "id_", "NULL", List.of("note_"), ""));
  /** Where text is kept as bytes (UTF-8): the query of key and bytes, and the update of the bytes by key. */
  record BytePlace(String label, String select, String update) {}

  static final List<BytePlace> BYTE_PLACES = List.of(
      new BytePlace("以字节保存的变量值（JSON、长文本）", "SELECT ID_ AS key_, BYTES_ AS bytes_ FROM ACT_GE_BYTEARRAY WHERE ID_ IN ("
          + "SELECT BYTEARRAY_ID_ FROM ACT_RU_VARIABLE UNION SELECT BYTEARRAY_ID_ FROM ACT_HI_VARINST "
          + "UNION SELECT BYTEARRAY_ID_ FROM ACT_HI_DETAIL)", "UPDATE ACT_GE_BYTEARRAY SET BYTES_ = ?, REV_ = REV_ + 1 WHERE ID_ = ?"),
      new BytePlace("任务备注全文", "SELECT ID_ AS key_, FULL_MSG_ AS bytes_ FROM ACT_HI_COMMENT WHERE FULL_MSG_ IS NOT NULL",
          "UPDATE ACT_HI_COMMENT SET FULL_MSG_ = ? WHERE ID_ = ?"));

  private final JdbcTemplate jdbc;
  private final TransactionTemplate transaction;

  PersonalDataErasure(JdbcTemplate jdbc, PlatformTransactionManager transactions) {
    this.jdbc = jdbc;
    this.transaction = new TransactionTemplate(transactions);
  }

  /** Where the person's data is: per place, how many records hold it. Changes nothing. */
  public Report find(Person person) {
    return scan(person, false);
  }

  /** Erases the person's data everywhere; returns how many records were changed per place. */
  public Report erase(Person person, String administrator) {
    Report report = transaction.execute(status -> scan(person, true));
    LOG.info("Personal data erased on request by {}: {} records ({})", administrator, report.total(), report.places());
    return report;
  }

  private Report scan(Person person, boolean erase) {
    Map<String, Integer> places = new LinkedHashMap<>();
    TreeSet<String> processInstances = new TreeSet<>();
    for (TextPlace place : TEXT_PLACES) {
      int hits = 0;
      for (Map<String, Object> row : jdbc.queryForList(select(place, person), likes(place, person))) {
        hits++;
        if (row.get("instance_") != null) {
          processInstances.add(row.get("instance_").toString());
        }
        if (erase) {
          update(place, row, person);
        }
      }
      places.put(place.label(), hits);
    }
    for (BytePlace place : BYTE_PLACES) {
      places.put(place.label(), bytes(place, person, erase));
    }
    places.put(POINTS_ACCOUNTS, pointsAccounts(person, erase));
    return new Report(places, List.copyOf(matters(processInstances)));
  }

  static final String POINTS_ACCOUNTS = "治理积分账户（垦利）";

  /**
   * The points accounts in the person's name (cc_points_account.holder_, unique per community): the name is erased
   * and the account keeps its balance and entries under "〔已删除〕" plus the first characters of its id, so that two
   * erased holders of one community stay two accounts.
   */
  private int pointsAccounts(Person person, boolean erase) {
    List<String> conditions = person.identifiers().stream().map(i -> "holder_ LIKE ?").toList();
    Object[] likes = person.identifiers().stream().map(i -> "%" + i + "%").toArray();
    List<Map<String, Object>> rows = jdbc.queryForList("SELECT id_, holder_ FROM cc_points_account WHERE "
        + String.join(" OR ", conditions), likes);
    if (erase) {
      for (Map<String, Object> row : rows) {
        String id = row.get("id_").toString();
        jdbc.update("UPDATE cc_points_account SET holder_ = ? WHERE id_ = ?",
            person.eraseFrom(row.get("holder_").toString()) + "#" + id.substring(0, Math.min(8, id.length())), id);
      }
    }
    return rows.size();
  }

  private static String select(TextPlace place, Person person) {
    List<String> conditions = new ArrayList<>();
    for (String column : place.columns()) {
      person.identifiers().forEach(i -> conditions.add(column + " LIKE ?"));
    }
    return "SELECT " + place.key() + ", " + place.instance() + " AS instance_, " + String.join(", ", place.columns())
        + " FROM " + place.table()
        + " WHERE " + String.join(" OR ", conditions);
  }

  private static Object[] likes(TextPlace place, Person person) {
    List<Object> values = new ArrayList<>();
    for (String ignored : place.columns()) {
      person.identifiers().forEach(i -> values.add("%" + i + "%"));
    }
    return values.toArray();
  }

  private void update(TextPlace place, Map<String, Object> row, Person person) {
    List<Object> values = new ArrayList<>();
    for (String column : place.columns()) {
      Object text = row.get(column);
      values.add(text == null ? null : person.eraseFrom(text.toString()));
    }
    values.add(row.get(place.key()));
    jdbc.update("UPDATE " + place.table() + " SET " + String.join(", ", place.columns().stream().map(c -> c + " = ?").toList())
        + place.onUpdate() + " WHERE " + place.key() + " = ?", values.toArray());
  }

  /** Bytes holding text (UTF-8) with the person in it; binary content is left alone. */
  private int bytes(BytePlace place, Person person, boolean erase) {
    List<Object[]> changed = new ArrayList<>();
    jdbc.query(place.select(), rs -> {
      String text = utf8(rs.getBytes("bytes_"));
      if (text != null && person.identifiers().stream().anyMatch(text::contains)) {
        changed.add(new Object[] {person.eraseFrom(text).getBytes(StandardCharsets.UTF_8), rs.getString("key_")});
      }
    });
    if (erase && !changed.isEmpty()) {
      jdbc.batchUpdate(place.update(), changed);
    }
    return changed.size();
  }

  private List<String> matters(TreeSet<String> processInstanceIds) {
    List<String> matters = new ArrayList<>();
    for (String id : processInstanceIds) {
      matters.addAll(jdbc.queryForList("SELECT BUSINESS_KEY_ FROM ACT_HI_PROCINST WHERE PROC_INST_ID_ = ? AND BUSINESS_KEY_ IS NOT NULL",
          String.class, id));
    }
    return matters.stream().distinct().sorted().toList();
  }

  private static String utf8(byte[] bytes) {
    if (bytes == null) {
      return null;
    }
    try {
      return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
    } catch (CharacterCodingException binary) {
      return null;
    }
  }

  /** Per place, the number of records holding (or, after an erasure, that held) the person; the matters concerned. */
  public record Report(Map<String, Integer> places, List<String> matters) {

    public int total() {
      return places.values().stream().mapToInt(Integer::intValue).sum();
    }
  }
}
