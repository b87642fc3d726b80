package com.civicflow.consultation;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Base class of process tests: binds camunda-bpm-assert to the Spring-managed engine, runs each test
 * as no particular user (tests that check authorizations authenticate themselves) and puts the clock
 * back after tests that moved it.
 */
public abstract class ProcessTestSupport {

  @Autowired
  protected ProcessEngine processEngine;

  @BeforeEach
  void bindAssertions() {
    BpmnAwareTests.init(processEngine);
    processEngine.getIdentityService().clearAuthentication();
  }

  @AfterEach
  void resetClockAndUser() {
    ClockUtil.reset();
    processEngine.getIdentityService().clearAuthentication();
  }
}
