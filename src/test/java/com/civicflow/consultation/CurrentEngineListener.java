package com.civicflow.consultation;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngines;
import org.springframework.test.context.TestContext;
import org.springframework.test.context.support.AbstractTestExecutionListener;

/**
 * Several Spring test contexts live in one test JVM, and each builds an engine named "default". Camunda's
 * REST API and webapps find their engine in the static {@link ProcessEngines} registry, where the context
 * created last wins; so before each test the engine of the test's own context is registered again. (In
 * the product there is one context and one engine: this only concerns tests.)
 */
public class CurrentEngineListener extends AbstractTestExecutionListener {

  @Override
  public void beforeTestMethod(TestContext testContext) {
    if (testContext.hasApplicationContext()) {
      var context = testContext.getApplicationContext();
      context.getBeanProvider(ProcessEngine.class).ifAvailable(ProcessEngines::registerProcessEngine);
    }
  }
}
