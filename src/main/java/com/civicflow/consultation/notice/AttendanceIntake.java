package com.civicflow.consultation.notice;

import static com.civicflow.consultation.notice.NoticeVariables.APPLICATION_COUNT;
import static com.civicflow.consultation.notice.NoticeVariables.ATTENDANCE_DECISION;
import static com.civicflow.consultation.notice.NoticeVariables.ATTENDANCE_REPLY;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;

/**
 * Start of one application to attend (报名参会 / 申请列席, the non-interrupting event subprocess): only an open notice
 * whose kind opens {@link NoticeWindow#ATTENDANCE} takes one (the correlation fails and rolls back otherwise);
 * counts it; declares the staff's answer as variables of this application's scope.
 */
@Component("attendanceIntake")
class AttendanceIntake implements ExecutionListener {

  @Override
  public void notify(DelegateExecution execution) {
    DelegateExecution notice = WindowGuard.admit(execution, NoticeWindow.ATTENDANCE);
    APPLICATION_COUNT.set(notice, APPLICATION_COUNT.from(notice).orElse(0L) + 1);
    ATTENDANCE_DECISION.setLocal(execution, null);
    ATTENDANCE_REPLY.setLocal(execution, null);
  }
}
