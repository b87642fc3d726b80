package com.civicflow.consultation.privacy;

import static org.assertj.core.api.Assertions.assertThat;

import com.civicflow.consultation.TestUsers;
import com.civicflow.consultation.notice.NoticeVariables;
import com.civicflow.consultation.notice.Objection;
import com.civicflow.consultation.notice.ObjectionDesk;
import com.civicflow.consultation.onlinetopic.OnlineTopics;
import com.civicflow.consultation.onlinetopic.ResidentTopic;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Types;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.sql.DataSource;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.spin.plugin.variable.SpinValues;

/**
 * One resident, 钱小芳 (13912340000), whose data the product keeps in every place it keeps personal data: two online
 * topics (one declined — with a reason naming her — and filed; one still open, with a JSON note and a task comment
 * about her), the mail telling the committee about them, and an objection she lodged, answered by name. Used on H2
 * ({@code PersonalDataErasureWebTest}) and on PostgreSQL ({@code PostgresIT}). {@link #whereSheStands} looks for her in
 * every text and binary column of every table of the database, not only where the product erases.
 */
public final class ErasureScenario {

  public static final String NAME = "钱小芳";
  public static final String PHONE = "13912340000";

  private ErasureScenario() {}

  /** Puts her data everywhere; returns the still open topic's process instance. */
  public static ProcessInstance prepare(ProcessEngine engine, OnlineTopics topics, ObjectionDesk objections) {
    ResidentTopic topic = new ResidentTopic(NAME + "反映：楼道灯坏了", NAME + "，电话 " + PHONE, "3号楼", NAME, PHONE);
    String declined = topics.submit("jiaochangkou", topic);
    Task review = engine.getTaskService().createTaskQuery().processInstanceBusinessKey(declined).singleResult();
    TestUsers.as(engine, "jiaochangkou-council", () -> engine.getFormService().submitTaskForm(review.getId(), Map.of(
        "admissionDecision", "decline", "declineReason", "已电话联系" + NAME + "（" + PHONE + "），物业当日修复")));
    String endedId = review.getProcessInstanceId();
    fileEnded(engine, endedId);
    String open = topics.submit("jiaochangkou", topic);
    ProcessInstance pending = engine.getRuntimeService().createProcessInstanceQuery().processInstanceBusinessKey(open).singleResult();
    engine.getRuntimeService().setVariable(pending.getId(), "residentNote",
        SpinValues.jsonValue("{\"who\":\"" + NAME + "\",\"tel\":\"" + PHONE + "\"}").create());
    Task task = engine.getTaskService().createTaskQuery().processInstanceId(pending.getId()).singleResult();
    engine.getTaskService().createComment(task.getId(), pending.getId(), "已约" + NAME + "周五面谈");
    ProcessInstance notice = engine.getRuntimeService().startProcessInstanceByKey("public-notice", Map.of(
        "communityId", "jiaochangkou", NoticeVariables.NOTICE_TITLE.name(), "停车收费方案", NoticeVariables.NOTICE_BODY.name(), "每月 30 元",
        NoticeVariables.NOTICE_KIND.name(), "协商结果"));
    objections.lodge("jiaochangkou", (String) engine.getRuntimeService().getVariable(notice.getId(), "noticeId"),
        new Objection(NAME, PHONE, "收费太高"));
    Task handle = engine.getTaskService().createTaskQuery().processInstanceId(notice.getId()).singleResult();
    TestUsers.as(engine, "jiaochangkou-staff", () -> engine.getTaskService().complete(handle.getId(), Map.of(
        "objectionDecision", "dismissed", "objectionReply", NAME + "的意见已记录")));
    return pending;
  }

  /**
   * Files the declined topic: where the job executor runs (PostgreSQL), waits for it to do so — executing the job in
   * this thread as well would race it; on H2 without an executor, executes the filing job here.
   */
  private static void fileEnded(ProcessEngine engine, String endedId) {
    var jobs = engine.getManagementService();
    boolean executorRuns = ((org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl) engine
        .getProcessEngineConfiguration()).getJobExecutor().isActive();
    long until = System.currentTimeMillis() + 60_000;
    while (true) {
      List<Job> filing = jobs.createJobQuery().processInstanceId(endedId).list().stream()
          .filter(j -> !"consultation-mail".equals(((org.camunda.bpm.engine.impl.persistence.entity.JobEntity) j).getJobHandlerType()))
          .toList();
      if (filing.isEmpty()) {
        return;
      }
      if (!executorRuns) {
        filing.forEach(j -> jobs.executeJob(j.getId()));
        continue;
      }
      assertThat(System.currentTimeMillis()).as("filing job of the declined topic still waiting").isLessThan(until);
      try {
        Thread.sleep(100);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException(e);
      }
    }
  }

  /** Every column of every table of the database that still holds her name or phone number: "table.column (rows)". */
  public static List<String> whereSheStands(DataSource dataSource) throws Exception {
    List<String> found = new ArrayList<>();
    Set<Integer> text = Set.of(Types.CHAR, Types.VARCHAR, Types.LONGVARCHAR, Types.CLOB, Types.NCHAR, Types.NVARCHAR,
        Types.LONGNVARCHAR, Types.NCLOB);
    Set<Integer> binary = Set.of(Types.BLOB, Types.BINARY, Types.VARBINARY, Types.LONGVARBINARY);
    try (Connection connection = dataSource.getConnection()) {
      DatabaseMetaData meta = connection.getMetaData();
      String quote = meta.getIdentifierQuoteString();
      List<String[]> columns = new ArrayList<>();
      try (ResultSet tables = meta.getTables(null, connection.getSchema(), "%", new String[] {"TABLE"})) {
        while (tables.next()) {
          String table = tables.getString("TABLE_NAME");
          try (ResultSet cs = meta.getColumns(null, connection.getSchema(), table, "%")) {
            while (cs.next()) {
              int type = cs.getInt("DATA_TYPE");
              if (text.contains(type) || binary.contains(type)) {
                columns.add(new String[] {table, cs.getString("COLUMN_NAME"), binary.contains(type) ? "b" : "t"});
              }
            }
          }
        }
      }
      assertThat(columns.stream().map(c -> c[0].toLowerCase()).distinct()).as("tables scanned")
          .contains("act_hi_detail", "act_ge_bytearray", "cc_matter_file", "cc_mail_outbox");
      for (String[] c : columns) {
        String from = " FROM " + quote + c[0] + quote;
        String column = quote + c[1] + quote;
        int rows = 0;
        if ("t".equals(c[2])) {
          try (PreparedStatement q = connection.prepareStatement("SELECT COUNT(*)" + from + " WHERE " + column + " LIKE ? OR "
              + column + " LIKE ?")) {
            q.setString(1, "%" + NAME + "%");
            q.setString(2, "%" + PHONE + "%");
            try (ResultSet r = q.executeQuery()) {
              r.next();
              rows = r.getInt(1);
            }
          }
        } else {
          try (PreparedStatement q = connection.prepareStatement("SELECT " + column + from); ResultSet r = q.executeQuery()) {
            while (r.next()) {
              byte[] bytes = r.getBytes(1);
              String decoded = bytes == null ? "" : new String(bytes, StandardCharsets.UTF_8);
              if (decoded.contains(NAME) || decoded.contains(PHONE)) {
                rows++;
              }
            }
          }
        }
        if (rows > 0) {
          found.add(c[0] + "." + c[1] + " (" + rows + ")");
        }
      }
    }
    return found;
  }
}
