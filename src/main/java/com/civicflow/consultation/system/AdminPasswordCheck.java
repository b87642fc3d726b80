package com.civicflow.consultation.system;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.env.EnvironmentPostProcessor;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.Profiles;
import org.springframework.util.StringUtils;

/**
 * In the production ("postgres") profile there is no default administrator password: startup stops
 * before anything touches the database and says which environment variable to set.
 */
public class AdminPasswordCheck implements EnvironmentPostProcessor {

  static final String MESSAGE = "The postgres profile has no default administrator password: "
      + "set the environment variable CONSULTATION_ADMIN_PASSWORD (生产环境必须设置管理员密码 CONSULTATION_ADMIN_PASSWORD).";

  @Override
  public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
    if (environment.acceptsProfiles(Profiles.of("postgres"))
        && !StringUtils.hasText(environment.getProperty("consultation.admin.password"))) {
      throw new MissingAdminPasswordException(MESSAGE);
    }
  }

  /** Thrown at startup; its message is all the operator needs. */
  public static class MissingAdminPasswordException extends IllegalStateException {
    MissingAdminPasswordException(String message) {
      super(message);
    }
  }
}
