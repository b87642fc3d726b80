package com.civicflow.consultation.cluster;

import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.env.EnvironmentPostProcessor;
import org.springframework.core.env.ConfigurableEnvironment;

/**
 * Test-only, never part of the product: sets the engine clock of a node JVM started by {@link ClusterIT} to a
 * running clock shifted by {@value #OFFSET} milliseconds, before the engine is built. Both nodes get the same
 * offset, so they agree on the time. It reaches the node through Spring Boot's {@code loader.path} (a folder
 * holding this class and a {@code META-INF/spring.factories} naming it), not through the application jar.
 */
public class ClusterClock implements EnvironmentPostProcessor {

  static final String OFFSET = "cluster-it.clock-offset-ms";

  @Override
  public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
    String offset = System.getProperty(OFFSET);
    if (offset != null) {
      ClockUtil.offset(Long.parseLong(offset));
    }
  }
}
