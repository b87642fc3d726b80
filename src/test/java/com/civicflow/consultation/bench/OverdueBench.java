package com.civicflow.consultation.bench;

import com.civicflow.consultation.drive.Steps;
import com.civicflow.consultation.implementation.ImplementationProcess;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Date;
import java.util.List;
import javax.sql.DataSource;
import org.camunda.bpm.engine.ProcessEngine;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code overdue_10k_s}: the data set's implementation tasks all pass their deadline at the same moment; seconds until
 * each has its {@code overdue} incident, its supervision task (督办) and its mail job, none failed. The reminders due
 * before the deadline run first (not measured).
 */
final class OverdueBench {

  private static final Logger LOG = LoggerFactory.getLogger(OverdueBench.class);

  record Result(int tasks, double seconds, double perSecond, boolean complete, long otherJobs, List<String> failures) {}

  private OverdueBench() {}

  static Result measure(ProductContext app, int tasks, int timeoutSeconds) {
    ProcessEngine engine = app.engine();
    DataSource data = app.bean(DataSource.class);
    Date deadline = Steps.beijing(DistrictDataSet.OVERDUE_DEADLINE);
    Clock.at(new Date(deadline.getTime() - 30 * 60_000L));
    Jobs.waitUntilDone(engine, 1_800);
    long incidents = incidents(engine);
    long supervision = supervisionTasks(engine);
    long mails = mailJobs(data);
    int failuresBefore = Jobs.failures(engine).size();
    Clock.at(new Date(deadline.getTime() + 60_000L));
    long due = engine.getManagementService().createJobQuery().executable().count();
    long started = System.nanoTime();
    boolean complete = false;
    while (!complete && (System.nanoTime() - started) / 1e9 < timeoutSeconds) {
      Jobs.sleep(500);
      complete = incidents(engine) - incidents >= tasks && supervisionTasks(engine) - supervision >= tasks
          && mailJobs(data) - mails >= tasks;
    }
    double seconds = (System.nanoTime() - started) / 1e9;
    long escalated = Math.min(incidents(engine) - incidents, supervisionTasks(engine) - supervision);
    List<String> failures = Jobs.failures(engine);
    LOG.info("Overdue: {} of {} escalated in {} s", escalated, tasks, seconds);
    return new Result(tasks, seconds, escalated / seconds, complete, due - tasks,
        failures.subList(failuresBefore, failures.size()).stream().distinct().limit(5).toList());
  }

  private static long incidents(ProcessEngine engine) {
    return engine.getRuntimeService().createIncidentQuery().incidentType(ImplementationProcess.INCIDENT_OVERDUE).count();
  }

  private static long supervisionTasks(ProcessEngine engine) {
    return engine.getTaskService().createTaskQuery().taskDefinitionKey(ImplementationProcess.TASK_SUPERVISE_IMPLEMENTATION).count();
  }

  /** Overdue mails queued (each mail job has its row in the product's outbox, written with the job). */
  private static long mailJobs(DataSource data) {
    try (Connection connection = data.getConnection(); Statement statement = connection.createStatement();
        ResultSet count = statement.executeQuery("SELECT count(*) FROM cc_mail_outbox WHERE template_ = 'implementation-overdue'")) {
      count.next();
      return count.getLong(1);
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }
}
