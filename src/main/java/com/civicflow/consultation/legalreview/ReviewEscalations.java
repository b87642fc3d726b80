package com.civicflow.consultation.legalreview;

import static com.civicflow.consultation.legalreview.LegalReviewVariables.DUE_DATE;
import static com.civicflow.consultation.legalreview.LegalReviewVariables.DUE_DATE_TEXT;
import static com.civicflow.consultation.legalreview.LegalReviewVariables.LEVEL_LABEL;
import static com.civicflow.consultation.legalreview.LegalReviewVariables.OFFICE_ID;
import static com.civicflow.consultation.legalreview.LegalReviewVariables.OFFICE_NAME;
import static com.civicflow.consultation.legalreview.LegalReviewVariables.REVIEW_LEVEL;
import static com.civicflow.consultation.legalreview.LegalReviewVariables.REVIEW_REQUIRED;
import static com.civicflow.consultation.legalreview.LegalReviewVariables.ROUTING_REASON;
import static com.civicflow.consultation.matter.MatterVariables.STAGE;

import com.civicflow.consultation.matter.Submission;
import com.civicflow.consultation.organisation.OrgLevel;
import com.civicflow.consultation.organisation.OrgUnit;
import com.civicflow.consultation.organisation.OrganisationDirectory;
import com.civicflow.consultation.organisation.Staff;
import java.util.Date;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Hands a matter's legality review to the office responsible for its community: the street office
 * (街道办事处) or, one level up, the district civil-affairs bureau (区民政局). Sets the review task's due
 * date, records the escalation for the matter's file, and tells the supervisors when a street office let
 * the deadline pass. The review task itself goes to the role group ({@link ReviewLevel#reviewers()});
 * tenant membership makes it that office's task only.
 */
@Component
class ReviewEscalations {

  private static final Logger LOG = LoggerFactory.getLogger(ReviewEscalations.class);

  private final OrganisationDirectory directory;
  private final Staff staff;
  private final ReviewDeadline deadline;
  private final LegalReviewProperties properties;
  private final ReviewMail mail;

  ReviewEscalations(OrganisationDirectory directory, Staff staff, ReviewDeadline deadline,
      LegalReviewProperties properties, ReviewMail mail) {
    this.directory = directory;
    this.staff = staff;
    this.deadline = deadline;
    this.properties = properties;
    this.mail = mail;
  }

  void escalate(DelegateExecution execution, ReviewLevel level, EscalationCause cause) {
    String tenantId = execution.getTenantId();
    OrgUnit office = officeFor(tenantId, level);
    ReviewLevel actual = office.level() == OrgLevel.DISTRICT ? ReviewLevel.DISTRICT : ReviewLevel.STREET;
    String previousOffice = OFFICE_NAME.from(execution).orElse(null);
    Date previousDue = DUE_DATE.from(execution).orElse(null);
    int workingDays = properties.workingDays(actual);
    Date due = deadline.dueIn(workingDays);
    List<String> reviewers = staff.holding(actual.reviewers(), tenantId).stream().map(User::getId).toList();
    if (reviewers.isEmpty()) {
      LOG.warn("合法性审核: {} 中没有 {} 角色的用户，审核任务暂无人可领（事项 {}）",
          office.name(), actual.reviewers().id(), execution.getProcessBusinessKey());
    }
    REVIEW_REQUIRED.set(execution, true);
    STAGE.set(execution, "合法性审核（" + office.name() + "）");
    REVIEW_LEVEL.set(execution, actual.id());
    LEVEL_LABEL.set(execution, actual.label() + "（" + office.name() + "）");
    OFFICE_ID.set(execution, office.id());
    OFFICE_NAME.set(execution, office.name());
    DUE_DATE.set(execution, due);
    DUE_DATE_TEXT.set(execution, Submission.shown(due) + "（" + workingDays + "个工作日）");
    EscalationRecord.append(execution, new Escalation(actual, office.id(), office.name(), tenantId, reviewers,
        ClockUtil.getCurrentTime(), due, workingDays, cause, ROUTING_REASON.from(execution).orElse(null)));
    if (cause == EscalationCause.OVERDUE) {
      mail.overdueToSupervisors(execution, previousOffice, previousDue, office.name());
    }
  }

  /** The street office of the matter's community, or its district; a district's own matter stays there. */
  private OrgUnit officeFor(String tenantId, ReviewLevel level) {
    if (level == ReviewLevel.DISTRICT || directory.unit(tenantId).level() == OrgLevel.DISTRICT) {
      return directory.districtOf(tenantId);
    }
    return directory.streetOf(tenantId);
  }
}
