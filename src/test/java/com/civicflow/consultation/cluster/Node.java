package com.civicflow.consultation.cluster;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** One application node: a JVM of the built jar, with its own port, name (lock owner prefix) and log file. */
final class Node {

  final String name;
  final int port;
  final Path log;
  private Process process;
  private volatile boolean alive;

  Node(String name, Path folder) throws IOException {
    this.name = name;
    this.port = freePort();
    this.log = folder.resolve(name + ".log");
  }

  /**
   * Starts the jar through Spring Boot's PropertiesLauncher, so that {@code loader.path} can add the test-only
   * {@link ClusterClock}; everything else is the production configuration (profile "postgres").
   */
  void start(Path jar, Path loaderPath, long clockOffset, Map<String, String> environment, List<String> arguments)
      throws IOException {
    List<String> command = new ArrayList<>(List.of(
        Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx512m",
        "-Duser.timezone=Asia/Shanghai", "-Dfile.encoding=UTF-8",
        "-D" + ClusterClock.OFFSET + "=" + clockOffset, "-Dloader.path=" + loaderPath.toAbsolutePath(),
        "-cp", jar.toAbsolutePath().toString(), "org.springframework.boot.loader.launch.PropertiesLauncher",
        "--spring.profiles.active=postgres", "--server.port=" + port));
    command.addAll(arguments);
    ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile());
    builder.environment().putAll(environment);
    builder.environment().put("NODE_NAME", name);
    process = builder.start();
    alive = true;
  }

  String url() {
    return "http://localhost:" + port;
  }

  boolean isAlive() {
    return alive && process.isAlive();
  }

  boolean isHealthy(HttpClient http) {
    try {
      HttpResponse<String> health = http.send(HttpRequest.newBuilder(URI.create(url() + "/actuator/health"))
          .timeout(Duration.ofSeconds(5)).build(), HttpResponse.BodyHandlers.ofString());
      return health.statusCode() == 200 && health.body().contains("\"UP\"");
    } catch (IOException e) {
      return false;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return false;
    }
  }

  /** kill -9: the JVM ends at once, without unlocking its jobs or closing anything. */
  void killHard() throws InterruptedException {
    alive = false;
    process.destroyForcibly();
    process.waitFor();
  }

  void stop() throws InterruptedException {
    alive = false;
    if (process != null && process.isAlive()) {
      process.destroy();
      if (!process.waitFor(Duration.ofSeconds(60).toMillis(), java.util.concurrent.TimeUnit.MILLISECONDS)) {
        process.destroyForcibly();
      }
    }
  }

  String logText() throws IOException {
    return Files.exists(log) ? Files.readString(log) : "";
  }

  private static int freePort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    }
  }

  @Override
  public String toString() {
    return name + " (:" + port + ")";
  }
}
