package com.civicflow.consultation.system;

import org.springframework.beans.factory.config.BeanFactoryPostProcessor;
import org.springframework.beans.factory.config.ConfigurableListableBeanFactory;
import org.springframework.context.EnvironmentAware;
import org.springframework.core.env.Environment;
import org.springframework.core.env.Profiles;
import org.springframework.stereotype.Component;
import org.springframework.util.StringUtils;

/**
 * In the production ("postgres") profile there is no default administrator password: startup stops
 * before any bean (the database connection among them) is created and says which variable to set.
 */
@Component
class AdminPasswordCheck implements BeanFactoryPostProcessor, EnvironmentAware {

  static final String MESSAGE = "The postgres profile has no default administrator password: "
      + "set the environment variable CONSULTATION_ADMIN_PASSWORD (生产环境必须设置管理员密码 CONSULTATION_ADMIN_PASSWORD).";

  private Environment environment;

  @Override
  public void setEnvironment(Environment environment) {
    this.environment = environment;
  }

  @Override
  public void postProcessBeanFactory(ConfigurableListableBeanFactory beanFactory) {
    check(environment);
  }

  static void check(Environment environment) {
    if (environment.acceptsProfiles(Profiles.of("postgres"))
        && !StringUtils.hasText(environment.getProperty("consultation.admin.password"))) {
      throw new MissingAdminPasswordException(MESSAGE);
    }
  }

  /** Thrown at startup; its message is all the operator needs. */
  static class MissingAdminPasswordException extends IllegalStateException {
    MissingAdminPasswordException(String message) {
      super(message);
    }
  }
}
