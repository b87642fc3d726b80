package com.civicflow.consultation.statistics;

import static com.civicflow.consultation.statistics.MatterSql.anyOf;
import static com.civicflow.consultation.statistics.MatterSql.literal;
import static com.civicflow.consultation.statistics.MatterSql.variable;

import com.civicflow.consultation.implementation.ImplementationProcess;
import com.civicflow.consultation.implementation.ImplementationVariables;
import com.civicflow.consultation.kenli.KenliVariables;
import com.civicflow.consultation.legalreview.LegalReviewVariables;
import com.civicflow.consultation.matter.MatterVariables;
import com.civicflow.consultation.notice.NoticeVariables;
import com.civicflow.consultation.notice.PublicNotice;
import com.civicflow.consultation.system.StartupLock;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.annotation.Lazy;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Computes the reporting rows of top-level instances (roots) from the engine's history by aggregate SQL: for a few
 * roots as their matters progress ({@link #refresh}, from {@link ReportingUpdates} just before the engine's
 * transaction commits), or for all of them ({@link #rebuild}, at start-up when the tables are empty). A refresh runs
 * in a savepoint: should it fail, the engine's work still commits and the failure is logged.
 */
@Component
class ReportingRows {

  static final Logger LOG = LoggerFactory.getLogger(ReportingRows.class);
  static final String CANCELLED = "EXTERNALLY_TERMINATED";

  /** One reporting table: how its rows of some roots are deleted and computed again. */
  private record Rows(String table, String rootColumn, UnaryOperator<String> insert) {}

  private final NamedParameterJdbcTemplate jdbc;
  private final TransactionTemplate savepoint;
  private final TransactionTemplate transaction;
  /** Lazy: the rows are part of the engine's configuration, the lock needs the engine. */
  private final StartupLock startupLock;
  private final List<Rows> tables = List.of(
      new Rows(ReportingTables.MATTER, "matter_id_", ReportingRows::matters),
      new Rows(ReportingTables.RESULT, "root_id_", ReportingRows::results),
      new Rows(ReportingTables.REVIEW, "root_id_", ReportingRows::reviews),
      new Rows(ReportingTables.NOTICE, "root_id_", ReportingRows::notices),
      new Rows(ReportingTables.MEETING, "root_id_", ReportingRows::meetings),
      new Rows(ReportingTables.TOPIC, "root_id_", ReportingRows::topics));

  ReportingRows(NamedParameterJdbcTemplate jdbc, PlatformTransactionManager transactions,
      @Lazy StartupLock startupLock) {
    this.jdbc = jdbc;
    this.startupLock = startupLock;
    this.savepoint = new TransactionTemplate(transactions);
    savepoint.setPropagationBehavior(TransactionDefinition.PROPAGATION_NESTED);
    this.transaction = new TransactionTemplate(transactions);
  }

  /**
   * The rows of these roots, computed again from their history (in the current transaction, in a savepoint). A
   * second try follows a failed first one: two transactions of one matter (parallel jobs of its called processes)
   * may refresh it at once, and the later one then finds the earlier one's rows committed only when it inserts.
   */
  void refresh(Collection<String> roots) {
    if (roots.isEmpty()) {
      return;
    }
    Map<String, Object> parameters = Map.of("roots", List.copyOf(roots));
    for (int attempt = 1; attempt <= 2; attempt++) {
      try {
        savepoint.executeWithoutResult(status -> tables.forEach(rows -> {
          jdbc.update("DELETE FROM " + rows.table() + " WHERE " + rows.rootColumn() + " IN (:roots)", parameters);
          jdbc.update(rows.insert().apply(" IN (:roots)"), parameters);
        }));
        return;
      } catch (RuntimeException e) {
        if (attempt == 2) {
          LOG.error("统计报表未能更新（流程实例 {}）；业务数据不受影响，清空 cc_stat_matter 后重启可重建报表", roots, e);
        }
      }
    }
  }

  /** Every reporting row computed again from the whole history, in one transaction. */
  void rebuild() {
    transaction.executeWithoutResult(status -> tables.forEach(rows -> {
      jdbc.update("DELETE FROM " + rows.table(), Map.of());
      jdbc.update(rows.insert().apply(" IS NOT NULL"), Map.of());
    }));
  }

  /** At start-up: empty reporting tables over an existing history (a new installation of the statistics) are filled. */
  @EventListener(ApplicationReadyEvent.class)
  void fillWhenEmpty() {
    // under the engine's startup lock: of several nodes starting at once, one fills, the others find rows
    startupLock.holding(() -> {
      Long rows = jdbc.queryForObject("SELECT COUNT(*) FROM " + ReportingTables.MATTER, Map.of(), Long.class);
      if (rows != null && rows == 0) {
        long started = System.nanoTime();
        rebuild();
        LOG.info("统计报表已根据流程历史重建（{} ms）", (System.nanoTime() - started) / 1_000_000);
      }
    });
  }

  // --- the rows; root is the condition on a root id column: " IN (:roots)" or " IS NOT NULL" --------------------

  private static String matters(String root) {
    List<ConsultationModel> models = List.of(ConsultationModel.values());
    String keys = models.stream().map(m -> literal(m.matterKey())).collect(Collectors.joining(", "));
    String resultSteps = anyOf(models.stream().map(model -> "(p.PROC_DEF_KEY_ = " + literal(model.matterKey())
        + " AND a.ACT_ID_ = " + literal(model.resultStep()) + ")").toList());
    return "INSERT INTO " + ReportingTables.MATTER + " (matter_id_, model_key_, tenant_id_, started_at_, ended_at_, state_,"
        + " stage_, overdue_, result_at_) SELECT p.PROC_INST_ID_, p.PROC_DEF_KEY_, p.TENANT_ID_, p.START_TIME_, p.END_TIME_,"
        + " CASE WHEN p.END_TIME_ IS NULL THEN 'running' WHEN " + notAdmitted(models) + " THEN 'not_admitted'"
        + " WHEN p.STATE_ = '" + CANCELLED + "' THEN 'cancelled' ELSE 'closed' END,"
        + " s.TEXT_, CASE WHEN o.LONG_ = 1 THEN 1 ELSE 0 END,"
        + " (SELECT MIN(a.START_TIME_) FROM ACT_HI_ACTINST a WHERE a.PROC_INST_ID_ = p.PROC_INST_ID_ AND " + resultSteps + ")"
        + " FROM ACT_HI_PROCINST p" + variable("s", "p.PROC_INST_ID_", MatterVariables.STAGE.name())
        + variable("o", "p.PROC_INST_ID_", MatterVariables.OVERDUE.name())
        + " WHERE p.SUPER_PROCESS_INSTANCE_ID_ IS NULL AND p.PROC_DEF_KEY_ IN (" + keys + ") AND p.PROC_INST_ID_" + root;
  }

  private static String notAdmitted(List<ConsultationModel> models) {
    return anyOf(models.stream().filter(model -> model.notAdmittedEnd().isPresent()).map(model ->
        "(p.PROC_DEF_KEY_ = " + literal(model.matterKey()) + " AND p.END_ACT_ID_ = " + literal(model.notAdmittedEnd().get())
            + model.admittedStep().map(step -> " AND NOT EXISTS (SELECT 1 FROM ACT_HI_ACTINST x WHERE x.PROC_INST_ID_ ="
                + " p.PROC_INST_ID_ AND x.ACT_ID_ = " + literal(step) + ")").orElse("") + ")").toList());
  }

  /** The matter's model, tenant and start, copied into the rows of its called processes. */
  private static final String MATTER_COLUMNS = "model_key_, tenant_id_, started_at_";

  private static String joinMatter(String alias) {
    return " JOIN ACT_HI_PROCINST root ON root.PROC_INST_ID_ = " + alias + ".ROOT_PROC_INST_ID_";
  }

  private static final String MATTER_VALUES = "root.PROC_DEF_KEY_, root.TENANT_ID_, root.START_TIME_";

  /**
   * Each result with its latest 实施 task (a rework gives it a new one): its due date, end and whether it was completed,
   * and the residents' evaluation (of the result, or — 垦利 — of the matter, as the caller collects it once).
   */
  private static String results(String root) {
    return "INSERT INTO " + ReportingTables.RESULT + " (result_id_, root_id_, " + MATTER_COLUMNS + ", unit_, due_at_, done_at_,"
        + " completed_, evaluation_) SELECT i.PROC_INST_ID_, i.ROOT_PROC_INST_ID_, " + MATTER_VALUES + ", u.TEXT_, t.DUE_DATE_,"
        + " t.END_TIME_, CASE WHEN t.DELETE_REASON_ = 'completed' THEN 1 ELSE 0 END, COALESCE(e.TEXT_, c.TEXT_)"
        + " FROM ACT_HI_PROCINST i"
        + joinMatter("i")
        + " LEFT JOIN (SELECT k.PROC_INST_ID_ AS impl_id, k.DUE_DATE_, k.END_TIME_, k.DELETE_REASON_,"
        + " ROW_NUMBER() OVER (PARTITION BY k.PROC_INST_ID_ ORDER BY k.START_TIME_ DESC, k.ID_ DESC) AS latest"
        + " FROM ACT_HI_TASKINST k WHERE k.PROC_DEF_KEY_ = " + literal(ImplementationProcess.KEY)
        + " AND k.TASK_DEF_KEY_ = " + literal(ImplementationProcess.TASK_IMPLEMENT) + " AND k.ROOT_PROC_INST_ID_" + root + ") t"
        + " ON t.impl_id = i.PROC_INST_ID_ AND t.latest = 1"
        + variable("u", "i.PROC_INST_ID_", ImplementationVariables.RESPONSIBLE_UNIT.name())
        + variable("e", "i.PROC_INST_ID_", ImplementationVariables.EVALUATION_RESULT.name())
        // a model that collects the evaluation itself (evaluatedByCaller: 垦利's 评) holds it on the matter
        + variable("c", "i.ROOT_PROC_INST_ID_", KenliVariables.RESIDENT_EVALUATION.name())
        + " WHERE i.PROC_DEF_KEY_ = " + literal(ImplementationProcess.KEY) + " AND i.ROOT_PROC_INST_ID_" + root;
  }

  private static String reviews(String root) {
    return "INSERT INTO " + ReportingTables.REVIEW + " (review_id_, root_id_, " + MATTER_COLUMNS + ", level_, outcome_)"
        + " SELECT r.PROC_INST_ID_, r.ROOT_PROC_INST_ID_, " + MATTER_VALUES + ", l.TEXT_, o.TEXT_ FROM ACT_HI_PROCINST r"
        + joinMatter("r")
        + variable("l", "r.PROC_INST_ID_", LegalReviewVariables.REVIEW_LEVEL.name())
        + variable("o", "r.PROC_INST_ID_", LegalReviewVariables.OUTCOME.name())
        + " WHERE r.PROC_DEF_KEY_ = " + literal(LegalReviewVariables.PROCESS_KEY) + " AND r.ROOT_PROC_INST_ID_" + root;
  }

  private static String notices(String root) {
    return "INSERT INTO " + ReportingTables.NOTICE + " (notice_id_, root_id_, " + MATTER_COLUMNS + ", kind_, objections_,"
        + " upheld_) SELECT n.PROC_INST_ID_, n.ROOT_PROC_INST_ID_, " + MATTER_VALUES + ", k.TEXT_, COALESCE(c.LONG_, 0),"
        + " CASE WHEN u.LONG_ = 1 THEN 1 ELSE 0 END FROM ACT_HI_PROCINST n" + joinMatter("n") + variable("k", "n.PROC_INST_ID_", NoticeVariables.NOTICE_KIND.name())
        + variable("c", "n.PROC_INST_ID_", NoticeVariables.OBJECTION_COUNT.name())
        + variable("u", "n.PROC_INST_ID_", NoticeVariables.OBJECTION_UPHELD.name())
        + " WHERE n.PROC_DEF_KEY_ = " + literal(PublicNotice.PROCESS_KEY) + " AND n.ROOT_PROC_INST_ID_" + root;
  }

  /** Each meeting held: a completed (not cancelled) meeting step, with the meeting form its model recorded. */
  private static String meetings(String root) {
    List<MeetingStep> steps = Arrays.asList(MeetingStep.values());
    String formJoin = anyOf(steps.stream().filter(step -> step.formVariable != null).map(step -> "(a.PROC_DEF_KEY_ = "
        + literal(step.processKey) + " AND a.ACT_ID_ = " + literal(step.stepId) + " AND f.NAME_ = " + literal(step.formVariable)
        + ")").toList());
    return "INSERT INTO " + ReportingTables.MEETING + " (meeting_id_, root_id_, process_key_, step_id_, tenant_id_, held_at_,"
        + " form_) SELECT a.ID_, a.ROOT_PROC_INST_ID_, a.PROC_DEF_KEY_, a.ACT_ID_, a.TENANT_ID_, a.END_TIME_, f.TEXT_"
        + " FROM ACT_HI_ACTINST a LEFT JOIN ACT_HI_VARINST f ON f.PROC_INST_ID_ = a.PROC_INST_ID_"
        + " AND f.EXECUTION_ID_ = a.PROC_INST_ID_ AND f.STATE_ = 'CREATED' AND " + formJoin
        + " WHERE " + anyOf(steps.stream().map(step -> "(a.PROC_DEF_KEY_ = " + literal(step.processKey) + " AND a.ACT_ID_ = "
            + literal(step.stepId) + ")").toList())
        + " AND a.END_TIME_ IS NOT NULL AND (a.ACT_INST_STATE_ IS NULL OR a.ACT_INST_STATE_ <> 2)" // 2: cancelled
        + " AND a.ROOT_PROC_INST_ID_" + root;
  }

  private static String topics(String root) {
    return "INSERT INTO " + ReportingTables.TOPIC + " (topic_id_, root_id_, tenant_id_, received_at_, ended_at_, admitted_)"
        + " SELECT p.PROC_INST_ID_, p.ROOT_PROC_INST_ID_, p.TENANT_ID_, p.START_TIME_, p.END_TIME_,"
        + " CASE WHEN v.LONG_ = 1 THEN 1 WHEN v.LONG_ = 0 THEN 0 END FROM ACT_HI_PROCINST p"
        + variable("v", "p.PROC_INST_ID_", MeetingFigures.TOPIC_ADMITTED)
        + " WHERE p.PROC_DEF_KEY_ = " + literal(MeetingFigures.ONLINE_TOPIC_KEY) + " AND p.ROOT_PROC_INST_ID_" + root;
  }
}
