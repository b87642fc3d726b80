package com.civicflow.consultation.bench;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import com.zaxxer.hikari.HikariDataSource;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import javax.sql.DataSource;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.spring.boot.starter.property.CamundaBpmProperties;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The benchmark: start-up against a bare Camunda starter; then, on the district data set (a copy of its snapshot),
 * the Tasklist filters, the overdue escalation of 10,000 tasks and task completion at 10/100/1,000 matters in flight;
 * then, on fresh databases, the lifecycle of each model against its no-op baseline and the history each leaves.
 * Writes {@code results.json}, {@code report.md} and the chart to the output folder.
 */
final class DistrictBench {

  /**
   * The beans the diagrams' own expressions call ({@code ${bean.method(…)}} in processes/): the baseline cannot run the
   * same diagrams without them.
   */
  static final java.util.List<String> DIAGRAM_BEANS = java.util.List.of("workdays", "responsibleUnitOptions",
      "handlerOptions", "councilCandidates");

  private static final Logger LOG = LoggerFactory.getLogger(DistrictBench.class);

  private DistrictBench() {}

  static BenchReport run(BenchConfig config) {
    BenchReport report = new BenchReport(config);
    GreenMail smtp = new GreenMail(new ServerSetup(0, "localhost", ServerSetup.PROTOCOL_SMTP));
    smtp.start();
    try {
      if (config.startupRuns() > 0 && BenchConfig.runs("startup")) {
        startup(config, report);
      }
      GeneratedOrganisation organisation = GeneratedOrganisation.write(config, config.output().resolve("organisation"));
      if (BenchConfig.runs("data")) {
        DistrictDataSet.snapshot(config, organisation, smtp);
      }
      if (BenchConfig.runs("filters") || BenchConfig.runs("overdue") || BenchConfig.runs("completion")) {
        district(config, organisation, smtp, report);
      }
      if (BenchConfig.runs("lifecycle")) {
        lifecycle(config, smtp, report);
      }
      projection(report);
    } finally {
      ClockUtil.reset();
      smtp.stop();
      report.write();
    }
    return report;
  }

  private static void district(BenchConfig config, GeneratedOrganisation organisation, GreenMail smtp, BenchReport report) {
    var snapshot = DistrictDataSet.snapshot(config, organisation, smtp);
    try (BenchDatabase database = BenchDatabase.startCopyOf(snapshot, config.output().resolve("pgdata-district"))) {
      Clock.at(DistrictDataSet.NOW);
      try (ProductContext app = ProductContext.start(database.url("consultation"), organisation, smtp.getSmtp().getPort(),
          Map.of())) {
        if (BenchConfig.runs("filters")) {
          long open = app.engine().getTaskService().createTaskQuery().count();
          FilterBench.Result filters = FilterBench.measure(app, config.filterSamples());
          report.put("filter_p95_ms", filterMap(filters));
          report.section(filterSection(filters, open, config));
        }
        if (BenchConfig.runs("overdue")) {
          OverdueBench.Result overdue = OverdueBench.measure(app, config.overdueTasks(), config.full() ? 1_500 : 120);
          report.put("overdue_10k_s", Stats.round(overdue.seconds(), 1));
          report.section(overdueSection(overdue));
          purge(smtp);
        }
        if (!BenchConfig.runs("completion")) {
          return;
        }
        Map<String, Double> completion = new LinkedHashMap<>();
        for (int inFlight : config.inFlight()) {
          CompletionLoad.Level level = CompletionLoad.measure(app, inFlight, config.completionsPerLevel());
          LOG.info("Completion at {} in flight: {}", inFlight, level);
          report.completion(level);
          completion.put(String.valueOf(inFlight), Stats.round(level.p95(), 1));
          purge(smtp);
        }
        report.put("task_complete_p95_ms", completion);
        report.section(completionSection(report.completionLevels()));
        // indexes and TOAST of the history tables, measured where there is history of thousands of matters
        report.put("history_disk_factor", Stats.round(HistoryFootprint.diskFactor(app.bean(DataSource.class)), 2));
      }
    }
  }

  private static void startup(BenchConfig config, BenchReport report) {
    Path jar;
    try (var jars = Files.list(Path.of("target"))) {
      jar = jars.filter(p -> p.getFileName().toString().matches("community-consultation-.*\\.jar")).findFirst()
          .orElseThrow(() -> new IllegalStateException("no product jar in target/: run ./mvnw -Pbench verify (package first)"));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    StartupBench.Result startup = StartupBench.measure(jar, config.output(), config.startupRuns());
    report.put("startup_ratio", Stats.round(startup.productSeconds() / startup.bareSeconds(), 2));
    report.put("rss_ratio", Stats.round(startup.productRss() / startup.bareRss(), 2));
    report.put("startup_s", Map.of("product", Stats.round(startup.productSeconds(), 1), "bare", Stats.round(startup.bareSeconds(), 1)));
    report.put("rss_mib", Map.of("product", Stats.round(startup.productRss(), 0), "bare", Stats.round(startup.bareRss(), 0)));
    StringBuilder md = new StringBuilder("## Start-up and memory (startup_ratio, rss_ratio, goal ≤ 1.3)\n\n");
    md.append("`java -jar` of the product (embedded default: new H2 file, demo organisation) and of a bare Camunda ")
        .append(StartupBench.CAMUNDA_VERSION).append(" Spring Boot starter of the same shape (webapps, REST, actuator, H2 file, ")
        .append("authorizations on), generated and built in target/bench/bare-starter; alternating, ").append(config.startupRuns())
        .append(" runs each; to the first healthy /actuator/health; peak RSS (VmHWM) then.\n\n")
        .append("| | product | bare starter | ratio |\n| --- | ---: | ---: | ---: |\n")
        .append("| start-up to healthy, median s | ").append(BenchReport.number(startup.productSeconds())).append(" | ")
        .append(BenchReport.number(startup.bareSeconds())).append(" | **").append(report.get("startup_ratio")).append("** |\n")
        .append("| peak RSS, median MiB | ").append(BenchReport.number(startup.productRss())).append(" | ")
        .append(BenchReport.number(startup.bareRss())).append(" | **").append(report.get("rss_ratio")).append("** |\n\n")
        .append("Each run: product ").append(startup.product()).append("; bare ").append(startup.bare()).append(".\n");
    report.section(md.toString());
  }

  private static void lifecycle(BenchConfig config, GreenMail smtp, BenchReport report) {
    Path data = config.output().resolve("pgdata-lifecycle");
    BenchDatabase.deleteTree(data);
    try (BenchDatabase database = BenchDatabase.start(data)) {
      database.createDatabase("lifecycle");
      database.createDatabase("baseline");
      try (ProductContext app = ProductContext.start(database.url("lifecycle"), null, smtp.getSmtp().getPort(), Map.of(),
          EffectRecorder.Wiring.class);
          HikariDataSource baselineData = new HikariDataSource()) {
        baselineData.setJdbcUrl(database.url("baseline"));
        baselineData.setUsername("postgres");
        baselineData.setMaximumPoolSize(10);
        BaselineEngine baseline = new BaselineEngine(baselineData,
            (ProcessEngineConfigurationImpl) app.engine().getProcessEngineConfiguration(), app.bean(CamundaBpmProperties.class),
            DIAGRAM_BEANS.stream().collect(java.util.stream.Collectors.toMap(name -> name, app::bean)));
        try {
          int noOps = BaselineDiagrams.deploy(baseline.engine().getRepositoryService());
          DataSource productData = app.bean(DataSource.class);
          List<LifecycleBench.Model> models = LifecycleBench.measure(app.engine(), app.bean(EffectRecorder.class), productData,
              baseline, baselineData, noOps, config.lifecycleModels(), config.lifecycleRounds());
          double disk = report.get("history_disk_factor") instanceof Double measured ? measured
              : HistoryFootprint.diskFactor(productData);
          lifecycleResults(models, disk, report, config);
        } finally {
          baseline.close();
        }
      }
    }
  }

  private static void lifecycleResults(List<LifecycleBench.Model> models, double disk, BenchReport report, BenchConfig config) {
    Map<String, Object> ratios = new LinkedHashMap<>();
    Map<String, Long> rows = new LinkedHashMap<>();
    Map<String, Long> bytes = new LinkedHashMap<>();
    Map<String, Long> tasks = new LinkedHashMap<>();
    StringBuilder md = new StringBuilder("## Lifecycle against plain Camunda (lifecycle_ratio, goal ≥ 0.8 for every model)\n\n");
    md.append("Each model's full run (the path PostgresIT drives), one matter at a time through the Java API as the real users, ")
        .append("job executor on; the baseline is plain Camunda with the product's engine settings running the same diagrams, ")
        .append("generated at run time with every project listener and delegate a no-op (").append(models.isEmpty() ? 0 : models.get(0).noOps())
        .append(" replaced), replaying the variables the product's code wrote. ").append(config.lifecycleRounds())
        .append(" alternating rounds after a warm-up each; medians.\n\n")
        .append("| model | product s/matter | baseline s/matter | product /min | baseline /min | ratio | firings replayed | failed jobs |\n")
        .append("| --- | ---: | ---: | ---: | ---: | ---: | ---: | --- |\n");
    for (LifecycleBench.Model m : models) {
      ratios.put(m.model(), Map.of("ratio", Stats.round(m.ratio(), 2), "product_per_minute", Stats.round(m.productPerMinute(), 1),
          "baseline_per_minute", Stats.round(m.baselinePerMinute(), 1)));
      rows.put(m.model(), m.history().rows());
      bytes.put(m.model(), m.history().bytes());
      tasks.put(m.model(), m.history().rowsByTable().getOrDefault("act_hi_taskinst", 0L));
      md.append("| ").append(m.model()).append(" | ").append(BenchReport.number(m.productSeconds())).append(" | ")
          .append(BenchReport.number(m.baselineSeconds())).append(" | ").append(BenchReport.number(m.productPerMinute()))
          .append(" | ").append(BenchReport.number(m.baselinePerMinute())).append(" | **").append(BenchReport.number(m.ratio()))
          .append("** | ").append(m.firings()).append(" | ").append(m.failures().isEmpty() ? "none" : m.failures()).append(" |\n");
    }
    report.put("lifecycle_ratio", Stats.round(models.stream().mapToDouble(LifecycleBench.Model::ratio).min().orElse(Double.NaN), 2));
    report.put("lifecycle_ratio_per_model", ratios);
    report.put("history_rows_per_matter", rows);
    report.put("history_bytes_per_matter", bytes);
    report.put("history_disk_factor", Stats.round(disk, 2));
    report.put("tasks_per_matter", tasks);
    md.append("\n## History per matter (history_rows_per_matter, history_bytes_per_matter)\n\n")
        .append("Rows of the history tables (and byte arrays) of one ended matter with its called processes, plus its 一事一档 files ")
        .append("and mail; bytes as PostgreSQL stores the rows (pg_column_size). On disk the history tables with their indexes ")
        .append("and TOAST take ").append(BenchReport.number(disk)).append("× their rows' bytes.\n\n")
        .append("| model | rows | bytes | rows by table |\n| --- | ---: | ---: | --- |\n");
    for (LifecycleBench.Model m : models) {
      md.append("| ").append(m.model()).append(" | ").append(m.history().rows()).append(" | ").append(m.history().bytes())
          .append(" | ").append(m.history().rowsByTable()).append(" |\n");
    }
    report.section(md.toString());
  }

  /** National scale from this run's per-matter figures and throughput (docs/scale.md explains it). */
  @SuppressWarnings("unchecked")
  private static void projection(BenchReport report) {
    List<CompletionLoad.Level> levels = report.completionLevels();
    if (report.get("history_rows_per_matter") == null || levels.isEmpty()) {
      return;
    }
    CompletionLoad.Level reference = levels.stream().filter(l -> l.inFlight() == 100).findFirst().orElse(levels.get(0));
    Map<String, Object> projection = ScaleProjection.project((Map<String, Long>) report.get("history_rows_per_matter"),
        (Map<String, Long>) report.get("history_bytes_per_matter"), (Map<String, Long>) report.get("tasks_per_matter"),
        (Double) report.get("history_disk_factor"), reference.perSecond());
    report.put("projection", projection);
    StringBuilder md = new StringBuilder("## National projection (docs/scale.md)\n\n");
    md.append(ScaleProjection.COMMUNITIES).append(" communities × ").append(ScaleProjection.MATTERS_PER_MONTH)
        .append(" matters a month; measured per matter and per node (").append(BenchReport.number(reference.perSecond()))
        .append(" task completions/s at ").append(reference.inFlight()).append(" in flight); TTL ").append(ScaleProjection.TTL_YEARS)
        .append(" years.\n\n```\n");
    projection.forEach((key, value) -> md.append(key).append(": ").append(value).append("\n"));
    md.append("```\n");
    report.section(md.toString());
  }

  /** The benchmark's SMTP server keeps what it receives in memory: emptied between phases. */
  static void purge(GreenMail smtp) {
    try {
      smtp.purgeEmailFromAllMailboxes();
    } catch (com.icegreen.greenmail.store.FolderException e) {
      throw new IllegalStateException(e);
    }
  }

  private static Map<String, Map<String, Double>> filterMap(FilterBench.Result filters) {
    Map<String, Map<String, Double>> byUser = new LinkedHashMap<>();
    for (FilterBench.Timing timing : filters.timings()) {
      byUser.computeIfAbsent(timing.user(), u -> new LinkedHashMap<>()).put(timing.filter(), Stats.round(timing.p95(), 1));
    }
    return byUser;
  }

  private static String filterSection(FilterBench.Result filters, long open, BenchConfig config) {
    StringBuilder md = new StringBuilder("## Tasklist filters (filter_p95_ms, goal ≤ 50 ms each)\n\n");
    md.append(open).append(" open tasks over ").append(config.communities()).append(" generated communities (plus the demo ones); ")
        .append("first page (15 tasks, Tasklist's default sort), logged in to Tasklist, ").append(config.filterSamples())
        .append(" requests each after 5 warm-up, after ANALYZE.\n\n");
    md.append("| user | filter | tasks visible | p50 ms | p95 ms |\n| --- | --- | ---: | ---: | ---: |\n");
    for (FilterBench.Timing t : filters.timings()) {
      md.append("| ").append(t.role()).append(" `").append(t.user()).append("` | ").append(t.filter()).append(" | ")
          .append(t.visible()).append(" | ").append(BenchReport.number(t.p50())).append(" | ")
          .append(BenchReport.number(t.p95())).append(" |\n");
    }
    md.append("\nPostgreSQL's plan for 本组待办 (community member), EXPLAIN (ANALYZE, BUFFERS) after ANALYZE:\n\n```\n")
        .append(filters.groupFilterPlan()).append("```\n\nThe statement:\n\n```sql\n").append(filters.groupFilterSql())
        .append("\n```\n");
    return md.toString();
  }

  private static String overdueSection(OverdueBench.Result overdue) {
    return "## Overdue escalation (overdue_10k_s, goal ≤ 60 s)\n\n" + overdue.tasks()
        + " implementation tasks pass their deadline at once: " + (overdue.complete() ? "all" : "NOT all")
        + " have their overdue incident, supervision task and mail job after **" + BenchReport.number(overdue.seconds())
        + " s** (" + BenchReport.number(overdue.perSecond()) + " escalations per second). Other jobs due at that moment: "
        + overdue.otherJobs() + ". Failed jobs: " + (overdue.failures().isEmpty() ? "none" : overdue.failures()) + ".\n";
  }

  private static String completionSection(List<CompletionLoad.Level> levels) {
    StringBuilder md = new StringBuilder("## Task completion against matters in flight (task_complete_p95_ms, goal ≤ 100 ms at 100)\n\n");
    md.append("The five models' full-run paths, each matter started again when it ends; ").append(CompletionLoad.DESKS)
        .append(" users act at the same moment (claim, then Tasklist's submit-form call, which is timed); the job executor runs the rest.\n\n");
    md.append("| matters in flight | completions | p50 ms | p95 ms | completions/s | failed runs |\n| ---: | ---: | ---: | ---: | ---: | ---: |\n");
    for (CompletionLoad.Level l : levels) {
      md.append("| ").append(l.inFlight()).append(" | ").append(l.completions()).append(" | ").append(BenchReport.number(l.p50()))
          .append(" | ").append(BenchReport.number(l.p95())).append(" | ").append(BenchReport.number(l.perSecond()))
          .append(" | ").append(l.failedRuns()).append(l.failures().isEmpty() ? "" : " " + l.failures()).append(" |\n");
    }
    return md.toString();
  }
}
