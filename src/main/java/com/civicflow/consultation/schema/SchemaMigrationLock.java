package com.civicflow.consultation.schema;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import javax.sql.DataSource;
import liquibase.integration.spring.SpringLiquibase;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.BeansException;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.stereotype.Component;

/**
 * Lets one node at a time run Liquibase on PostgreSQL: a session-level advisory lock (the mechanism Flyway uses
 * for the same purpose) is taken on a connection of its own before Liquibase starts and released when it is done.
 * Liquibase's own lock (table DATABASECHANGELOGLOCK) does not cover everything: on an empty database two nodes
 * both create its history table while reading the changelog, before either holds that lock, and one fails
 * ("relation databasechangelog already exists"). The advisory lock also goes away by itself when a node dies.
 * H2 serves one node only and needs none.
 */
@Component
class SchemaMigrationLock implements BeanPostProcessor {

  private static final Logger LOG = LoggerFactory.getLogger(SchemaMigrationLock.class);
  /** The advisory lock's key: any number all nodes agree on ("consult" in ASCII). */
  static final long KEY = 0x636f6e73756c74L;

  private Connection held;

  @Override
  public Object postProcessBeforeInitialization(Object bean, String beanName) throws BeansException {
    if (bean instanceof SpringLiquibase liquibase) {
      held = lock(liquibase.getDataSource());
    }
    return bean;
  }

  @Override
  public Object postProcessAfterInitialization(Object bean, String beanName) throws BeansException {
    if (bean instanceof SpringLiquibase && held != null) {
      unlock(held);
      held = null;
    }
    return bean;
  }

  private static Connection lock(DataSource dataSource) {
    try {
      Connection connection = dataSource.getConnection();
      if (!"PostgreSQL".equals(connection.getMetaData().getDatabaseProductName())) {
        connection.close();
        return null;
      }
      connection.setAutoCommit(true);
      LOG.info("Waiting for the schema migration lock (another node may be updating the schema)");
      try (PreparedStatement statement = connection.prepareStatement("SELECT pg_advisory_lock(?)")) {
        statement.setLong(1, KEY);
        statement.execute();
      }
      return connection;
    } catch (SQLException e) {
      throw new IllegalStateException("无法获取数据库结构升级锁（pg_advisory_lock）: " + e.getMessage(), e);
    }
  }

  private static void unlock(Connection connection) {
    try (connection; PreparedStatement statement = connection.prepareStatement("SELECT pg_advisory_unlock(?)")) {
      statement.setLong(1, KEY);
      statement.execute();
    } catch (SQLException e) {
      LOG.warn("Schema migration lock not released cleanly (it goes with the connection): {}", e.getMessage());
    }
  }
}
