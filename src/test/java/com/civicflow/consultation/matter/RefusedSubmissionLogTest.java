package com.civicflow.consultation.matter;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.core.spi.FilterReply;
import org.camunda.bpm.engine.ProcessEngineException;
import org.junit.jupiter.api.Test;

class RefusedSubmissionLogTest {

  final RefusedSubmissionLog filter = new RefusedSubmissionLog();
  final LoggerContext context = new LoggerContext();
  final Logger camunda = context.getLogger("org.camunda.bpm.engine.context");
  final Logger ours = context.getLogger("com.civicflow.consultation.mail.MailJobHandler");

  @Test
  void camundaErrorsCausedByARefusedSubmissionAreDropped() {
    // given the engine's wrapping of a task listener's refusal, passed as SLF4J's last argument
    ProcessEngineException wrapped = new ProcessEngineException("ENGINE-03051 There was an exception while invoking "
        + "the TaskListener", new InvalidSubmissionException("请填写“办理意见”"));

    // then
    assertThat(filter.decide(null, camunda, Level.ERROR, "ENGINE-16004 Exception while closing command context: {}",
        new Object[] {wrapped.getMessage(), wrapped}, null)).isEqualTo(FilterReply.DENY);
    assertThat(filter.decide(null, camunda, Level.WARN, "ENGINE-REST-HTTP500", null, new RuntimeException(wrapped)))
        .isEqualTo(FilterReply.DENY);
    // and the REST API's warning, which carries the stack trace as text
    java.io.StringWriter trace = new java.io.StringWriter();
    new RuntimeException("Cannot submit task form", wrapped).printStackTrace(new java.io.PrintWriter(trace));
    assertThat(filter.decide(null, context.getLogger("org.camunda.bpm.engine.rest.exception"), Level.WARN,
        "ENGINE-REST-HTTP500 {}", new Object[] {trace.toString()}, null)).isEqualTo(FilterReply.DENY);
  }

  @Test
  void everythingElseIsLoggedAsBefore() {
    ProcessEngineException realFault = new ProcessEngineException("ENGINE-03004 Exception while executing Database Operation");
    assertThat(filter.decide(null, camunda, Level.ERROR, "ENGINE-16004 {}", new Object[] {realFault}, null))
        .isEqualTo(FilterReply.NEUTRAL);
    assertThat(filter.decide(null, camunda, Level.ERROR, "no exception at all", null, null)).isEqualTo(FilterReply.NEUTRAL);
    assertThat(filter.decide(null, camunda, Level.WARN, "ENGINE-REST-HTTP500 {}", new Object[] {"java.lang.IllegalStateException: "
        + "broken\n\tat x.y(Z.java:1)"}, null)).isEqualTo(FilterReply.NEUTRAL);
    InvalidSubmissionException refusal = new InvalidSubmissionException("请填写“办理意见”");
    assertThat(filter.decide(null, camunda, Level.INFO, "{}", new Object[] {refusal}, null)).isEqualTo(FilterReply.NEUTRAL);
    assertThat(filter.decide(null, ours, Level.ERROR, "{}", new Object[] {refusal}, null)).isEqualTo(FilterReply.NEUTRAL);
  }
}
