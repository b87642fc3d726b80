package com.civicflow.consultation.bench;

import com.civicflow.consultation.ConsultationApplication;
import java.util.LinkedHashMap;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngines;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The product as it is deployed: the application in its production profile ({@code postgres}) on a benchmark
 * database, with the job executor on, the generated organisation and an SMTP server of the benchmark's; started and
 * stopped by the benchmark (several times in one run, e.g. before and after a setting).
 */
final class ProductContext implements AutoCloseable {

  private final ConfigurableApplicationContext context;

  private ProductContext(ConfigurableApplicationContext context) {
    this.context = context;
  }

  static ProductContext start(String jdbcUrl, GeneratedOrganisation organisation, int smtpPort, Map<String, Object> extra,
      Class<?>... benchSources) {
    Map<String, Object> properties = new LinkedHashMap<>();
    properties.put("spring.datasource.url", jdbcUrl);
    properties.put("spring.datasource.username", "postgres");
    properties.put("spring.datasource.password", "");
    properties.put("server.port", 0);
    properties.put("consultation.admin.password", "bench-admin");
    properties.put("consultation.demo-data.enabled", true);
    if (organisation != null) { // else the demo organisation
      properties.put("consultation.demo-data.users", "file:" + organisation.users().toAbsolutePath());
      properties.put("consultation.organisation.directory", "file:" + organisation.directory().toAbsolutePath());
    }
    properties.put("spring.mail.host", "localhost");
    properties.put("spring.mail.port", smtpPort);
    properties.put("camunda.bpm.job-execution.enabled", true);
    properties.put("logging.level.org.springframework", "WARN");
    properties.put("logging.level.org.camunda.bpm.engine.jobexecutor", "WARN");
    properties.putAll(extra);
    // as command-line arguments: above the postgres profile's own settings (its URL, demo data off …)
    String[] arguments = properties.entrySet().stream().map(e -> "--" + e.getKey() + "=" + e.getValue()).toArray(String[]::new);
    ConfigurableApplicationContext context = new SpringApplicationBuilder(ConsultationApplication.class)
        .sources(benchSources).profiles("postgres").run(arguments);
    ProcessEngines.registerProcessEngine(context.getBean(ProcessEngine.class));
    return new ProductContext(context);
  }

  ProcessEngine engine() {
    return context.getBean(ProcessEngine.class);
  }

  <T> T bean(Class<T> type) {
    return context.getBean(type);
  }

  Object bean(String name) {
    return context.getBean(name);
  }

  int port() {
    return ((WebServerApplicationContext) context).getWebServer().getPort();
  }

  @Override
  public void close() {
    context.close();
  }
}
