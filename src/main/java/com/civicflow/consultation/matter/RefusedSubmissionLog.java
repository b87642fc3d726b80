package com.civicflow.consultation.matter;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.turbo.TurboFilter;
import ch.qos.logback.core.spi.FilterReply;
import org.slf4j.ILoggerFactory;
import org.slf4j.LoggerFactory;
import org.slf4j.Marker;
import org.springframework.stereotype.Component;

/**
 * A refused form submission is a person's typing mistake, not a server fault: Camunda would log each one
 * with a stack trace (the command context at ERROR, the REST API as ENGINE-REST-HTTP500), and a supervisor's
 * log monitoring would raise an alarm whenever a community worker forgot a field. This logback filter drops
 * exactly those Camunda warnings and errors whose exception was caused by an {@link InvalidSubmissionException};
 * {@link SubmissionErrorFilter} writes one INFO line per refusal instead. Every other Camunda error is logged
 * as before.
 */
@Component
public class RefusedSubmissionLog extends TurboFilter {

  RefusedSubmissionLog() {
    ILoggerFactory factory = LoggerFactory.getILoggerFactory();
    if (factory instanceof LoggerContext logback
        && logback.getTurboFilterList().stream().noneMatch(f -> f instanceof RefusedSubmissionLog)) {
      setName("refused-submissions");
      start();
      logback.addTurboFilter(this);
    }
  }

  @Override
  public FilterReply decide(Marker marker, Logger logger, Level level, String format, Object[] params, Throwable t) {
    if (level == null || !level.isGreaterOrEqual(Level.WARN) || !logger.getName().startsWith("org.camunda.")) {
      return FilterReply.NEUTRAL;
    }
    Throwable thrown = t;
    if (thrown == null && params != null && params.length > 0 && params[params.length - 1] instanceof Throwable last) {
      thrown = last;
    }
    return refusal(thrown) || renderedRefusal(format, params) ? FilterReply.DENY : FilterReply.NEUTRAL;
  }

  /** The REST API logs the stack trace as text (ENGINE-REST-HTTP500 …): a refusal shows as its cause there. */
  static boolean renderedRefusal(String format, Object[] params) {
    String cause = "Caused by: " + InvalidSubmissionException.class.getName() + ":";
    if (format != null && format.contains(cause)) {
      return true;
    }
    if (params != null) {
      for (Object p : params) {
        if (p instanceof CharSequence text && text.toString().contains(cause)) {
          return true;
        }
      }
    }
    return false;
  }

  /** Whether the exception is, or was caused by, a refused submission. */
  static boolean refusal(Throwable thrown) {
    for (Throwable cause = thrown; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
      if (cause instanceof InvalidSubmissionException) {
        return true;
      }
    }
    return false;
  }
}
