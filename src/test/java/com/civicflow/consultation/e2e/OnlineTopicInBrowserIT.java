package com.civicflow.consultation.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.options.LoadState;
import org.junit.jupiter.api.Test;

/**
 * 网上议事厅 in the browser: a resident raises a topic on 民族路社区's board without logging in; 委员 {@code minzulu-council}
 * admits it in Tasklist (受理居民议题) and completes 渝中's own start form, prefilled with the topic and the channel 网上;
 * the resident's tracking page then shows the matter number. Screenshots: {@code target/e2e-screenshots/online-topic/}.
 */
class OnlineTopicInBrowserIT extends ConsultationInBrowser {

  @Override
  String model() {
    return "online-topic";
  }

  @Test
  void aResidentRaisesATopicOnTheBoardAndTheCouncilAdmitsItInTasklist() {
    // given a resident on the board, not logged in
    anonymous();
    browser.page.navigate(baseUrl() + "/notices/minzulu");
    browser.page.locator("#topic-title").fill("民族路 8 号院路灯不亮");
    browser.page.locator("#topic-description").fill("晚上出入很黑，老人容易摔倒");
    browser.page.locator("#topic-location").fill("8 号院");
    browser.page.locator("#topic-name").fill("王小明");
    browser.page.locator("#topic-contact").fill("13812345678");
    browser.screenshot("board-form");

    // when they submit it
    browser.page.locator("button:has-text('提交议题')").click();
    browser.page.locator("text=网上议题办理进度").waitFor();
    browser.screenshot("tracking-received");
    businessKey = browser.page.locator("strong").first().innerText().trim();
    String tracking = browser.page.url().replaceAll("\\?.*", "");
    assertThat(browser.page.content()).contains("已受理").doesNotContain("王小明", "13812345678");

    // and 民族路's 委员 admits it in Tasklist and completes 渝中's start form
    as("minzulu-council");
    step("Task_ReviewTopic", "review-topic", form -> {
      assertThat(form.innerText()).contains("受理居民议题");
      browser.radio(form, "受理结论", "立项（下一步填写协商事项）");
    });
    step("Task_EnterMatter", "enter-matter", start -> {
      assertThat(browser.field(start, "议题").locator("input").first().inputValue()).isEqualTo("民族路 8 号院路灯不亮");
      browser.select(start, "协商事项（清单）", "【公益事业】公共设施建设与维护");
      browser.text(start, "涉及户数", 40);
      browser.radio(start, "属于社区自治范围", "是");
      browser.radio(start, "与法律法规或政策相抵触", "否");
    });

    // then the resident's page shows the matter number and where it stands
    anonymous();
    browser.page.navigate(tracking);
    browser.page.waitForLoadState(LoadState.NETWORKIDLE);
    browser.screenshot("tracking-admitted");
    Locator page = browser.page.locator("main");
    assertThat(page.innerText()).contains("已立项", "当前环节").containsPattern("MINZULU-\\d{4}-\\d{4}");
  }
}
