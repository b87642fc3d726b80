package com.civicflow.consultation.implementation;

import static com.civicflow.consultation.implementation.ImplementationVariables.LATE_DUE_DATE_TEXT;
import static com.civicflow.consultation.implementation.ImplementationVariables.LATE_TASK;
import static com.civicflow.consultation.implementation.ImplementationVariables.LATE_TASK_NAME;
import static com.civicflow.consultation.implementation.ImplementationVariables.OVERDUE_ROUND;
import static com.civicflow.consultation.implementation.ImplementationVariables.RESPONSIBLE_UNIT_NAME;
import static com.civicflow.consultation.implementation.ImplementationVariables.SUPERVISION_DUE;
import static com.civicflow.consultation.implementation.ImplementationVariables.SUPERVISION_GROUP;
import static com.civicflow.consultation.implementation.ImplementationVariables.SUPERVISION_LEVEL;

import com.civicflow.consultation.calendar.WorkingDays;
import com.civicflow.consultation.mail.Notification;
import com.civicflow.consultation.mail.Notifications;
import com.civicflow.consultation.mail.Recipients;
import com.civicflow.consultation.matter.MatterVariables;
import com.civicflow.consultation.matter.Submission;
import com.civicflow.consultation.organisation.RoleGroup;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Service;

/**
 * One round of overdue escalation (督办) of a late task: marks the matter overdue and raises the
 * {@code overdue} incident on the task; on a working day it also e-mails the supervisors and prepares the
 * supervision task — for the street office, and from round {@code district-after-rounds + 1} for the
 * district. A round falling on a day off is not counted.
 */
@Service("overdueEscalationService")
class OverdueEscalation {

  static final String MAIL_TEMPLATE = "implementation-overdue";
  static final String ROUNDS = "overdueRounds";

  private final LateTasks lateTasks;
  private final OverdueMarks marks;
  private final RuntimeService runtime;
  private final Notifications notifications;
  private final Recipients recipients;
  private final SupervisionRules rules;
  private final WorkingDays workdays;

  OverdueEscalation(LateTasks lateTasks, OverdueMarks marks, RuntimeService runtime, Notifications notifications,
      Recipients recipients, SupervisionRules rules, WorkingDays workdays) {
    this.workdays = workdays;
    this.lateTasks = lateTasks;
    this.marks = marks;
    this.runtime = runtime;
    this.notifications = notifications;
    this.recipients = recipients;
    this.rules = rules;
  }

  void escalate(DelegateExecution execution) {
    Task task = lateTasks.openTaskBehind(execution);
    String unit = RESPONSIBLE_UNIT_NAME.from(execution).orElse("");
    String due = Submission.shown(task.getDueDate());
    marks.mark(execution, task.getDueDate());
    marks.raiseIncident(task.getExecutionId(), task.getId(), "逾期：事项 " + execution.getProcessBusinessKey()
        + "“" + MatterVariables.TOPIC.from(execution).orElse("") + "”，责任单位“" + unit + "”未在 " + due
        + " 前完成“" + task.getName() + "”");
    LocalDate today = ClockUtil.getCurrentTime().toInstant().atZone(Submission.ZONE).toLocalDate();
    boolean workingDay = workdays.isWorkingDay(today);
    SUPERVISION_DUE.setLocal(execution, workingDay);
    if (!workingDay) {
      return; // no supervision round on a day off: the next round comes at the next interval
    }
    Object previous = runtime.getVariableLocal(task.getExecutionId(), ROUNDS);
    long round = previous instanceof Number n ? n.longValue() + 1 : 1;
    runtime.setVariableLocal(task.getExecutionId(), ROUNDS, round);
    boolean district = round > rules.of(execution).districtAfterRounds();

    LATE_TASK.setLocal(execution, task.getTaskDefinitionKey());
    LATE_TASK_NAME.setLocal(execution, task.getName());
    LATE_DUE_DATE_TEXT.setLocal(execution, due);
    OVERDUE_ROUND.setLocal(execution, round);
    SUPERVISION_GROUP.setLocal(execution, (district ? RoleGroup.DISTRICT_CIVIL_AFFAIRS : RoleGroup.STREET_OFFICE).id());
    SUPERVISION_LEVEL.setLocal(execution, district ? "区" : "街道");

    List<String> groups = district
        ? List.of(RoleGroup.DISTRICT_CIVIL_AFFAIRS.id(), RoleGroup.SUPERVISOR.id(), RoleGroup.STREET_OFFICE.id(),
            RoleGroup.COMMITTEE_STAFF.id())
        : List.of(RoleGroup.STREET_OFFICE.id(), RoleGroup.COMMITTEE_STAFF.id());
    notifications.send(execution, new Notification(MAIL_TEMPLATE,
        recipients.holdingAny(groups, execution.getTenantId()),
        Map.of("lateTaskName", task.getName(), "dueDate", task.getDueDate(), "responsibleUnitName", unit,
            "overdueRound", round, "supervisionLevel", district ? "区" : "街道",
            "taskLink", notifications.taskLink(task.getId()))));
  }
}
