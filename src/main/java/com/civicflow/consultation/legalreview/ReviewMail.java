package com.civicflow.consultation.legalreview;

import java.time.ZoneId;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.springframework.stereotype.Component;

/** The legality review's e-mails (sent asynchronously by the shared mail.Notifications). */
@Component
class ReviewMail {

  static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

  /** TEMPORARY until mail is merged. */
  void reviewAssigned(DelegateTask task) {}

  /** TEMPORARY until mail is merged. */
  void overdueToSupervisors(DelegateExecution execution, String streetOffice, String district) {}
}
