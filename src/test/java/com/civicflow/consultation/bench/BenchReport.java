package com.civicflow.consultation.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.awt.BasicStroke;
import java.awt.Color;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jfree.chart.ChartUtils;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.LogAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.title.LegendTitle;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;

/**
 * What one benchmark run measured: {@code results.json} (the keys of the issue), {@code report.md} (the figures,
 * the machine, the plan of the group filter) and {@code task-completion.png} (latency and throughput against the
 * matters in flight), all in the output folder.
 */
final class BenchReport {

  private final BenchConfig config;
  private final Map<String, Object> results = new LinkedHashMap<>();
  private final List<String> sections = new ArrayList<>();
  private final List<CompletionLoad.Level> levels = new ArrayList<>();

  BenchReport(BenchConfig config) {
    this.config = config;
    results.put("scale", config.scale());
    results.put("machine", Machine.describe());
    results.put("measured_at", ZonedDateTime.now().toString());
  }

  void put(String key, Object value) {
    results.put(key, value);
  }

  Object get(String key) {
    return results.get(key);
  }

  void section(String markdown) {
    sections.add(markdown);
  }

  void completion(CompletionLoad.Level level) {
    levels.add(level);
  }

  List<CompletionLoad.Level> completionLevels() {
    return levels;
  }

  void write() {
    try {
      Files.createDirectories(config.output());
      ObjectMapper json = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
      Files.writeString(config.output().resolve("results.json"), json.writeValueAsString(results), StandardCharsets.UTF_8);
      StringBuilder report = new StringBuilder("# Benchmark at district scale (" + config.scale() + ")\n\n");
      report.append("Machine: ").append(Machine.summary()).append(". Measured ").append(results.get("measured_at"))
          .append(". Medians and ratios; absolute times are not comparable across machines.\n\n");
      sections.forEach(section -> report.append(section).append("\n"));
      if (!levels.isEmpty()) {
        chart(config.output().resolve("task-completion.png"));
        report.append("![task completion against matters in flight](task-completion.png)\n");
      }
      Files.writeString(config.output().resolve("report.md"), report, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Latency (p50, p95, left) and throughput (right) of task completion against the matters in flight. */
  private void chart(Path png) throws IOException {
    XYSeries p50 = new XYSeries("p50 submit-form (ms)");
    XYSeries p95 = new XYSeries("p95 submit-form (ms)");
    XYSeries throughput = new XYSeries("completions per second");
    for (CompletionLoad.Level level : levels) {
      p50.add(level.inFlight(), level.p50());
      p95.add(level.inFlight(), level.p95());
      throughput.add(level.inFlight(), level.perSecond());
    }
    XYSeriesCollection latency = new XYSeriesCollection();
    latency.addSeries(p50);
    latency.addSeries(p95);
    LogAxis load = new LogAxis("matters in flight");
    load.setBase(10);
    load.setSmallestValue(1);
    XYPlot plot = new XYPlot(latency, load, new NumberAxis("latency (ms)"), renderer(Color.decode("#2f6fb0"), Color.decode("#c0392b")));
    plot.setDataset(1, new XYSeriesCollection(throughput));
    plot.setRangeAxis(1, new NumberAxis("completions per second"));
    plot.mapDatasetToRangeAxis(1, 1);
    plot.setRenderer(1, renderer(Color.decode("#3c8c5a")));
    plot.setBackgroundPaint(Color.WHITE);
    plot.setRangeGridlinePaint(Color.LIGHT_GRAY);
    plot.setDomainGridlinePaint(Color.LIGHT_GRAY);
    JFreeChart chart = new JFreeChart("Task completion through the form (" + CompletionLoad.DESKS + " desks) — "
        + Machine.summary(), JFreeChart.DEFAULT_TITLE_FONT.deriveFont(13f), plot, true);
    chart.setBackgroundPaint(Color.WHITE);
    LegendTitle legend = chart.getLegend();
    legend.setBackgroundPaint(Color.WHITE);
    ChartUtils.saveChartAsPNG(png.toFile(), chart, 900, 520);
  }

  private static XYLineAndShapeRenderer renderer(Color... colors) {
    XYLineAndShapeRenderer renderer = new XYLineAndShapeRenderer(true, true);
    for (int i = 0; i < colors.length; i++) {
      renderer.setSeriesPaint(i, colors[i]);
      renderer.setSeriesStroke(i, new BasicStroke(2f));
    }
    return renderer;
  }

  static String number(double value) {
    return String.format(Locale.ROOT, value >= 100 ? "%.0f" : value >= 10 ? "%.1f" : "%.2f", value);
  }
}
