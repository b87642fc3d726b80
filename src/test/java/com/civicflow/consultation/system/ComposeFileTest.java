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
 * health checks and environment must agree with the "postgres" profile of application.yaml.
 */
class ComposeFileTest {

  private final Map<String, Object> compose = yaml(Path.of("docker-compose.yml"));
  private final String applicationYaml = read(Path.of("src/main/resources/application.yaml"));

  @Test
  void startsPostgres17TheApplicationAndMailpitWithHealthChecks() {
    assertThat(services().keySet()).containsExactlyInAnyOrder("postgres", "app", "mailpit");
    assertThat(service("postgres").get("image").toString()).startsWith("postgres:17");
    assertThat(service("mailpit").get("image").toString()).startsWith("axllent/mailpit");
    services().forEach((name, s) -> assertThat(map(s)).as("%s has a health check", name).containsKey("healthcheck"));
    Map<String, Object> dependsOn = map(service("app").get("depends_on"));
    assertThat(dependsOn.keySet()).containsExactlyInAnyOrder("postgres", "mailpit");
    dependsOn.values().forEach(d -> assertThat(map(d)).containsEntry("condition", "service_healthy"));
  }

  @Test
  void theApplicationIsBuiltFromThisRepository() {
    Map<String, Object> build = map(service("app").get("build"));
    assertThat(build).containsEntry("context", ".");
    assertThat(Path.of(build.get("dockerfile").toString())).exists();
  }

  @Test
  void everyVariableThePostgresProfileReadsIsSetForTheApplication() {
    Map<String, Object> env = map(service("app").get("environment"));
    String postgresProfile = applicationYaml.substring(applicationYaml.indexOf("on-profile: postgres"));
    var placeholders = Pattern.compile("\\$\\{([A-Z_]+):").matcher(postgresProfile).results().map(m -> m.group(1)).toList();
    assertThat(placeholders).contains("POSTGRES_URL", "POSTGRES_USER", "POSTGRES_PASSWORD", "CONSULTATION_ADMIN_PASSWORD", "MAIL_HOST", "MAIL_PORT");
    placeholders.stream().filter(p -> !p.equals("CONSULTATION_ADMIN_USER") && !p.startsWith("MAIL_USERNAME") && !p.startsWith("MAIL_PASSWORD"))
        .forEach(p -> assertThat(env).as("app environment sets %s", p).containsKey(p));
    assertThat(env).containsEntry("SPRING_PROFILES_ACTIVE", "postgres");
  }

  @Test
  @SuppressWarnings("unchecked")
  void theApplicationReachesTheDatabaseAndMailServiceByTheirNames() {
    Map<String, Object> env = map(service("app").get("environment"));
    Map<String, Object> db = map(service("postgres").get("environment"));
    assertThat(env.get("POSTGRES_URL").toString())
        .isEqualTo("jdbc:postgresql://postgres:5432/" + db.get("POSTGRES_DB"));
    assertThat(env.get("POSTGRES_USER")).isEqualTo(db.get("POSTGRES_USER"));
    assertThat(env.get("POSTGRES_PASSWORD")).isEqualTo(db.get("POSTGRES_PASSWORD"));
    assertThat(env.get("MAIL_HOST")).isEqualTo("mailpit");
    assertThat(env.get("MAIL_PORT").toString()).isEqualTo("1025"); // Mailpit's SMTP port
    assertThat((List<Object>) (List<?>) service("app").get("ports")).contains("8080:8080");
    assertThat((List<Object>) (List<?>) service("mailpit").get("ports")).contains("8025:8025");
  }

  @Test
  void productionSecretsHaveNoDefaults() {
    Map<String, Object> env = map(service("app").get("environment"));
    assertThat(env.get("CONSULTATION_ADMIN_PASSWORD").toString()).contains(":?");
    assertThat(env.get("POSTGRES_PASSWORD").toString()).contains(":?");
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
