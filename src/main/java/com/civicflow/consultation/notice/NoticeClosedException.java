package com.civicflow.consultation.notice;

import org.camunda.bpm.engine.ProcessEngineException;

/** An objection to a notice whose period is over (or that was withdrawn). */
public class NoticeClosedException extends ProcessEngineException {

  public NoticeClosedException() {
    super("该公示已结束，不再受理异议");
  }
}
