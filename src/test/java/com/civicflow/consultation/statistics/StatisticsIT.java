package com.civicflow.consultation.statistics;

import static org.assertj.core.api.Assertions.assertThat;

import com.civicflow.consultation.TestPostgres;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.dhatim.fastexcel.reader.Sheet;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The statistics on a real PostgreSQL 17 server (embedded, as PostgresIT) in the production profile: the figures of the
 * known matters for each kind of user (inherited), and the page and its CSV/XLSX exports over HTTP as the real users
 * — 401 without credentials, 403 for staff without access and for a unit outside the user's tenants, 400 for a
 * malformed filter, the district's figures only.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("postgres")
@DirtiesContext
class StatisticsIT extends StatisticsFigures {

  static final EmbeddedPostgres POSTGRES = TestPostgres.start();

  @DynamicPropertySource
  static void database(DynamicPropertyRegistry registry) {
    TestPostgres.register(registry, POSTGRES);
  }

  @LocalServerPort int port;
  @Autowired DataSource dataSource;

  @Test
  void theFiguresComeFromPostgres() throws Exception {
    try (var connection = dataSource.getConnection()) {
      assertThat(connection.getMetaData().getDatabaseProductName()).isEqualTo("PostgreSQL");
    }
  }

  @Test
  void aDistrictSupervisorOpensThePageWithItsDistrictsFiguresAndChartsOnly() throws Exception {
    HttpResponse<String> page = get("/statistics", "yuzhong-supervisor");

    assertThat(page.statusCode()).isEqualTo(200);
    assertThat(page.headers().firstValue("Content-Type").orElseThrow()).startsWith("text/html");
    assertThat(page.headers().firstValue("Content-Security-Policy").orElseThrow())
        .contains("script-src 'self'", "default-src 'none'", "frame-ancestors 'none'").doesNotContain("unsafe-eval");
    assertThat(page.headers().firstValue("Cache-Control").orElseThrow()).isEqualTo("no-store");
    assertThat(page.body()).contains("渝中区", "渝中区“6+5”议事法", "解放碑物业服务公司", "渝中区城市管理局", "66.7%",
        "id=\"chart-matters\"", "/webjars/echarts/dist/echarts.min.js", "/statistics/charts.js", "导出本页各表")
        .doesNotContain("海门", "垦利", "沧州", "东城", "<script>");
    assertThat(get("/webjars/echarts/dist/echarts.min.js", null).statusCode()).isEqualTo(200);
    assertThat(get("/statistics/charts.js", null).body()).contains("echarts.init");
  }

  @Test
  void withoutCredentials401ForStaffWithoutAccess403() throws Exception {
    for (String path : List.of("/statistics", "/statistics/export.csv", "/statistics/export.xlsx")) {
      HttpResponse<String> anonymous = get(path, null);
      assertThat(anonymous.statusCode()).isEqualTo(401);
      assertThat(anonymous.headers().firstValue("WWW-Authenticate").orElseThrow()).startsWith("Basic");
      assertThat(get(path, "minzulu-staff").statusCode()).isEqualTo(403);
      assertThat(get(path, "jiefangbei-property").statusCode()).isEqualTo(403);
    }
    assertThat(get("/statistics", "minzulu-staff").body()).contains("统计分析只对督办人员、区民政局和街道办事处开放");
  }

  @Test
  void aUnitOutsideTheUsersTenants403AMalformedFilter400() throws Exception {
    assertThat(get("/statistics?unit=lijing", "yuzhong-supervisor").statusCode()).isEqualTo(403);
    assertThat(get("/statistics/export.csv?unit=yuzhong", "jiefangbei-office").statusCode()).isEqualTo(403);
    HttpResponse<String> badDate = get("/statistics?from=2026-02-30", "yuzhong-supervisor");
    assertThat(badDate.statusCode()).isEqualTo(400);
    assertThat(badDate.body()).contains("年-月-日");
    assertThat(get("/statistics?model=%3Cscript%3E", "yuzhong-supervisor").body()).doesNotContain("<script>");
  }

  @Test
  void theCsvExportHasTheSameTablesForTheDistrictOnly() throws Exception {
    HttpResponse<byte[]> csv = download("/statistics/export.csv?unit=yuzhong", "yuzhong-supervisor");

    assertThat(csv.statusCode()).isEqualTo(200);
    assertThat(csv.headers().firstValue("Content-Type").orElseThrow()).startsWith("text/csv");
    assertThat(csv.headers().firstValue("Content-Disposition").orElseThrow()).startsWith("attachment").contains(".csv");
    String text = new String(csv.body(), StandardCharsets.UTF_8);
    assertThat(text).startsWith("\uFEFF社区协商统计分析")
        .contains("统计范围：渝中区", "事项办理情况（按协商模式）\r\n协商模式,提出,在办,已办结,未予立项,已撤销\r\n渝中区“6+5”议事法,5,3,1,1,0\r\n",
            "渝中区城市管理局,1,0,1,0,0,100.0", "居民（代表）会议,1", "网上议事厅,3,1,1,1")
        .doesNotContain("海门", "沧州市消防救援支队");
  }

  @Test
  void theXlsxExportHasASheetPerTable() throws Exception {
    HttpResponse<byte[]> xlsx = download("/statistics/export.xlsx", "jiefangbei-office");

    assertThat(xlsx.statusCode()).isEqualTo(200);
    assertThat(xlsx.headers().firstValue("Content-Type").orElseThrow())
        .startsWith("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
    try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(xlsx.body()))) {
      List<String> sheets = workbook.getSheets().map(Sheet::getName).toList();
      assertThat(sheets).startsWith("说明", "事项办理情况（按协商模式）").hasSize(11);
      List<String> statuses = text(workbook.getSheets().filter(s -> s.getName().startsWith("事项办理")).findFirst().orElseThrow());
      assertThat(statuses).contains("协商模式|提出|在办|已办结|未予立项|已撤销", "渝中区“6+5”议事法|5|3|1|1|0", "合计|5|3|1|1|0");
      List<String> units = text(workbook.getSheets().filter(s -> s.getName().startsWith("责任单位")).findFirst().orElseThrow());
      assertThat(units).contains("渝中区城市管理局|1|0|1|0|0|100");
    }
  }

  /** Each row's cells joined by |, numbers without a trailing .0. */
  private static List<String> text(Sheet sheet) throws IOException {
    try (var rows = sheet.openStream()) {
      return rows.map(StatisticsIT::line).toList();
    }
  }

  private static String line(Row row) {
    return row.stream().filter(java.util.Objects::nonNull).map(cell -> cell.getRawValue() == null ? "" : cell.getRawValue())
        .map(v -> v.endsWith(".0") ? v.substring(0, v.length() - 2) : v).collect(Collectors.joining("|"));
  }

  private HttpResponse<String> get(String path, String user) throws Exception {
    return HttpClient.newHttpClient().send(request(path, user), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
  }

  private HttpResponse<byte[]> download(String path, String user) throws Exception {
    return HttpClient.newHttpClient().send(request(path, user), HttpResponse.BodyHandlers.ofByteArray());
  }

  private HttpRequest request(String path, String user) {
    HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path));
    if (user != null) {
      request.header("Authorization", "Basic " + Base64.getEncoder().encodeToString((user + ":demo").getBytes(StandardCharsets.UTF_8)));
    }
    return request.GET().build();
  }
}
