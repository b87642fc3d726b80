package com.civicflow.consultation.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.options.BoundingBox;
import com.microsoft.playwright.options.LoadState;
import org.junit.jupiter.api.Test;

/**
 * Staff see a product, not a vendor notice: the Community Edition's red end-of-life banner (“现在是迁移到 Camunda 8
 * 的时候了…”) is hidden in Welcome, Tasklist, Cockpit and Admin by each app's {@code styles/user-styles.css}, and the
 * 20 px the CE build adds for it are taken back (header 45 px high, content right below it, nothing hidden under
 * the header). Screenshots: {@code target/e2e-screenshots/webapps/}.
 */
class WebappsWithoutBannerInBrowserIT extends ConsultationInBrowser {

  static final int HEADER_HEIGHT = 45;

  @Override
  String model() {
    return "webapps";
  }

  @Test
  void noWebappShowsTheEndOfLifeBannerAndTheContentStartsRightBelowTheHeader() {
    // given an administrator, who may open every webapp
    anonymous();
    browser.login(baseUrl(), "welcome", "admin", "admin");

    for (String[] app : new String[][] {
        {"welcome", "#!/welcome", ".welcome-page"},
        {"tasklist", "#/", ".page-wrap"},
        {"cockpit", "#/dashboard", ".ctn-main"},
        {"admin", "#/users", ".ctn-main"}}) {
      // when the app's page is open
      browser.page.navigate(baseUrl() + "/camunda/app/" + app[0] + "/default/" + app[1]);
      browser.page.waitForLoadState(LoadState.NETWORKIDLE);
      Locator header = browser.page.locator("[cam-widget-header]").first();
      header.waitFor();
      browser.screenshot(app[0]);

      // then the banner is in the page (this is the Community Edition) but not shown
      Locator banner = browser.page.locator(".ce-eol-banner");
      assertThat(banner.count()).as("%s renders the CE banner element", app[0]).isPositive();
      assertThat(banner.first().isVisible()).as("%s shows the end-of-life banner", app[0]).isFalse();
      assertThat(browser.page.locator("body").innerText()).as(app[0]).doesNotContain("Camunda 8");

      // and the header and the content are where they are without a banner
      BoundingBox top = header.boundingBox();
      assertThat(top.y).as("%s header top", app[0]).isZero();
      assertThat(bodyPaddingTop()).as("%s body padding-top", app[0]).isEqualTo(HEADER_HEIGHT + "px");
      BoundingBox content = browser.page.locator(app[2]).first().boundingBox();
      assertThat(top.height).as("%s header height (45 px and its 3 px top border, no 20 px banner)", app[0])
          .isLessThanOrEqualTo(HEADER_HEIGHT + 3.0);
      assertThat(content.y).as("%s content starts right below the header", app[0]).isBetween(HEADER_HEIGHT - 1.0, HEADER_HEIGHT + 1.0);
    }
  }

  private String bodyPaddingTop() {
    return (String) browser.page.evaluate("() => getComputedStyle(document.body).paddingTop");
  }
}
