package com.civicflow.consultation.system;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.core.io.Resource;

/** The product's own settings ("consultation:" in application.yaml). */
@ConfigurationProperties("consultation")
public record ConsultationProperties(
    Admin admin, Organisation organisation, DemoData demoData, String publicUrl) {

  /** The administrator account created at first start (group camunda-admin). */
  public record Admin(String username, String password) {}

  public record Organisation(Resource directory) {}

  public record DemoData(boolean enabled, Resource users, String password) {}
}
