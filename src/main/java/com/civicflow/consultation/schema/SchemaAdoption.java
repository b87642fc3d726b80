package com.civicflow.consultation.schema;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import liquibase.Contexts;
import liquibase.LabelExpression;
import liquibase.Liquibase;
import liquibase.database.jvm.JdbcConnection;
import liquibase.exception.LiquibaseException;
import liquibase.integration.spring.Customizer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Adopts a database the engine created itself before the schema came from Liquibase
 * ({@code camunda.bpm.database.schema-update: true}, every installation of the product until then): when
 * the engine's tables exist but Liquibase has no record of Camunda's changelog, Camunda's changesets up to the
 * engine's schema version are marked as run ({@code changelogSyncToTag}, the upgrade path Camunda documents),
 * so Liquibase applies only what is newer. Our own tables are adopted by the preconditions of their changesets
 * ({@code MARK_RAN} when the table is there). Runs before every Liquibase update (Spring Boot calls it with
 * the {@link Liquibase} it is about to run); on a database Liquibase manages already it does nothing.
 */
@Component
class SchemaAdoption implements Customizer<Liquibase> {

  private static final Logger LOG = LoggerFactory.getLogger(SchemaAdoption.class);
  /** The first version Camunda's changelog knows (its baseline) and the one this product ships. */
  static final Version BASELINE = Version.parse("7.16.0");
  static final Version SHIPPED = Version.parse("7.24.0");
  static final String CAMUNDA_CHANGELOG = "org/camunda/bpm/engine/db/liquibase/camunda-changelog.xml";

  @Override
  public void customize(Liquibase liquibase) {
    try {
      Connection connection = ((JdbcConnection) liquibase.getDatabase().getConnection()).getUnderlyingConnection();
      if (!tableExists(connection, "ACT_GE_SCHEMA_LOG") || camundaChangelogRecorded(connection)) {
        return;
      }
      String tag = tagFor(engineSchemaVersion(connection));
      LOG.warn("数据库由引擎自行建表（schema-update），尚无 Liquibase 记录：将 Camunda 变更集同步到 {}，此后由 Liquibase 管理表结构", tag);
      liquibase.changeLogSync(tag, new Contexts(), new LabelExpression()); // (String) alone would be contexts
    } catch (SQLException | LiquibaseException e) {
      throw new IllegalStateException("无法接管现有数据库的表结构（Liquibase changelogSyncToTag）: " + e.getMessage(), e);
    }
  }

  /** The changelog tag of an engine schema version: Camunda tags each minor version ({@code 7.24.0}). */
  static String tagFor(Version version) {
    if (version.compareTo(BASELINE) < 0) {
      throw new IllegalStateException("数据库的引擎表结构版本为 " + version + "，早于 Camunda Liquibase 基线 " + BASELINE
          + "：请先用 Camunda 的 SQL 升级脚本升级到 " + BASELINE + " 或更新版本，再启动本系统");
    }
    if (version.compareTo(SHIPPED) > 0) {
      throw new IllegalStateException("数据库的引擎表结构版本为 " + version + "，比本系统的 Camunda " + SHIPPED + " 更新：请使用相应版本的系统");
    }
    return version.major() + "." + version.minor() + ".0";
  }

  private static boolean camundaChangelogRecorded(Connection connection) throws SQLException {
    if (!tableExists(connection, "DATABASECHANGELOG")) {
      return false;
    }
    try (Statement statement = connection.createStatement();
        ResultSet rs = statement.executeQuery("SELECT COUNT(*) FROM DATABASECHANGELOG WHERE FILENAME = '" + CAMUNDA_CHANGELOG + "'")) {
      rs.next();
      return rs.getInt(1) > 0;
    }
  }

  /** The newest version in the engine's own schema log (one row per create or upgrade script). */
  private static Version engineSchemaVersion(Connection connection) throws SQLException {
    List<Version> versions = new ArrayList<>();
    try (Statement statement = connection.createStatement();
        ResultSet rs = statement.executeQuery("SELECT VERSION_ FROM ACT_GE_SCHEMA_LOG")) {
      while (rs.next()) {
        versions.add(Version.parse(rs.getString(1)));
      }
    }
    return versions.stream().max(Version::compareTo)
        .orElseThrow(() -> new IllegalStateException("ACT_GE_SCHEMA_LOG 为空：无法判断引擎表结构版本"));
  }

  /** Whether a table exists in the connection's schema (PostgreSQL folds names to lower case, H2 to upper). */
  private static boolean tableExists(Connection connection, String name) throws SQLException {
    DatabaseMetaData metaData = connection.getMetaData();
    for (String candidate : List.of(name.toUpperCase(Locale.ROOT), name.toLowerCase(Locale.ROOT))) {
      try (ResultSet rs = metaData.getTables(connection.getCatalog(), connection.getSchema(), candidate, new String[] {"TABLE"})) {
        if (rs.next()) {
          return true;
        }
      }
    }
    return false;
  }

  /** A Camunda version such as {@code 7.24.0}; a suffix like {@code -ee} is ignored. */
  record Version(int major, int minor, int patch) implements Comparable<Version> {

    static Version parse(String text) {
      String[] parts = text.trim().split("[.-]");
      try {
        return new Version(Integer.parseInt(parts[0]), Integer.parseInt(parts[1]),
            parts.length > 2 ? Integer.parseInt(parts[2]) : 0);
      } catch (RuntimeException e) {
        throw new IllegalStateException("无法识别的引擎表结构版本: " + text, e);
      }
    }

    @Override
    public int compareTo(Version other) {
      int result = Integer.compare(major, other.major);
      result = result != 0 ? result : Integer.compare(minor, other.minor);
      return result != 0 ? result : Integer.compare(patch, other.patch);
    }

    @Override
    public String toString() {
      return major + "." + minor + "." + patch;
    }
  }
}
