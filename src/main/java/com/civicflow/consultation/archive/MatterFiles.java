package com.civicflow.consultation.archive;

import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Where the assembled files are kept: table {@code cc_matter_file} (Liquibase changelog), one row per ended
 * top-level matter (process instance), the file as JSON text. Plain SQL that H2 and PostgreSQL both accept; written in the
 * engine's transaction (the filing job's), so a failed job leaves no half-written file. The files are
 * not removed by the engine's history cleanup: they are the archive.
 */
@Component
public class MatterFiles {

  private final JdbcTemplate jdbc;

  MatterFiles(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  /** A filed matter: who it belongs to and its JSON. */
  public record StoredFile(String processInstanceId, String matterNumber, String tenantId, Date filedAt, String json) {}

  /** A line of the archive's index. */
  public record Entry(String matterNumber, String topic, String tenantId, Date filedAt) {}

  void store(String processInstanceId, String matterNumber, String tenantId, String processKey, String topic,
      Date filedAt, String json) {
    String shortTopic = topic == null || topic.length() <= 1000 ? topic : topic.substring(0, 1000);
    jdbc.update("DELETE FROM cc_matter_file WHERE process_instance_id_ = ?", processInstanceId);
    jdbc.update("INSERT INTO cc_matter_file (process_instance_id_, matter_number_, tenant_id_, process_key_, topic_, "
        + "filed_at_, content_) VALUES (?, ?, ?, ?, ?, ?, ?)",
        processInstanceId, matterNumber, tenantId, processKey, shortTopic, new Timestamp(filedAt.getTime()), json);
  }

  /** The latest filed matters of these tenants, newest first. */
  public List<Entry> latestOf(Collection<String> tenantIds, int limit) {
    if (tenantIds.isEmpty()) {
      return List.of();
    }
    String marks = String.join(", ", Collections.nCopies(tenantIds.size(), "?"));
    List<Object> arguments = new ArrayList<>(tenantIds);
    arguments.add(limit);
    return jdbc.query("SELECT matter_number_, topic_, tenant_id_, filed_at_ FROM cc_matter_file WHERE tenant_id_ IN ("
            + marks + ") ORDER BY filed_at_ DESC LIMIT ?",
        (rs, i) -> new Entry(rs.getString(1), rs.getString(2), rs.getString(3), rs.getTimestamp(4)), arguments.toArray());
  }

  /** The latest file of a matter number. */
  public Optional<StoredFile> byMatterNumber(String matterNumber) {
    List<StoredFile> files = jdbc.query("SELECT process_instance_id_, matter_number_, tenant_id_, filed_at_, content_ "
            + "FROM cc_matter_file WHERE matter_number_ = ? ORDER BY filed_at_ DESC",
        (rs, i) -> new StoredFile(rs.getString(1), rs.getString(2), rs.getString(3), rs.getTimestamp(4), rs.getString(5)),
        matterNumber);
    return files.stream().findFirst();
  }

  public boolean isFiled(String processInstanceId) {
    Integer count = jdbc.queryForObject("SELECT COUNT(*) FROM cc_matter_file WHERE process_instance_id_ = ?",
        Integer.class, processInstanceId);
    return count != null && count > 0;
  }
}
