package com.civicflow.consultation.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code startup_ratio} and {@code rss_ratio}: the product's jar against a bare Camunda 7.24 Spring Boot starter of the
 * same shape — webapps, REST, actuator, H2 file database, authorizations on, an admin user — generated here as a tiny
 * Maven project (target/bench/bare-starter) and built with the same Maven and the same Spring Boot and Camunda
 * versions. Each run starts a jar with the same JVM options on a new H2 file and measures the time from the process
 * start to the first healthy {@code /actuator/health} and the peak resident memory (VmHWM) then; the two jars
 * alternate; medians.
 */
final class StartupBench {

  private static final Logger LOG = LoggerFactory.getLogger(StartupBench.class);
  static final String CAMUNDA_VERSION = "7.24.0";
  static final String SPRING_BOOT_VERSION = "3.5.5";

  record Run(double seconds, double rssMib) {}

  record Result(List<Run> product, List<Run> bare) {
    double productSeconds() {
      return Stats.median(product.stream().map(Run::seconds).toList());
    }

    double bareSeconds() {
      return Stats.median(bare.stream().map(Run::seconds).toList());
    }

    double productRss() {
      return Stats.median(product.stream().map(Run::rssMib).toList());
    }

    double bareRss() {
      return Stats.median(bare.stream().map(Run::rssMib).toList());
    }
  }

  private StartupBench() {}

  static Result measure(Path productJar, Path work, int runs) {
    Path bareJar = buildBareStarter(work.resolve("bare-starter"));
    List<Run> product = new ArrayList<>();
    List<Run> bare = new ArrayList<>();
    for (int i = 0; i < runs; i++) {
      product.add(start(productJar, work.resolve("startup-product-" + i)));
      bare.add(start(bareJar, work.resolve("startup-bare-" + i)));
      LOG.info("Start-up round {}: product {}, bare {}", i, product.get(i), bare.get(i));
    }
    return new Result(product, bare);
  }

  static Run start(Path jar, Path directory) {
    BenchDatabase.deleteTree(directory);
    int port = freePort();
    try {
      Files.createDirectories(directory);
      long started = System.nanoTime();
      Process process = new ProcessBuilder("java", "-jar", jar.toAbsolutePath().toString(), "--server.port=" + port)
          .directory(directory.toFile()).redirectErrorStream(true).redirectOutput(directory.resolve("out.log").toFile()).start();
      try {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(1)).build();
        HttpRequest health = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/actuator/health"))
            .timeout(Duration.ofSeconds(2)).build();
        while (true) {
          if (!process.isAlive()) {
            throw new IllegalStateException(jar + " died; see " + directory.resolve("out.log"));
          }
          if ((System.nanoTime() - started) / 1e9 > 240) {
            throw new IllegalStateException(jar + " not healthy after 240 s; see " + directory.resolve("out.log"));
          }
          try {
            HttpResponse<String> response = http.send(health, HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() == 200 && response.body().contains("UP")) {
              break;
            }
          } catch (IOException notYet) {
            // not listening yet
          }
          Jobs.sleep(100);
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        return new Run(seconds, peakRssMib(process.pid()));
      } finally {
        process.destroy();
        process.waitFor();
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  private static double peakRssMib(long pid) throws IOException {
    for (String line : Files.readAllLines(Path.of("/proc/" + pid + "/status"))) {
      if (line.startsWith("VmHWM:")) {
        return Long.parseLong(line.replaceAll("[^0-9]", "")) / 1024.0;
      }
    }
    return Double.NaN;
  }

  /** Writes and builds the bare starter; returns its jar. */
  static Path buildBareStarter(Path project) {
    try {
      Path sources = project.resolve("src/main/java/bench/bare");
      Files.createDirectories(sources);
      Files.createDirectories(project.resolve("src/main/resources"));
      Files.writeString(project.resolve("pom.xml"), POM.formatted(SPRING_BOOT_VERSION, CAMUNDA_VERSION), StandardCharsets.UTF_8);
      Files.writeString(sources.resolve("BareCamundaApplication.java"), MAIN, StandardCharsets.UTF_8);
      Files.writeString(project.resolve("src/main/resources/application.yaml"), YAML, StandardCharsets.UTF_8);
      Path maven = Path.of("mvnw").toAbsolutePath();
      BenchDatabase.run(maven.toString(), "-B", "-q", "-o", "-f", project.resolve("pom.xml").toString(), "package");
      return project.resolve("target/bare-camunda-starter.jar");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static int freePort() {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static final String POM = """
      <?xml version="1.0" encoding="UTF-8"?>
      <project xmlns="http://maven.apache.org/POM/4.0.0">
        <modelVersion>4.0.0</modelVersion>
        <parent>
          <groupId>org.springframework.boot</groupId>
          <artifactId>spring-boot-starter-parent</artifactId>
          <version>%s</version>
          <relativePath/>
        </parent>
        <groupId>bench</groupId>
        <artifactId>bare-camunda-starter</artifactId>
        <version>1</version>
        <properties>
          <java.version>17</java.version>
        </properties>
        <dependencyManagement>
          <dependencies>
            <dependency>
              <groupId>org.camunda.bpm</groupId>
              <artifactId>camunda-bom</artifactId>
              <version>%s</version>
              <type>pom</type>
              <scope>import</scope>
            </dependency>
          </dependencies>
        </dependencyManagement>
        <dependencies>
          <dependency>
            <groupId>org.camunda.bpm.springboot</groupId>
            <artifactId>camunda-bpm-spring-boot-starter-webapp</artifactId>
          </dependency>
          <dependency>
            <groupId>org.camunda.bpm.springboot</groupId>
            <artifactId>camunda-bpm-spring-boot-starter-rest</artifactId>
          </dependency>
          <dependency>
            <groupId>org.springframework.boot</groupId>
            <artifactId>spring-boot-starter-actuator</artifactId>
          </dependency>
          <dependency>
            <groupId>org.springframework.boot</groupId>
            <artifactId>spring-boot-starter-jdbc</artifactId>
          </dependency>
          <dependency>
            <groupId>com.h2database</groupId>
            <artifactId>h2</artifactId>
            <scope>runtime</scope>
          </dependency>
        </dependencies>
        <build>
          <finalName>bare-camunda-starter</finalName>
          <plugins>
            <plugin>
              <groupId>org.springframework.boot</groupId>
              <artifactId>spring-boot-maven-plugin</artifactId>
            </plugin>
          </plugins>
        </build>
      </project>
      """;

  private static final String MAIN = """
      package bench.bare;

      import org.springframework.boot.SpringApplication;
      import org.springframework.boot.autoconfigure.SpringBootApplication;

      /** A bare Camunda 7 Spring Boot starter: webapps, REST, H2, authorizations on. */
      @SpringBootApplication
      public class BareCamundaApplication {
        public static void main(String[] args) {
          SpringApplication.run(BareCamundaApplication.class, args);
        }
      }
      """;

  private static final String YAML = """
      spring:
        datasource:
          url: jdbc:h2:file:./data/camunda;DB_CLOSE_ON_EXIT=FALSE
          username: sa
          password: ""
      camunda:
        bpm:
          admin-user:
            id: admin
            password: admin
          authorization:
            enabled: true
          filter:
            create: false
      management:
        endpoints:
          web:
            exposure:
              include: health
      """;
}
