package com.civicflow.consultation.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.civicflow.consultation.dongcheng.DongchengConsultation;
import com.microsoft.playwright.Locator;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Test;

/**
 * The longest model, 东城区社区协商 (66 flow nodes, 16 forms of its own), done whole in the browser by the people whose
 * work it is: 多福巷社区居委会 ({@code duofuxiang-staff}) raises the topic from the start form and fixes it with a
 * public sign-up; a resident applies on the public notice board and the application is accepted; 东华门街道办事处
 * ({@code donghuamen-office}) brings in the departments; the district's expert ({@code dongcheng-expert}) gives an
 * opinion; the committee discusses and deliberates (a consensus without its solution is refused with a visible
 * message); the street office reviews the result's legality (60 households make it a major matter); the committee
 * plans the implementation, tracks it and asks the street for help; the responsible unit
 * ({@code donghuamen-property}) misses its deadline, the street's supervisor ({@code donghuamen-supervisor}) sees
 * the overdue incident in Cockpit and the street office presses (督办); the unit finishes, residents evaluate, the
 * result is posted on the board, the supervision group signs off, a third party evaluates, the committee rates the
 * street and the department, and the staff open the matter's file (一事一档).
 */
class DongchengConsultationInBrowserIT extends ConsultationInBrowser {

  static final String TOPIC = "多福巷 8 号院电动自行车集中充电棚建设";

  @Override
  String model() {
    return "dongcheng";
  }

  @Test
  void theLongestModelIsDoneWholeByItsUsersAndTheOverdueImplementationShowsInCockpit() {
    EngineSteps engineSteps = new EngineSteps(engine);

    // 汇集民意，确定议题: the committee raises the topic from the start form and fixes it
    as("duofuxiang-staff");
    startConsultation("东城区社区协商", DongchengConsultation.PROCESS_KEY, start -> {
      assertThat(browser.options(start, "所属社区或街道")).as("the worker's own community only").containsExactly("多福巷社区");
      browser.select(start, "所属社区或街道", "多福巷社区");
      browser.text(start, "议题", TOPIC);
      browser.select(start, "协商内容类别", "公共事务和公益事业");
      browser.text(start, "背景资料（走访调研了解的各方意见）",
          "入户走访 40 户：楼道内充电存在火灾隐患，多数居民希望在院内建集中充电棚，部分一层住户担心噪音和占地");
    });
    step("Task_FixTopic", "fix-topic", fix -> {
      browser.radio(fix, "办理方式", "社区协商");
      browser.select(fix, "协商层次", "小区");
      browser.select(fix, "协商形式", "小区协商");
      browser.text(fix, "主持人（中立公正）", "社区社会工作者刘洋");
      browser.dateTime(fix, "Field_MeetingTime", "2026/3/12", "19:00");
      browser.text(fix, "会议地点", "多福巷社区议事厅");
      browser.radio(fix, "参与主体确定办法", "公开报名");
      browser.text(fix, "参与主体名单（每行一人；随机抽样时为候选人名单；公开报名可先不填）",
          "8 号院居民代表 王建国\n8 号院一层住户 李秀英\n东华门物业管理公司 蒋经理");
      browser.tick(fix, "涉及政府部门（街道协调政府部门参加）");
      browser.tick(fix, "专业性、技术性较强（请专家论证评估）");
    });

    // 公示: a resident applies on the public notice board, the committee accepts the application
    applyOnNoticeBoard();
    as("duofuxiang-staff");
    step("Task_ReviewApplication", "review-application", review -> {
      browser.radio(review, "审核结论", "接受，列入参与主体");
      browser.text(review, "答复申请人", "欢迎参加 3 月 12 日晚 7 点在社区议事厅的协商会议");
    });
    engineSteps.noticePeriodEnds(businessKey);

    // 街道协调政府部门参加, 专家论证评估
    as("donghuamen-office");
    step("Task_CoordinateDepartments", "coordinate-departments", form -> browser.text(form,
        "参加协商的政府部门、司法所和人员", "东华门街道城市管理办公室 张科长\n东华门消防救援站 陈站长\n东华门司法所 刘所长"));
    as("dongcheng-expert");
    step("Task_ExpertReview", "expert-review", form -> browser.text(form, "论证评估意见",
        "充电棚须选用不燃材料，与住宅外墙间距不小于 6 米，配置智能断电和烟感报警"));

    // 展开讨论，共商共议; 充分协商，共同决策 — a consensus without its solution is refused
    as("duofuxiang-staff");
    step("Task_HoldDiscussion", "discussion", form -> {
      browser.tick(form, "主持人保持中立公正");
      browser.text(form, "讨论记录（各方意见和分歧）", "一层住户提出噪音顾虑；物业提出选址在院东侧空地；消防站提出间距要求");
    });
    String deliberation = open("Task_Deliberate");
    Locator consensus = form();
    browser.radio(consensus, "协商结果", "达成共识");
    refused(deliberation, "deliberation-refused", "请填写“协商成果（解决方案）”");
    browser.text(consensus, "协商成果（解决方案，达成共识时必填）",
        "在院东侧空地建不燃材料充电棚（12 个车位），距住宅外墙 6 米以上，22 点后断电；费用由政府购买服务承担");
    browser.text(consensus, "预计金额（元，合法性审核用）", 38000);
    browser.text(consensus, "涉及户数", 60);
    complete(deliberation, "deliberation");

    // 协商成果合法性审核 by the street office
    as("donghuamen-office");
    step("Task_StreetReview", "legality-review-street", form -> {
      browser.radio(form, "审核结论", "合法");
      browser.text(form, "审核意见", "选址在小区共有部分，经协商决定，符合《民法典》第二百七十八条和消防技术标准");
    });

    // 居民监督小组 (residents, not the committee) confirms the result
    as("duofuxiang-watch");
    step(DongchengConsultation.TASK_SUPERVISE_RESULT, "supervise-result", form -> {
      browser.radio(form, "监督结论", "确认");
      browser.text(form, "监督意见", "协商过程公开，12号院和8号院居民都参加了讨论");
    });

    // 群策群力，共建共享: the committee plans it and its funding, the 居民代表会议 decides the money
    as("duofuxiang-staff");
    step("Task_PlanImplementation", "plan-implementation", plan -> {
      browser.radio(plan, "落实方式", "委托社会力量");
      browser.radio(plan, "资金来源", "政府购买服务");
      browser.text(plan, "资金金额（元）", 38000);
      browser.text(plan, "资金用途", "建设不燃材料充电棚（12 个车位）及智能断电设备");
      browser.select(plan, "责任单位", "东华门物业管理公司");
      browser.date(plan, "Field_CompletionDeadline", "2026/3/31");
    });
    step(DongchengConsultation.TASK_FUNDING_MEETING, "funding-meeting", form -> {
      browser.radio(form, "会议", "居民代表会议");
      browser.text(form, "应到人数", 40);
      browser.text(form, "实到人数", 33);
      browser.text(form, "赞成票数", 30);
      browser.text(form, "反对票数", 1);
      browser.text(form, "会议记录", "同意政府购买服务资金 38000 元用于建设充电棚");
    });
    anonymous();
    browser.page.navigate(baseUrl() + "/notices/duofuxiang/funding");
    browser.page.locator("text=38000 元").first().waitFor();
    browser.screenshot("funding-on-notice-board");
    as("duofuxiang-staff");
    step("Task_TrackImplementation", "track-difficulty", track -> {
      browser.radio(track, "落实情况", "落实困难");
      browser.text(track, "需街道和职能部门协助的事项", "充电棚接电需供电公司增容，请街道协调");
    });
    as("donghuamen-office");
    step("Task_StreetAssist", "street-assist", form -> {
      browser.text(form, "协助办理情况（通过社区居委会反馈）", "街道已协调供电公司，3 月 25 日前完成增容接电");
      browser.text(form, "协助办理的部门", "东城区城市管理委员会");
    });
    as("duofuxiang-staff");
    step("Task_TrackImplementation", "track-done", track -> {
      browser.radio(track, "落实情况", "已落实");
      browser.text(track, "落实情况说明", "供电增容完成，具备接电条件");
    });

    // the unit misses its deadline: the supervisor sees the overdue incident, the street office presses
    ProcessInstance late = engineSteps.deadlinePasses(businessKey, "implementation-supervision", "Timer_CompletionOverdue");
    overdueInCockpit("donghuamen-supervisor", late, TOPIC);
    as("donghuamen-office");
    step("Task_SuperviseImplementation", "supervise-overdue", form -> browser.text(form, "督办意见",
        "已逾期，请东华门物业管理公司 4 月 3 日前完工并书面说明原因"));

    // the unit finishes and reports; residents evaluate
    as("donghuamen-property");
    step("Task_Implement", "implement", form -> browser.text(form, "实施情况", "充电棚已建成，12 个车位投入使用，智能断电已调试"));
    step("Task_Feedback", "feedback", form -> browser.text(form, "实施情况反馈", "试运行一周无故障，楼道内已无电动自行车"));
    as("duofuxiang-staff");
    step("Task_RecordEvaluation", "evaluation", form -> {
      browser.radio(form, "评议结果", "满意");
      browser.text(form, "参与评议人数", 32);
      browser.text(form, "评议意见", "充电方便，楼道安全了");
    });
    as("duofuxiang-watch");
    step(DongchengConsultation.TASK_SUPERVISE_IMPLEMENTATION, "supervise-implementation", form ->
        browser.radio(form, "监督结论", "确认"));

    // 公示协商成果及办理实施情况: the result is on the public board with its progress
    anonymous();
    browser.page.navigate(baseUrl() + "/notices/duofuxiang");
    browser.page.locator("a").filter(new Locator.FilterOptions().setHasText("协商成果及办理实施情况")).first().click();
    browser.page.locator("text=充电棚已建成").first().waitFor();
    assertThat(browser.page.locator(".progress .state").innerText()).as("done after the deadline").isEqualTo("逾期办结");
    browser.screenshot("result-on-notice-board");
    engineSteps.noticePeriodEnds(businessKey);

    // 第三方评估: the street decides to bring one in for this matter
    as("donghuamen-office");
    step(DongchengConsultation.TASK_DECIDE_THIRD_PARTY, "decide-third-party", form -> browser.tick(form, "引入第三方评估"));
    step(DongchengConsultation.TASK_THIRD_PARTY_EVALUATION, "third-party", form -> {
      browser.text(form, "第三方评估机构", "东城区社会工作评估中心");
      browser.text(form, "评估结论", "协商程序完整，成果落实到位，逾期 3 天已说明原因");
    });

    // then the consultation is closed, and its file (一事一档) holds every step, the escalation included
    assertThat(engine.getRuntimeService().createProcessInstanceQuery().processInstanceBusinessKey(businessKey).count())
        .isZero();
    assertThat(engine.getHistoryService().createHistoricActivityInstanceQuery().processInstanceId(matterId)
        .activityId(DongchengConsultation.EVENT_CONSULTATION_CLOSED).count()).isEqualTo(1);
    engineSteps.matterIsFiled(matterId);
    browser.page.navigate(baseUrl() + "/archive/" + businessKey);
    for (String entry : new String[] {TOPIC, "审核参与申请", "专家论证评估", "督办（逾期未办结）", "居民监督小组监督落实情况"}) {
      browser.page.locator("text=" + entry).first().waitFor();
    }
    browser.screenshot("matter-file");
  }

  /** A resident opens the meeting notice on the public board (no login) and applies to take part. */
  void applyOnNoticeBoard() {
    anonymous();
    browser.page.navigate(baseUrl() + "/notices/duofuxiang");
    browser.page.locator("a").filter(new Locator.FilterOptions().setHasText("协商会议公示：" + TOPIC)).first().click();
    browser.page.locator("#applicant-name").fill("孙丽华");
    browser.page.locator("#applicant-contact").fill("多福巷 8 号院 3 单元 201");
    browser.page.locator("#applicant-organisation").fill("8 号院楼门长");
    browser.page.locator("#applicant-reason").fill("我家老人每天在楼道给电动车充电，想参加讨论充电棚的位置和收费");
    browser.screenshot("notice-board-application");
    browser.page.locator("button:has-text('提交报名')").click();
    browser.page.locator(".notice-ok").waitFor();
    assertThat(browser.page.locator(".notice-ok").innerText()).contains("您的参与报名已收到");
    browser.screenshot("notice-board-application-received");
  }
}
