package com.civicflow.consultation.legalreview;

import static com.civicflow.consultation.legalreview.LegalReviewVariables.DUE_DATE;
import static com.civicflow.consultation.legalreview.LegalReviewVariables.LEVEL_LABEL;
import static com.civicflow.consultation.legalreview.LegalReviewVariables.OFFICE_NAME;
import static com.civicflow.consultation.legalreview.LegalReviewVariables.RESULT_TEXT;
import static com.civicflow.consultation.legalreview.LegalReviewVariables.REVIEW_LEVEL;
import static com.civicflow.consultation.legalreview.LegalReviewVariables.ROUTING_REASON;

import com.civicflow.consultation.mail.Notification;
import com.civicflow.consultation.mail.Notifications;
import com.civicflow.consultation.mail.Recipients;
import com.civicflow.consultation.organisation.RoleGroup;
import java.util.Date;
import java.util.HashMap;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.springframework.stereotype.Component;

/**
 * The legality review's e-mails, sent asynchronously by the shared {@link Notifications}: the reviewing
 * office gets a Tasklist link to its task; the matter's supervisors hear when a street office let the
 * deadline pass.
 */
@Component
class ReviewMail {

  static final String ASSIGNED = "legality-review-assigned";
  static final String OVERDUE = "legality-review-overdue";

  private final Notifications notifications;
  private final Recipients recipients;

  ReviewMail(Notifications notifications, Recipients recipients) {
    this.notifications = notifications;
    this.recipients = recipients;
  }

  /** To the holders of the review task's role in the matter's tenant (that office's reviewers). */
  void reviewAssigned(DelegateTask task) {
    ReviewLevel level = ReviewLevel.byId(REVIEW_LEVEL.required(task));
    Map<String, Object> model = new HashMap<>();
    model.put("taskName", task.getName());
    model.put("taskLink", notifications.taskLink(task.getId()));
    model.put("dueDate", task.getDueDate());
    model.put("officeName", OFFICE_NAME.from(task).orElse(level.label()));
    model.put("levelLabel", LEVEL_LABEL.from(task).orElse(level.label()));
    model.put("routingReason", ROUTING_REASON.from(task).orElse(""));
    model.put("resultText", RESULT_TEXT.from(task).orElse(""));
    notifications.send(task.getExecution(),
        new Notification(ASSIGNED, recipients.holding(level.reviewers().id(), task.getTenantId()), model));
  }

  /** To the supervisors of the matter's tenant (street and district 督办): the review went up a level. */
  void overdueToSupervisors(DelegateExecution execution, String streetOffice, Date streetDueDate, String district) {
    Map<String, Object> model = new HashMap<>();
    model.put("streetOffice", streetOffice);
    model.put("streetDueDate", streetDueDate);
    model.put("districtName", district);
    model.put("dueDate", DUE_DATE.from(execution).orElse(null));
    notifications.send(execution,
        new Notification(OVERDUE, recipients.holding(RoleGroup.SUPERVISOR.id(), execution.getTenantId()), model));
  }
}
