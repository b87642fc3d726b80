package com.civicflow.consultation.matter;

import java.util.ArrayList;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cfg.ProcessEnginePlugin;
import org.camunda.bpm.engine.impl.history.handler.DbHistoryEventHandler;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Wires the task cards ({@link TaskCard}) into the engine: the engine's database history handler runs behind
 * {@link TaskCardHistory}, which keeps the copies out of the history and the cards current. (The create listener
 * that fills a new task's card is added to every user task by {@link MatterParseListener}.)
 */
@Configuration
class TaskCardsEnginePlugin {

  @Bean
  ProcessEnginePlugin taskCardsPlugin() {
    return new AbstractProcessEnginePlugin() {
      @Override
      public void preInit(ProcessEngineConfigurationImpl config) {
        config.setEnableDefaultDbHistoryEventHandler(false);
        if (config.getCustomHistoryEventHandlers() == null) {
          config.setCustomHistoryEventHandlers(new ArrayList<>());
        }
        config.getCustomHistoryEventHandlers().add(0, new TaskCardHistory(new DbHistoryEventHandler()));
      }
    };
  }
}
