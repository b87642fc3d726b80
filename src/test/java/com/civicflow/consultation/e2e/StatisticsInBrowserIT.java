package com.civicflow.consultation.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.civicflow.consultation.statistics.StatisticsScenario;
import com.microsoft.playwright.ConsoleMessage;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.WaitForSelectorState;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * 渝中区's supervisor, signed in to Tasklist, opens the statistics page after the full runs (and the scenario's other
 * matters) in headless Chromium: every table's chart is drawn by ECharts under the page's content security policy
 * (no violation in the console), the figures are 渝中's only, and the page is readable on a phone's width.
 * Screenshots: {@code target/e2e-screenshots/statistics/}.
 */
class StatisticsInBrowserIT extends ConsultationInBrowser {

  static final List<String> CHARTS = List.of("matters", "stages", "meetings", "results", "durations", "satisfaction",
      "legality-reviews", "objections", "units", "online-topics");

  @Override
  String model() {
    return "statistics";
  }

  @Test
  void yuzhongsSupervisorSeesTheDistrictsFiguresWithCharts() {
    // given
    StatisticsScenario.run(engine);
    as("yuzhong-supervisor");
    List<String> console = new ArrayList<>();
    browser.page.onConsoleMessage((ConsoleMessage message) -> console.add(message.type() + ": " + message.text()));

    // when
    browser.page.navigate(baseUrl() + "/statistics");
    for (String chart : CHARTS) {
      browser.page.locator("#chart-" + chart + " canvas").first()
          .waitFor(new Locator.WaitForOptions().setState(WaitForSelectorState.ATTACHED));
    }
    browser.screenshot("statistics-yuzhong-supervisor");

    // then
    String text = browser.page.locator("main").innerText();
    assertThat(text).contains("渝中区 · 全部协商模式 · 全部时间", "渝中区“6+5”议事法", "解放碑物业服务公司", "66.7%", "100.0%")
        .doesNotContain("海门", "垦利", "沧州", "东城");
    assertThat(console).noneMatch(line -> line.contains("Content Security Policy") || line.startsWith("error"));
    assertThat(browser.page.locator("#chart-matters canvas").first().boundingBox().width).isGreaterThan(300);

    // and on a phone's screen the charts follow the width
    browser.page.setViewportSize(390, 844);
    browser.page.waitForTimeout(500);
    browser.screenshot("statistics-on-a-phone");
    browser.page.screenshot(new Page.ScreenshotOptions().setPath(screenshots.next("statistics-on-a-phone-first-screen")));
    assertThat(browser.page.locator("#chart-matters canvas").first().boundingBox().width).isLessThan(390);

    // and a filter narrows it to one community
    browser.page.selectOption("select[name=unit]", "jiaochangkou");
    browser.page.locator("form.filters button[type=submit]").click();
    browser.page.locator("#chart-matters canvas").first().waitFor(new Locator.WaitForOptions().setState(WaitForSelectorState.ATTACHED));
    assertThat(browser.page.locator("main .scope").innerText()).contains("较场口社区");
    browser.screenshot("statistics-one-community");
  }
}
