package com.civicflow.consultation.notice;

import static com.civicflow.consultation.notice.NoticeVariables.OBJECTION_COUNT;
import static com.civicflow.consultation.notice.NoticeVariables.OBJECTION_DECISION;
import static com.civicflow.consultation.notice.NoticeVariables.OBJECTION_REPLY;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;

/**
 * Start of one objection's handling (the non-interrupting event subprocess): only an open notice whose kind takes
 * objections ({@link NoticeWindow#OBJECTIONS}) takes one (the correlation fails and rolls back otherwise); counts it;
 * declares the committee's decision and reply as variables of this objection's scope, so that each objection keeps
 * its own.
 */
@Component("objectionIntake")
class ObjectionIntake implements ExecutionListener {

  @Override
  public void notify(DelegateExecution execution) {
    DelegateExecution notice = WindowGuard.admit(execution, NoticeWindow.OBJECTIONS);
    OBJECTION_COUNT.set(notice, OBJECTION_COUNT.from(notice).orElse(0L) + 1);
    OBJECTION_DECISION.setLocal(execution, null);
    OBJECTION_REPLY.setLocal(execution, null);
  }
}
