package com.civicflow.consultation.matter;

import org.camunda.bpm.engine.ProcessEngineException;

/**
 * A form submission or start request the server refuses. Thrown from a task or start listener, it rolls
 * the whole completion back (nothing changes) and Tasklist and REST show its Chinese message.
 */
public class InvalidSubmissionException extends ProcessEngineException {

  public InvalidSubmissionException(String message) {
    super(message);
  }
}
