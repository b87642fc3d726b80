package com.civicflow.consultation.system;

import com.civicflow.consultation.form.FormCheckParseListener;
import com.civicflow.consultation.matter.FieldLabels;
import com.civicflow.consultation.matter.LongTextHistory;
import com.civicflow.consultation.matter.LongTextSerializer;
import com.civicflow.consultation.matter.MatterContextListener;
import com.civicflow.consultation.matter.MatterParseListener;
import com.civicflow.consultation.organisation.CommunityTenantIdProvider;
import java.util.ArrayList;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cfg.ProcessEnginePlugin;
import org.camunda.bpm.engine.rest.security.auth.ProcessEngineAuthenticationFilter;
import org.camunda.bpm.engine.rest.security.auth.impl.HttpBasicAuthenticationProvider;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Wires this product into the engine and protects the REST API. */
@Configuration
class EngineConfiguration {

  /**
   * Tenants from the organisation directory; matter numbers and context on every process start; texts longer than
   * the engine's 4,000-character column kept whole.
   */
  @Bean
  ProcessEnginePlugin consultationEnginePlugin(CommunityTenantIdProvider tenants, MatterContextListener matterContext,
      FieldLabels labels) {
    return new AbstractProcessEnginePlugin() {
      @Override
      public void preInit(ProcessEngineConfigurationImpl config) {
        config.setTenantIdProvider(tenants);
        if (config.getCustomPreVariableSerializers() == null) {
          config.setCustomPreVariableSerializers(new ArrayList<>());
        }
        config.getCustomPreVariableSerializers().add(0, new LongTextSerializer(labels));
        config.setHistoryEventProducer(new LongTextHistory());
        if (config.getCustomPreBPMNParseListeners() == null) {
          config.setCustomPreBPMNParseListeners(new ArrayList<>());
        }
        config.getCustomPreBPMNParseListeners().add(new MatterParseListener(matterContext));
        config.getCustomPreBPMNParseListeners().add(new FormCheckParseListener());
        if (config.getCustomSessionFactories() == null) {
          config.setCustomSessionFactories(new ArrayList<>());
        }
        config.getCustomSessionFactories().add(new AuthorizedGroups(config.getDatabaseTablePrefix()));
      }
    };
  }

  /** /engine-rest requires HTTP Basic and runs every call as that user, with their authorizations. */
  @Bean
  FilterRegistrationBean<ProcessEngineAuthenticationFilter> restAuthentication() {
    FilterRegistrationBean<ProcessEngineAuthenticationFilter> registration =
        new FilterRegistrationBean<>(new ProcessEngineAuthenticationFilter());
    registration.setName("engine-rest-authentication");
    registration.addUrlPatterns("/engine-rest/*");
    registration.addInitParameter(ProcessEngineAuthenticationFilter.AUTHENTICATION_PROVIDER_PARAM,
        HttpBasicAuthenticationProvider.class.getName());
    registration.setOrder(1);
    return registration;
  }
}
