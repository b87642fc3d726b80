package com.civicflow.consultation.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.options.LoadState;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.PlaywrightException;
import com.microsoft.playwright.options.WaitForSelectorState;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;

/**
 * A whole 渝中 “6+5” consultation in headless Chromium (the Debian package): the staff start it from the start
 * form in Tasklist, every user task is done through its Camunda Form by the user whose role it is (委员, 居委会,
 * 街道办事处 for the legality review, 责任单位), one impossible vote count is refused with a visible message,
 * and a supervisor sees an overdue incident in Cockpit. Timers (notice periods, deadlines) are advanced through
 * the engine: the test profile runs no job executor. Screenshots of every step: target/e2e-screenshots/.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@DirtiesContext
class WholeConsultationInBrowserIT {

  static final Path CHROMIUM = Paths.get("/usr/bin/chromium");
  static final String PROCESS_NAME = "渝中区“6+5”议事法";

  @LocalServerPort int port;
  @Autowired ProcessEngine engine;

  Playwright playwright;
  com.microsoft.playwright.Browser chromium;
  BrowserContext context;
  Browser browser;
  String businessKey;
  String matterId;

  @BeforeEach
  void launchChromium() throws Exception {
    Assumptions.assumeTrue(Files.isExecutable(CHROMIUM),
        "/usr/bin/chromium is not installed (Debian package chromium): the real-browser test is skipped");
    Files.createDirectories(Browser.SCREENSHOTS);
    playwright = Playwright.create(new Playwright.CreateOptions()
        .setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
    chromium = playwright.chromium().launch(new BrowserType.LaunchOptions()
        .setExecutablePath(CHROMIUM).setHeadless(true)
        .setArgs(List.of("--no-sandbox", "--disable-gpu", "--disable-background-networking",
            "--disable-component-update", "--disable-sync", "--no-first-run")));
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

  @Test
  void aWholeConsultationIsDoneInTasklistAndASupervisorSeesTheOverdueMatterInCockpit() {
    // given community staff signed in to Tasklist
    signIn("tasklist", "minzulu-staff");

    // when they start a consultation from its start form
    startConsultation();

    // and every step is done through its form by the right role
    as("minzulu-council");
    open("Task_ScreenTopic");
    browser.radio(form(), "审议结论", "同意初筛结果");
    complete("screen-topic");

    open("Task_PlanMeeting");
    Locator plan = form();
    browser.select(plan, "协商形式", "居民协商议事会议");
    browser.dateTime(plan, "Field_MeetingTime", "2026/11/26", "19:00");
    browser.text(plan, "会议地点", "社区协商议事室");
    browser.text(plan, "组织方", "社区协商议事委员会");
    browser.text(plan, "利益相关方", "12 号院居民代表 5 人");
    browser.text(plan, "第三方", "物业公司");
    browser.check(plan, "邀请专家（专家库）", "法律");
    complete("plan-meeting");
    new EngineSteps(engine).noticePeriodEnds(businessKey);

    as("minzulu-staff");
    minutes("Task_Statement", "陈述环节记录", "网格长陈述堆物现状", "statement");
    minutes("Task_Questions", "询问环节记录", "居民询问清理时间", "questions");
    minutes("Task_Discussion", "讨论环节记录", "讨论集中存放点", "discussion");
    minutes("Task_Negotiation", "协商环节记录", "商定两周内自行清理", "negotiation");
    open("Task_Conclusion");
    browser.text(form(), "结论环节记录", "形成清理方案");
    browser.radio(form(), "会议形成结论", "形成结论");
    complete("conclusion");

    as("minzulu-council");
    open("Task_Deliberate");
    Locator draft = form();
    browser.text(draft, "协商成果（决议草案）", "12 月 18 日前清理楼道堆物，物业设集中存放点");
    browser.text(draft, "估算金额（元）", 2000);
    browser.text(draft, "涉及户数", 60);
    browser.radio(draft, "涉及产权", "否");
    browser.radio(draft, "涉及收费", "否");
    browser.radio(draft, "涉及拆除", "否");
    browser.radio(draft, "涉及公共安全", "否");
    browser.select(draft, "协商层级", "社区");
    complete("deliberate");

    as("minzulu-staff");
    String vote = open("Task_RecordResolution");
    votes(30, 24, 30, 0, 0);
    refused(vote, "record-resolution-refused", "不能多于实到人数");
    votes(30, 24, 20, 2, 2);
    complete("record-resolution");
    new EngineSteps(engine).noticePeriodEnds(businessKey);

    as("jiefangbei-office");
    open("Task_StreetReview");
    browser.radio(form(), "审核结论", "合法");
    browser.text(form(), "审核意见", "清理楼道堆物符合消防法规定，程序合法");
    complete("legality-review-street");

    as("minzulu-council");
    open("Task_AssignImplementation");
    browser.select(form(), "责任单位", "解放碑物业服务公司");
    browser.dateTime(form(), "Field_CompletionDeadline", "2026/12/18", "17:00");
    complete("assign-implementation");

    as("jiefangbei-property");
    open("Task_Implement");
    browser.text(form(), "实施情况", "已清理楼道堆物，设集中存放点");
    complete("implement");
    open("Task_Feedback");
    browser.text(form(), "实施情况反馈", "居民反馈无新增堆物");
    complete("feedback");

    as("minzulu-staff");
    open("Task_RecordEvaluation");
    browser.radio(form(), "评议结果", "满意");
    browser.text(form(), "参与评议人数", 18);
    browser.text(form(), "评议意见", "楼道整洁，居民满意");
    complete("evaluation");

    // then the consultation is finished, evaluated 满意
    assertThat(engine.getRuntimeService().createProcessInstanceQuery().processInstanceBusinessKey(businessKey).count())
        .isZero();
    assertThat(engine.getHistoryService().createHistoricVariableInstanceQuery().variableName("evaluationResult")
        .processInstanceId(matterId).list()).extracting(v -> v.getValue()).contains("满意");

    // and when another matter's implementation deadline passes, a supervisor sees the overdue incident in Cockpit
    overdueInCockpit();
  }

  void signIn(String app, String user) {
    if (context != null) {
      context.close();
    }
    context = chromium.newContext(new com.microsoft.playwright.Browser.NewContextOptions()
        .setLocale("zh-CN").setTimezoneId("Asia/Shanghai").setViewportSize(1400, 1000));
    context.setDefaultTimeout(30_000);
    browser = new Browser(context.newPage());
    browser.login("http://localhost:" + port, app, user);
    browser.screenshot("login-" + app + "-" + user);
  }

  void as(String user) {
    signIn("tasklist", user);
  }

  void startConsultation() {
    browser.page.locator("a:has-text('发起流程')").first().click();
    browser.page.locator(".modal-body a:has-text('" + PROCESS_NAME + "')").first().click();
    Locator start = form();
    browser.text(start, "议题", "民族路 12 号院楼道堆物清理");
    browser.text(start, "议题说明", "楼道堆放杂物，存在消防隐患");
    browser.select(start, "事项类别", "公益事业");
    browser.select(start, "协商事项（清单）", "公益事业 · 环境卫生整治");
    browser.radio(start, "议题来源", "入户走访");
    browser.text(start, "涉及户数", 60);
    browser.radio(start, "属于社区自治范围", "是");
    browser.radio(start, "与法律法规或政策相抵触", "否");
    browser.screenshot("start-form");
    browser.page.locator(".modal-footer button.btn-primary[type='submit']").click();
    browser.page.locator(".modal-body").waitFor(new Locator.WaitForOptions().setState(WaitForSelectorState.DETACHED));
    ProcessInstance matter = engine.getRuntimeService().createProcessInstanceQuery()
        .processDefinitionKey("yuzhong-six-plus-five").singleResult();
    assertThat(matter).as("the start form started the consultation").isNotNull();
    businessKey = matter.getBusinessKey();
    matterId = matter.getId();
  }

  Locator form() {
    // after a claim Tasklist loads the form again: fill it only once that has settled, or values get lost
    browser.page.waitForLoadState(LoadState.NETWORKIDLE);
    Locator form = browser.page.locator(".fjs-container").first();
    form.waitFor();
    browser.page.waitForTimeout(500);
    browser.page.waitForLoadState(LoadState.NETWORKIDLE);
    return form;
  }

  /** Opens the task in the group's task list, claims it and waits for its form; returns the task id. */
  String open(String taskKey) {
    Task task = task(taskKey);
    Locator groupTasks = browser.page.locator(".task-filter").filter(new Locator.FilterOptions().setHasText("本组待办"));
    for (int attempt = 1; ; attempt++) { // a fresh Tasklist page; now and then its first load hangs: load again
      browser.page.navigate("http://localhost:" + port + "/camunda/app/tasklist/default/#/");
      browser.page.reload();
      try {
        groupTasks.first().waitFor(new Locator.WaitForOptions().setTimeout(15_000));
        break;
      } catch (PlaywrightException stillLoading) {
        assertThat(attempt).as("Tasklist loads").isLessThan(3);
      }
    }
    groupTasks.first().click();
    browser.page.locator(".tasks-list li").filter(new Locator.FilterOptions().setHasText(task.getName()))
        .first().click();
    Locator claim = browser.page.locator("button.claim");
    claim.waitFor();
    claim.click();
    browser.page.locator("button.claim").waitFor(new Locator.WaitForOptions().setState(WaitForSelectorState.DETACHED));
    form();
    return task.getId();
  }

  Task task(String taskKey) {
    Task task = engine.getTaskService().createTaskQuery().processInstanceBusinessKey(businessKey)
        .taskDefinitionKey(taskKey).singleResult();
    assertThat(task).as("open task %s of %s", taskKey, businessKey).isNotNull();
    return task;
  }

  void complete(String step) {
    String id = engine.getTaskService().createTaskQuery().processInstanceBusinessKey(businessKey).list().stream()
        .filter(t -> t.getAssignee() != null).map(Task::getId).findFirst().orElseThrow();
    browser.screenshot(step);
    browser.page.locator("button[ng-click='complete()']").click();
    long until = System.currentTimeMillis() + 30_000;
    long retry = System.currentTimeMillis() + 5_000;
    while (engine.getTaskService().createTaskQuery().taskId(id).count() > 0) {
      assertThat(System.currentTimeMillis()).as("task %s completed from the browser", step).isLessThan(until);
      assertThat(browser.page.locator(".notifications .alert-danger").count()).as("refusal of %s", step).isZero();
      if (System.currentTimeMillis() > retry) {
        retry = System.currentTimeMillis() + 5_000;
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

  void minutes(String taskKey, String label, String text, String step) {
    open(taskKey);
    browser.text(form(), label, text);
    complete(step);
  }

  void votes(int total, int present, int yes, int no, int abstain) {
    Locator form = form();
    browser.text(form, "应到居民代表人数", total);
    browser.text(form, "实到居民代表人数", present);
    browser.text(form, "赞成票", yes);
    browser.text(form, "反对票", no);
    browser.text(form, "弃权票", abstain);
  }

  /** Submits an impossible count: the server refuses it, Tasklist shows the Chinese message, the task stays. */
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

  void overdueInCockpit() {
    ProcessInstance implementation = new EngineSteps(engine).overdueMatter();
    String matterNumber = implementation.getBusinessKey();

    signIn("cockpit", "jiefangbei-supervisor");
    browser.page.navigate("http://localhost:" + port + "/camunda/app/cockpit/default/#/process-instance/"
        + implementation.getId() + "/runtime?tab=incidents-tab");
    browser.page.locator("text=" + matterNumber).first().waitFor();
    Locator row = browser.page.locator("tr").filter(new Locator.FilterOptions().setHasText("加装电梯")).first();
    row.waitFor();
    assertThat(row.innerText()).as("the incident row names the overdue matter").contains(matterNumber);
    browser.screenshot("cockpit-overdue-incident");
  }
}
