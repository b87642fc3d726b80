package com.civicflow.consultation.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.InputStream;
import java.net.http.HttpClient;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Starts the nodes of ClusterIT at the same moment: the jar {@code ./mvnw package} built, profile "postgres", the
 * shared database and SMTP server, each node's own port and name, the test-only {@link ClusterClock} on the
 * launcher's {@code loader.path}, the lock time shortened; waits until every node is healthy.
 */
final class Launch {

  private Launch() {}

  static void startTogether(List<Node> nodes, Path folder, EmbeddedPostgres postgres, Mailboxes smtp, NodeClock clock,
      Duration lockTime, Figures figures) throws Exception {
    Path jar = applicationJar();
    Path loaderPath = clusterClockOnLoaderPath(folder);
    Map<String, String> environment = Map.of(
        "POSTGRES_URL", "jdbc:postgresql://localhost:" + postgres.getPort() + "/postgres",
        "POSTGRES_USER", "postgres", "POSTGRES_PASSWORD", "",
        "CONSULTATION_ADMIN_PASSWORD", Cluster.ADMIN_PASSWORD, "CONSULTATION_DEMO_DATA", "true",
        "MAIL_HOST", "localhost", "MAIL_PORT", String.valueOf(smtp.port),
        // outlasts the SMTP outage: retried after 5, 10, 20, 30, 45 and 60 s
        "MAIL_RETRY_CYCLE", "PT5S,PT10S,PT20S,PT30S,PT45S,PT60S",
        "CONSULTATION_JOB_LOCK_TIME", String.valueOf(lockTime.toMillis()));
    // idle nodes look for jobs after 1 s, at most 2 s (production: 5 s, at most 10 s): the load waits less, nothing
    // else changes (the first must not exceed the second, or Camunda's acquisition never idles and polls non-stop)
    List<String> arguments = List.of("--camunda.bpm.job-execution.wait-time-in-millis=1000",
        "--camunda.bpm.job-execution.max-wait=2000");
    long start = System.nanoTime();
    for (Node node : nodes) {
      node.start(jar, loaderPath, clock.offset, environment, arguments);
    }
    List<Node> waiting = new ArrayList<>(nodes);
    long deadline = start + Duration.ofMinutes(5).toNanos();
    while (!waiting.isEmpty() && System.nanoTime() < deadline) {
      for (Node node : List.copyOf(waiting)) {
        assertThat(node.isAlive()).as("%s died while starting:%n%s", node, tail(node)).isTrue();
        if (node.isHealthy(HttpClient.newHttpClient())) {
          figures.put("healthy after start, " + node.name, Figures.seconds(start) + " s");
          waiting.remove(node);
        }
      }
      Thread.sleep(500);
    }
    for (Node node : waiting) {
      assertThat(waiting).as("%s not healthy within 5 minutes:%n%s", node, tail(node)).isEmpty();
    }
  }

  private static Path applicationJar() throws IOException {
    try (Stream<Path> files = Files.list(Path.of("target"))) {
      return files.filter(p -> p.getFileName().toString().matches("community-consultation-.*\\.jar")).findFirst()
          .orElseThrow(() -> new IllegalStateException("target/community-consultation-*.jar missing: run ./mvnw verify (package)"));
    }
  }

  /** A folder for Spring Boot's loader.path holding ClusterClock and a spring.factories naming it. */
  private static Path clusterClockOnLoaderPath(Path folder) throws IOException {
    Path loader = folder.resolve("loader");
    String classFile = ClusterClock.class.getName().replace('.', '/') + ".class";
    Files.createDirectories(loader.resolve(classFile).getParent());
    try (InputStream in = ClusterClock.class.getClassLoader().getResourceAsStream(classFile)) {
      Files.copy(in, loader.resolve(classFile), StandardCopyOption.REPLACE_EXISTING);
    }
    Files.createDirectories(loader.resolve("META-INF"));
    Files.writeString(loader.resolve("META-INF/spring.factories"),
        "org.springframework.boot.env.EnvironmentPostProcessor=" + ClusterClock.class.getName() + "\n");
    return loader;
  }

  static String tail(Node node) {
    try {
      String log = node.logText();
      return log.substring(Math.max(0, log.length() - 6000));
    } catch (IOException e) {
      return e.toString();
    }
  }

}
