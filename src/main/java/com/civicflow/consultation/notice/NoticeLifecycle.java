package com.civicflow.consultation.notice;

import static com.civicflow.consultation.notice.NoticeVariables.NOTICE_CLOSED_AT;
import static com.civicflow.consultation.notice.NoticeVariables.NOTICE_STATUS;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The status changes of a notice, as beans for the diagram: {@code noticePeriodElapsed} (the period is
 * over: no new objections), {@code noticeClosing} (closed after its period) and {@code noticeWithdrawal}
 * (closed early because an objection was upheld).
 */
@Configuration
class NoticeLifecycle {

  @Bean
  ExecutionListener noticePeriodElapsed() {
    return execution -> NOTICE_STATUS.set(execution.getProcessInstance(), NoticeStatus.EXPIRED.code());
  }

  @Bean
  JavaDelegate noticeClosing() {
    return execution -> close(execution, NoticeStatus.CLOSED);
  }

  @Bean
  JavaDelegate noticeWithdrawal() {
    return execution -> close(execution, NoticeStatus.WITHDRAWN);
  }

  private static void close(DelegateExecution execution, NoticeStatus status) {
    DelegateExecution notice = execution.getProcessInstance();
    NOTICE_STATUS.set(notice, status.code());
    NOTICE_CLOSED_AT.set(notice, ClockUtil.getCurrentTime());
  }
}
