package com.civicflow.consultation.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;

/**
 * No Docker engine runs where tests run, so docker-compose.yml is checked as a file: the services, ports,
 * health checks and environment must agree with the "postgres" profile of application.yaml, and the two
 * application nodes must be the same application behind one sticky reverse proxy (docs/operations.md).
 */
class ComposeFileTest {

  static final List<String> NODES = List.of("app-1", "app-2");

  private final Map<String, Object> compose = yaml(Path.of("docker-compose.yml"));
  private final String applicationYaml = read(Path.of("src/main/resources/application.yaml"));

  @Test
  void startsPostgres17TwoApplicationNodesAProxyAndMailpitWithHealthChecks() {
    assertThat(services().keySet()).containsExactlyInAnyOrder("postgres", "app-1", "app-2", "proxy", "mailpit");
    assertThat(service("postgres").get("image").toString()).startsWith("postgres:17");
    assertThat(service("mailpit").get("image").toString()).startsWith("axllent/mailpit");
    assertThat(service("proxy").get("image").toString()).startsWith("haproxy:");
    services().forEach((name, s) -> assertThat(map(s)).as("%s has a health check", name).containsKey("healthcheck"));
    for (String node : NODES) {
      Map<String, Object> dependsOn = map(service(node).get("depends_on"));
      assertThat(dependsOn.keySet()).containsExactlyInAnyOrder("postgres", "mailpit");
      dependsOn.values().forEach(d -> assertThat(map(d)).containsEntry("condition", "service_healthy"));
    }
    Map<String, Object> proxyDependsOn = map(service("proxy").get("depends_on"));
    assertThat(proxyDependsOn.keySet()).containsExactlyInAnyOrderElementsOf(NODES);
    proxyDependsOn.values().forEach(d -> assertThat(map(d)).containsEntry("condition", "service_healthy"));
  }

  @Test
  void bothNodesAreTheApplicationBuiltFromThisRepositoryEachWithItsOwnName() {
    for (String node : NODES) {
      Map<String, Object> build = map(service(node).get("build"));
      assertThat(build).containsEntry("context", ".");
      assertThat(Path.of(build.get("dockerfile").toString())).exists();
      assertThat(environment(node)).containsEntry("NODE_NAME", node);
    }
    assertThat(service("app-1").get("image")).isEqualTo(service("app-2").get("image"));
    Map<String, Object> first = new java.util.HashMap<>(environment("app-1"));
    Map<String, Object> second = new java.util.HashMap<>(environment("app-2"));
    first.remove("NODE_NAME");
    second.remove("NODE_NAME");
    assertThat(first).as("the nodes differ in their name only").isEqualTo(second);
  }

  @Test
  void everyVariableThePostgresProfileReadsIsSetForEachNode() {
    String postgresProfile = applicationYaml.substring(applicationYaml.indexOf("on-profile: postgres"));
    var placeholders = Pattern.compile("\\$\\{([A-Z_]+):").matcher(postgresProfile).results().map(m -> m.group(1)).toList();
    assertThat(placeholders).contains("POSTGRES_URL", "POSTGRES_USER", "POSTGRES_PASSWORD", "CONSULTATION_ADMIN_PASSWORD", "MAIL_HOST", "MAIL_PORT");
    for (String node : NODES) {
      Map<String, Object> env = environment(node);
      placeholders.stream().filter(p -> !p.equals("CONSULTATION_ADMIN_USER") && !p.startsWith("MAIL_USERNAME") && !p.startsWith("MAIL_PASSWORD"))
          .forEach(p -> assertThat(env).as("%s environment sets %s", node, p).containsKey(p));
      assertThat(env).containsEntry("SPRING_PROFILES_ACTIVE", "postgres");
    }
  }

  @Test
  @SuppressWarnings("unchecked")
  void theNodesReachTheDatabaseAndMailServiceByTheirNamesAndOnlyTheProxyIsPublished() {
    Map<String, Object> db = map(service("postgres").get("environment"));
    for (String node : NODES) {
      Map<String, Object> env = environment(node);
      assertThat(env.get("POSTGRES_URL").toString())
          .isEqualTo("jdbc:postgresql://postgres:5432/" + db.get("POSTGRES_DB"));
      assertThat(env.get("POSTGRES_USER")).isEqualTo(db.get("POSTGRES_USER"));
      assertThat(env.get("POSTGRES_PASSWORD")).isEqualTo(db.get("POSTGRES_PASSWORD"));
      assertThat(env.get("MAIL_HOST")).as("one SMTP server for all nodes").isEqualTo("mailpit");
      assertThat(env.get("MAIL_PORT").toString()).isEqualTo("1025"); // Mailpit's SMTP port
      assertThat(service(node)).as("%s publishes no host port (replicas cannot share 8080)", node).doesNotContainKey("ports");
    }
    assertThat((List<Object>) (List<?>) service("proxy").get("ports")).containsExactly("8080:8080");
    assertThat((List<Object>) (List<?>) service("mailpit").get("ports")).contains("8025:8025");
  }

  @Test
  @SuppressWarnings("unchecked")
  void theProxySendsEachBrowserToOneHealthyNode() {
    String mount = ((List<Object>) (List<?>) service("proxy").get("volumes")).get(0).toString();
    Path config = Path.of(mount.substring(0, mount.indexOf(':')));
    assertThat(config).exists();
    String haproxy = read(config);
    // sticky: the webapps' login and the notice board's CSRF token live in the node's HTTP session
    assertThat(haproxy).containsPattern("cookie \\w+ insert").contains("option redispatch")
        .contains("option httpchk GET /actuator/health").contains("bind :8080").contains("monitor-uri /proxy-health");
    for (String node : NODES) {
      assertThat(haproxy).containsPattern("server " + node + " " + node + ":8080 check cookie " + node);
    }
    assertThat(service("proxy").get("healthcheck").toString()).contains("/proxy-health");
    // the public board's rate limits count per resident, not per proxy: the proxy names the client, the nodes read it
    assertThat(haproxy).contains("option forwardfor");
    for (String node : NODES) {
      assertThat(environment(node)).containsEntry("SERVER_FORWARD_HEADERS_STRATEGY", "native");
    }
  }

  @Test
  void productionSecretsHaveNoDefaults() {
    for (String node : NODES) {
      Map<String, Object> env = environment(node);
      assertThat(env.get("CONSULTATION_ADMIN_PASSWORD").toString()).contains(":?");
      assertThat(env.get("POSTGRES_PASSWORD").toString()).contains(":?");
    }
  }

  private Map<String, Object> environment(String node) {
    return map(service(node).get("environment"));
  }

  private Map<String, Object> services() {
    return map(compose.get("services"));
  }

  private Map<String, Object> service(String name) {
    return map(services().get(name));
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> map(Object value) {
    return (Map<String, Object>) value;
  }

  private static Map<String, Object> yaml(Path path) {
    return new Yaml().load(read(path));
  }

  private static String read(Path path) {
    try {
      return Files.readString(path);
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }
}
