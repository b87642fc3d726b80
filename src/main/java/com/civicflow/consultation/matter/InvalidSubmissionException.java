package com.civicflow.consultation.matter;

import java.util.Optional;
import org.camunda.bpm.engine.ProcessEngineException;

/**
 * A form submission or start request the server refuses. Thrown from a task or start listener, it rolls
 * the whole completion back (nothing changes). The engine wraps listener exceptions in its own message
 * (ENGINE-03051 …); {@link SubmissionErrorFilter} gives Tasklist and REST clients this exception's own
 * Chinese message with status 400 instead.
 */
public class InvalidSubmissionException extends ProcessEngineException {

  private static final ThreadLocal<InvalidSubmissionException> LAST_ON_THIS_THREAD = new ThreadLocal<>();

  public InvalidSubmissionException(String message) {
    super(message);
    LAST_ON_THIS_THREAD.set(this);
  }

  /** The last refusal raised on this thread since {@link #forget()}: the request being served. */
  static Optional<InvalidSubmissionException> lastOnThisThread() {
    return Optional.ofNullable(LAST_ON_THIS_THREAD.get());
  }

  static void forget() {
    LAST_ON_THIS_THREAD.remove();
  }
}
