package com.civicflow.consultation.archive;

import java.util.ArrayList;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cfg.ProcessEnginePlugin;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Lazy;

/**
 * Wires 一事一档 into the engine: the parse listener that queues a filing job when a matter ends, and the
 * job handler that files it.
 */
@Configuration
class ArchiveEnginePlugin {

  @Bean
  ProcessEnginePlugin matterFilingPlugin(@Lazy MatterFiling filing) {
    return new AbstractProcessEnginePlugin() {
      @Override
      public void preInit(ProcessEngineConfigurationImpl config) {
        if (config.getCustomPostBPMNParseListeners() == null) {
          config.setCustomPostBPMNParseListeners(new ArrayList<>());
        }
        config.getCustomPostBPMNParseListeners().add(new ArchiveParseListener());
        if (config.getCustomJobHandlers() == null) {
          config.setCustomJobHandlers(new ArrayList<>());
        }
        config.getCustomJobHandlers().add(new MatterFilingJobHandler(filing));
      }
    };
  }
}
