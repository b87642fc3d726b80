package com.civicflow.consultation.legalreview;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/** Create listener of the review tasks ({@code ${legalReviewAssigned}}): mails the office a Tasklist link. */
@Component("legalReviewAssigned")
class LegalReviewTaskAssigned implements TaskListener {

  private final ReviewMail mail;

  LegalReviewTaskAssigned(ReviewMail mail) {
    this.mail = mail;
  }

  @Override
  public void notify(DelegateTask task) {
    mail.reviewAssigned(task);
  }
}
