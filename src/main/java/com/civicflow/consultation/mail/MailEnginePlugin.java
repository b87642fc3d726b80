package com.civicflow.consultation.mail;

import java.util.ArrayList;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.springframework.stereotype.Component;

/** Registers the mail job handler, its retry cycle and its incidents on the matter with the engine. */
@Component
class MailEnginePlugin extends AbstractProcessEnginePlugin {

  private final MailJobHandler handler;
  private final NotificationProperties properties;

  MailEnginePlugin(MailJobHandler handler, NotificationProperties properties) {
    this.handler = handler;
    this.properties = properties;
  }

  @Override
  public void preInit(ProcessEngineConfigurationImpl config) {
    if (config.getCustomJobHandlers() == null) {
      config.setCustomJobHandlers(new ArrayList<>());
    }
    config.getCustomJobHandlers().add(handler);
    if (config.getCustomIncidentHandlers() == null) {
      config.setCustomIncidentHandlers(new ArrayList<>());
    }
    config.getCustomIncidentHandlers().add(new MailIncidents());
    config.setFailedJobCommandFactory(
        (jobId, exception) -> new MailRetryCmd(jobId, exception, properties.retryCycle()));
  }
}
