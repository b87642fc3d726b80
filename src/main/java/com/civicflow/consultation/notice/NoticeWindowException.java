package com.civicflow.consultation.notice;

import org.camunda.bpm.engine.ProcessEngineException;

/**
 * A request the notice's {@link NoticeWindow} does not take (an objection to a meeting notice, an application to a
 * result): refused before anything changes, its message is the board's Chinese answer.
 */
public class NoticeWindowException extends ProcessEngineException {

  public NoticeWindowException(String kind, String attempted) {
    super(NoticeKind.of(kind).window().refusal(kind, attempted));
  }
}
