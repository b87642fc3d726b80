package com.civicflow.consultation.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.PlaywrightException;
import com.microsoft.playwright.options.LoadState;
import com.microsoft.playwright.options.WaitForSelectorState;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;

/**
 * A whole consultation in headless Chromium (the Debian package): the application runs on a random port, each
 * step is done in Tasklist by the user whose role it is, Cockpit and the public notice board are used as their
 * users use them. Timers (notice periods, deadlines) are advanced through the engine: the test profile runs no
 * job executor. The engine clock starts at a fixed working day, so the dates typed into the forms never fall into
 * the past. Screenshots of every step: {@code target/e2e-screenshots/<model>/}.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@DirtiesContext
abstract class ConsultationInBrowser {

  static final Path CHROMIUM = Paths.get("/usr/bin/chromium");
  /** Monday 2 March 2026, 09:00 in Beijing: every date the tests type lies after it. */
  static final Date START = Date.from(LocalDateTime.of(2026, 3, 2, 9, 0).atZone(ZoneId.of("Asia/Shanghai")).toInstant());

  @LocalServerPort int port;
  @Autowired ProcessEngine engine;

  Playwright playwright;
  com.microsoft.playwright.Browser chromium;
  BrowserContext context;
  Browser browser;
  Browser.Screenshots screenshots;
  String businessKey;
  String matterId;

  /** The folder under target/e2e-screenshots for this model's screenshots. */
  abstract String model();

  @BeforeEach
  void launchChromium() throws Exception {
    Assumptions.assumeTrue(Files.isExecutable(CHROMIUM),
        "/usr/bin/chromium is not installed (Debian package chromium): the real-browser test is skipped");
    screenshots = new Browser.Screenshots(Browser.SCREENSHOTS.resolve(model()));
    playwright = Playwright.create(new Playwright.CreateOptions()
        .setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
    chromium = playwright.chromium().launch(new BrowserType.LaunchOptions()
        .setExecutablePath(CHROMIUM).setHeadless(true)
        .setArgs(List.of("--no-sandbox", "--disable-gpu", "--disable-background-networking",
            "--disable-component-update", "--disable-sync", "--no-first-run")));
    ClockUtil.setCurrentTime(START);
  }

  @AfterEach
  void closeChromium() {
    ClockUtil.reset();
    if (browser != null) {
      browser.keepLastPage();
    }
    if (playwright != null) {
      playwright.close();
    }
  }

  String baseUrl() {
    return "http://localhost:" + port;
  }

  /** A fresh browser session (Chinese locale, Beijing time) without anybody signed in. */
  void anonymous() {
    if (context != null) {
      context.close();
    }
    context = chromium.newContext(new com.microsoft.playwright.Browser.NewContextOptions()
        .setLocale("zh-CN").setTimezoneId("Asia/Shanghai").setViewportSize(1400, 1000));
    context.setDefaultTimeout(30_000);
    browser = new Browser(context.newPage(), screenshots);
  }

  void signIn(String app, String user) {
    anonymous();
    browser.login(baseUrl(), app, user);
    browser.screenshot("login-" + app + "-" + user);
  }

  void as(String user) {
    signIn("tasklist", user);
  }

  /** Starts the model from its start form in Tasklist: {@code fill} fills the form, the test submits it. */
  void startConsultation(String processName, String processKey, Consumer<Locator> fill) {
    browser.page.locator("a:has-text('发起流程')").first().click();
    Locator offered = browser.page.locator(".modal-body");
    Locator model = offered.locator("a:has-text('" + processName + "')").first();
    model.waitFor();
    String list = offered.innerText();
    // the district's own other models (垦利's 治理积分登记, 东城's rating round and funding audit) may be offered too
    String district = processKey.substring(0, processKey.indexOf('-') + 1);
    engine.getRepositoryService().createProcessDefinitionQuery().latestVersion().startableInTasklist().list().stream()
        .filter(definition -> !definition.getKey().startsWith(district))
        .map(ProcessDefinition::getName).filter(name -> !name.equals(processName))
        .forEach(name -> assertThat(list).as("another district's model is not offered: %s", name).doesNotContain(name));
    browser.screenshot("start-list");
    model.click();
    List<String> before = engine.getRuntimeService().createProcessInstanceQuery().processDefinitionKey(processKey).list()
        .stream().map(ProcessInstance::getId).toList();
    fill.accept(form());
    browser.screenshot("start-form");
    browser.page.locator(".modal-footer button.btn-primary[type='submit']").click();
    browser.page.locator(".modal-body").waitFor(new Locator.WaitForOptions().setState(WaitForSelectorState.DETACHED));
    ProcessInstance matter = engine.getRuntimeService().createProcessInstanceQuery().processDefinitionKey(processKey)
        .list().stream().filter(started -> !before.contains(started.getId())).findFirst().orElse(null);
    assertThat(matter).as("the start form started the consultation").isNotNull();
    businessKey = matter.getBusinessKey();
    matterId = matter.getId();
  }

  /** The open task's form, once Tasklist has settled (after a claim it loads the form again: values get lost). */
  Locator form() {
    browser.page.waitForLoadState(LoadState.NETWORKIDLE);
    Locator form = browser.page.locator(".fjs-container").first();
    form.waitFor();
    browser.page.waitForTimeout(500);
    browser.page.waitForLoadState(LoadState.NETWORKIDLE);
    return form;
  }

  /**
   * Opens the task in the group's task list — its card names the matter: 事项编号, 社区, 议题, 环节 —, claims it unless it
   * is already the user's, and waits for its form; returns the task id.
   */
  String open(String taskKey) {
    Task task = task(taskKey);
    Locator groupTasks = browser.page.locator(".task-filter").filter(new Locator.FilterOptions().setHasText("本组待办"));
    for (int attempt = 1; ; attempt++) { // a fresh Tasklist page; now and then its first load hangs: load again
      browser.page.navigate(baseUrl() + "/camunda/app/tasklist/default/#/");
      browser.page.reload();
      try {
        groupTasks.first().waitFor(new Locator.WaitForOptions().setTimeout(15_000));
        break;
      } catch (PlaywrightException stillLoading) {
        assertThat(attempt).as("Tasklist loads").isLessThan(3);
      }
    }
    groupTasks.first().click();
    Locator card = browser.page.locator(".tasks-list li").filter(new Locator.FilterOptions().setHasText(task.getName()))
        .filter(new Locator.FilterOptions().setHasText(businessKey)).first();
    card.waitFor();
    assertCardNamesTheMatter(card);
    card.click();
    if (task.getAssignee() == null) {
      Locator claim = browser.page.locator("button.claim");
      claim.waitFor();
      claim.click();
      browser.page.locator("button.claim").waitFor(new Locator.WaitForOptions().setState(WaitForSelectorState.DETACHED));
    }
    form();
    return task.getId();
  }

  /** A task card in 本组待办 shows the matter's number, community, topic and stage, each with a value. */
  void assertCardNamesTheMatter(Locator card) {
    assertThat(card.locator(".variable-label").allInnerTexts()).extracting(String::trim)
        .containsExactly("事项编号:", "社区:", "议题:", "环节:");
    List<String> values = card.locator(".variable-value").allInnerTexts().stream().map(String::trim).toList();
    assertThat(values).hasSize(4).allSatisfy(value -> assertThat(value).isNotBlank());
    assertThat(values.get(0)).isEqualTo(businessKey);
  }

  /** The matter's open task (the matter's own or one of its called processes', which share its number). */
  Task task(String taskKey) {
    Task task = engine.getTaskService().createTaskQuery().processInstanceBusinessKey(businessKey)
        .taskDefinitionKey(taskKey).singleResult();
    assertThat(task).as("open task %s of %s", taskKey, businessKey).isNotNull();
    return task;
  }

  /** Submits the open form and waits until the engine has completed the task. */
  void complete(String taskId, String step) {
    complete(taskId, step, null);
  }

  /**
   * Submits the open form and waits until the engine has completed the task. Tasklist now and then loads a claimed
   * task's form once more after it was filled, and the values are gone: the form then refuses the submission with
   * its own field errors. {@code refill}, when given, fills the form again in that case before the next click.
   */
  void complete(String taskId, String step, Runnable refill) {
    browser.screenshot(step);
    Locator invalid = browser.page.locator(".fjs-form-field:has(.fjs-form-field-error)");
    assertThat(invalid.count()).as("fields the form itself refuses in %s: %s", step, invalid.allInnerTexts()).isZero();
    browser.page.locator("button[ng-click='complete()']").click();
    long until = System.currentTimeMillis() + 30_000;
    long retry = System.currentTimeMillis() + 5_000;
    while (engine.getTaskService().createTaskQuery().taskId(taskId).count() > 0) {
      assertThat(System.currentTimeMillis()).as("task %s completed from the browser", step).isLessThan(until);
      assertThat(browser.page.locator(".notifications .alert-danger").count()).as("refusal of %s", step).isZero();
      if (System.currentTimeMillis() > retry) {
        retry = System.currentTimeMillis() + 5_000;
        if (refill != null && invalid.count() > 0) {
          browser.screenshot(step + "-refilled");
          refill.run();
        }
        try { // a click that only closed a date/time picker did not submit
          browser.page.locator("button[ng-click='complete()']:enabled")
              .click(new Locator.ClickOptions().setTimeout(2_000));
        } catch (PlaywrightException meanwhileCompleted) {
          // the form is gone or busy: the loop checks the engine again
        }
      }
      browser.page.waitForTimeout(250);
    }
  }

  /** Opens the task, lets {@code fill} fill its form and submits it. */
  void step(String taskKey, String step, Consumer<Locator> fill) {
    String id = open(taskKey);
    fill.accept(form());
    complete(id, step, () -> fill.accept(form()));
  }

  /** Submits what the server must refuse: Tasklist shows its Chinese message, the task stays open. */
  void refused(String taskId, String step, String reason) {
    browser.page.locator("button[ng-click='complete()']").click();
    Locator alert = browser.page.locator(".notifications .alert-danger .message").first();
    alert.waitFor();
    assertThat(alert.innerText()).as("the server's refusal, in Chinese").contains(reason);
    browser.screenshot(step);
    assertThat(engine.getTaskService().createTaskQuery().taskId(taskId).count()).isEqualTo(1);
    browser.page.locator(".notifications .alert-danger button.close[ng-click^='removeNotification']").first().click();
    alert.waitFor(new Locator.WaitForOptions().setState(WaitForSelectorState.DETACHED));
  }

  /** A supervisor opens the instance's incidents in Cockpit and finds the overdue one naming the matter. */
  void overdueInCockpit(String supervisor, ProcessInstance late, String topic) {
    String matterNumber = late.getBusinessKey();
    signIn("cockpit", supervisor);
    browser.page.navigate(baseUrl() + "/camunda/app/cockpit/default/#/process-instance/"
        + late.getId() + "/runtime?tab=incidents-tab");
    browser.page.locator("text=" + matterNumber).first().waitFor();
    Locator row = browser.page.locator("tr").filter(new Locator.FilterOptions().setHasText(topic)).first();
    row.waitFor();
    assertThat(row.innerText()).as("the incident row names the overdue matter").contains(matterNumber);
    browser.screenshot("cockpit-overdue-incident");
  }
}
