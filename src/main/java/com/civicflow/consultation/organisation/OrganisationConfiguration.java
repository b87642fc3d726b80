package com.civicflow.consultation.organisation;

import com.civicflow.consultation.system.ConsultationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration
class OrganisationConfiguration {

  @Bean
  OrganisationDirectory organisationDirectory(ConsultationProperties properties) {
    return new OrganisationDirectory(properties.organisation().directory());
  }

  @Bean
  CommunityTenantIdProvider communityTenantIdProvider(OrganisationDirectory directory) {
    return new CommunityTenantIdProvider(directory);
  }
}
