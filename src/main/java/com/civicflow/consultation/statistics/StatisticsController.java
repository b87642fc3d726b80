package com.civicflow.consultation.statistics;

import com.civicflow.consultation.matter.Submission;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.nio.charset.StandardCharsets;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;

/**
 * {@code /statistics}: the statistics page for supervisors, district civil affairs and street offices (charts drawn by
 * ECharts from the page's own script), and the same tables as {@code /statistics/export.csv} and
 * {@code /statistics/export.xlsx}. Filter parameters: {@code unit} (district, street or community id), {@code model}
 * (a model's process key), {@code from} and {@code to} (dates, inclusive). 401 without a login (Tasklist session or
 * HTTP Basic), 403 for staff who may not see statistics or a unit outside their tenants, 400 for a malformed filter.
 */
@Controller
class StatisticsController {

  static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmm").withZone(Submission.ZONE);

  private final StatisticsAccess access;
  private final Statistics statistics;
  private final ObjectMapper json = new ObjectMapper();

  StatisticsController(StatisticsAccess access, Statistics statistics) {
    this.access = access;
    this.statistics = statistics;
  }

  @GetMapping("/statistics")
  Object page(@RequestParam(required = false) String unit, @RequestParam(required = false) String model,
      @RequestParam(required = false) String from, @RequestParam(required = false) String to,
      HttpServletRequest request, HttpServletResponse response) {
    return serve(request, response, unit, model, from, to, served -> {
      ModelAndView page = new ModelAndView("statistics/page");
      page.addObject("title", "社区协商统计分析");
      page.addObject("scope", served.scope());
      page.addObject("report", served.report());
      page.addObject("user", served.user());
      page.addObject("data", chartData(served.report()));
      return page;
    });
  }

  @GetMapping("/statistics/export.csv")
  Object csv(@RequestParam(required = false) String unit, @RequestParam(required = false) String model,
      @RequestParam(required = false) String from, @RequestParam(required = false) String to,
      HttpServletRequest request, HttpServletResponse response) {
    return serve(request, response, unit, model, from, to, served -> download(
        CsvExport.of(served.report(), served.heading()), new MediaType("text", "csv", StandardCharsets.UTF_8), "csv"));
  }

  @GetMapping("/statistics/export.xlsx")
  Object xlsx(@RequestParam(required = false) String unit, @RequestParam(required = false) String model,
      @RequestParam(required = false) String from, @RequestParam(required = false) String to,
      HttpServletRequest request, HttpServletResponse response) {
    return serve(request, response, unit, model, from, to, served -> download(XlsxExport.of(served.report(), served.heading()),
        MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"), "xlsx"));
  }

  /** One checked request and its figures. */
  record Served(String user, StatisticsScope scope, StatisticsReport report) {
    List<String> heading() {
      return List.of("社区协商统计分析", "统计范围：" + scope.description(),
          "导出时间：" + Submission.SHOWN.format(ClockUtil.getCurrentTime().toInstant()), "导出人：" + user);
    }
  }

  private Object serve(HttpServletRequest request, HttpServletResponse response, String unit, String model, String from,
      String to, Function<Served, Object> answer) {
    Optional<String> user = access.user(request);
    if (user.isEmpty()) {
      response.setHeader(HttpHeaders.WWW_AUTHENTICATE, "Basic realm=\"statistics\", charset=\"UTF-8\"");
      return refused(HttpStatus.UNAUTHORIZED, "请先登录",
          "查看统计分析需要登录：请先登录任务列表（Tasklist），或使用督办、民政或街道办事处的账号和密码。");
    }
    if (!access.mayOpen(user.get())) {
      return refused(HttpStatus.FORBIDDEN, "无权访问", "统计分析只对督办人员、区民政局和街道办事处开放。");
    }
    try {
      StatisticsScope scope = access.scope(user.get(), unit, model, from, to);
      return answer.apply(new Served(user.get(), scope, statistics.report(scope.filter())));
    } catch (StatisticsRefused refused) {
      return refused(refused.status(), refused.status() == HttpStatus.FORBIDDEN ? "无权访问" : "筛选条件有误",
          refused.getMessage());
    }
  }

  private static ModelAndView refused(HttpStatus status, String title, String message) {
    ModelAndView page = new ModelAndView("statistics/error", status);
    page.addObject("title", title);
    page.addObject("message", message);
    page.addObject("status", status.value());
    return page;
  }

  private static ResponseEntity<byte[]> download(byte[] body, MediaType type, String extension) {
    String name = "社区协商统计-" + STAMP.format(ClockUtil.getCurrentTime().toInstant()) + "." + extension;
    return ResponseEntity.ok().contentType(type)
        .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(name, StandardCharsets.UTF_8)
            .build().toString())
        .body(body);
  }

  /** The tables for the page's script, as JSON safe inside a {@code <script type="application/json">} element. */
  private String chartData(StatisticsReport report) {
    try {
      return json.writeValueAsString(Map.of("tables", report.tables()))
          .replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026");
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }
}
