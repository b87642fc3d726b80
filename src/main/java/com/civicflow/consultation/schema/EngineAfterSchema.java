package com.civicflow.consultation.schema;

import java.util.Set;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.springframework.boot.sql.init.dependency.AbstractBeansOfTypeDependsOnDatabaseInitializationDetector;

/**
 * The process engine is built only after Liquibase has brought the schema up to date: its configuration bean
 * depends on database initialization, as Spring Boot's JdbcTemplate and JPA beans do (registered in
 * {@code META-INF/spring.factories}). The engine itself no longer creates or changes tables
 * ({@code camunda.bpm.database.schema-update: false}); it only checks that the schema matches its version.
 */
public class EngineAfterSchema extends AbstractBeansOfTypeDependsOnDatabaseInitializationDetector {

  @Override
  protected Set<Class<?>> getDependsOnDatabaseInitializationBeanTypes() {
    return Set.of(ProcessEngineConfigurationImpl.class);
  }
}
