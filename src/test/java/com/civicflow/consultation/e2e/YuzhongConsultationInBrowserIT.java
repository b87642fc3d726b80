package com.civicflow.consultation.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.civicflow.consultation.TestSchedules;
import com.civicflow.consultation.drive.Steps;
import com.civicflow.consultation.yuzhong.YuzhongProcess;
import com.microsoft.playwright.Locator;
import java.util.Map;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Test;

/**
 * A whole 渝中 “6+5” consultation in the browser: 居委会 {@code minzulu-staff} starts it from the start form, every
 * user task is done through its Camunda Form by the user whose role it is (委员, 居委会, 街道办事处 for the
 * legality review, 责任单位), one impossible vote count is refused with a visible message, and a supervisor sees
 * an overdue incident in Cockpit.
 */
class YuzhongConsultationInBrowserIT extends ConsultationInBrowser {

  @Override
  String model() {
    return "yuzhong";
  }

  @Test
  void aWholeConsultationIsDoneInTasklistAndASupervisorSeesTheOverdueMatterInCockpit() {
    // given community staff signed in to Tasklist
    as("minzulu-staff");

    // when they start a consultation from its start form
    startConsultation("渝中区“6+5”议事法", "yuzhong-six-plus-five", start -> {
      browser.text(start, "议题", "民族路 12 号院楼道堆物清理");
      browser.text(start, "议题说明", "楼道堆放杂物，存在消防隐患");
      browser.select(start, "协商事项（清单）", "【公益事业】环境卫生整治");
      browser.radio(start, "议题来源", "入户走访");
      browser.text(start, "涉及户数", 60);
      browser.radio(start, "属于社区自治范围", "是");
      browser.radio(start, "与法律法规或政策相抵触", "否");
    });

    // and every step is done through its form by the right role
    as("minzulu-council");
    step("Task_ScreenTopic", "screen-topic", form -> browser.radio(form, "审议结论", "同意初筛结果"));
    step("Task_PlanMeeting", "plan-meeting", plan -> {
      browser.select(plan, "协商形式", "居民协商议事会议");
      browser.dateTime(plan, "Field_MeetingTime", "2026/3/12", "19:00");
      browser.text(plan, "会议地点", "社区协商议事室");
      browser.text(plan, "组织方", "社区协商议事委员会");
      browser.text(plan, "利益相关方", "12 号院居民代表 5 人");
      browser.text(plan, "第三方", "物业公司");
      browser.check(plan, "邀请专家（专家库）", "法律");
    });
    new EngineSteps(engine).noticePeriodEnds(businessKey);

    as("minzulu-staff");
    minutes("Task_Statement", "陈述环节记录", "网格长陈述堆物现状", "statement");
    minutes("Task_Questions", "询问环节记录", "居民询问清理时间", "questions");
    minutes("Task_Discussion", "讨论环节记录", "讨论集中存放点", "discussion");
    minutes("Task_Negotiation", "协商环节记录", "商定两周内自行清理", "negotiation");
    step("Task_Conclusion", "conclusion", form -> {
      browser.text(form, "结论环节记录", "形成清理方案");
      browser.radio(form, "会议形成结论", "形成结论");
    });

    as("minzulu-council");
    step("Task_Deliberate", "deliberate", draft -> {
      browser.text(draft, "协商成果（决议草案）", "3 月 31 日前清理楼道堆物，物业设集中存放点");
      browser.text(draft, "估算金额（元）", 2000);
      browser.text(draft, "涉及户数", 60);
      browser.radio(draft, "涉及产权", "否");
      browser.radio(draft, "涉及收费", "否");
      browser.radio(draft, "涉及拆除", "否");
      browser.radio(draft, "涉及公共安全", "否");
      browser.select(draft, "协商层级", "社区");
    });

    as("minzulu-staff");
    String vote = open("Task_RecordResolution");
    votes(30, 24, 30, 0, 0);
    refused(vote, "record-resolution-refused", "不能多于实到人数");
    votes(30, 24, 20, 2, 2);
    complete(vote, "record-resolution");
    new EngineSteps(engine).noticePeriodEnds(businessKey);

    as("jiefangbei-office");
    step("Task_StreetReview", "legality-review-street", form -> {
      browser.radio(form, "审核结论", "合法");
      browser.text(form, "审核意见", "清理楼道堆物符合消防法规定，程序合法");
    });

    as("minzulu-council");
    step("Task_AssignImplementation", "assign-implementation", form -> {
      browser.select(form, "责任单位", "解放碑物业服务公司");
      // the handler is one of the chosen unit's people, chosen by name
      assertThat(browser.options(form, "承办人（可选）")).containsExactly("冯经理（解放碑物业服务公司）");
      browser.select(form, "承办人（可选）", "冯经理（解放碑物业服务公司）");
      browser.dateTime(form, "Field_CompletionDeadline", "2026/3/31", "17:00");
    });

    as("jiefangbei-property");
    step("Task_Implement", "implement", form -> browser.text(form, "实施情况", "已清理楼道堆物，设集中存放点"));
    step("Task_Feedback", "feedback", form -> browser.text(form, "实施情况反馈", "居民反馈无新增堆物"));

    as("minzulu-staff");
    step("Task_RecordEvaluation", "evaluation", form -> {
      browser.radio(form, "评议结果", "满意");
      browser.text(form, "参与评议人数", 18);
      browser.text(form, "评议意见", "楼道整洁，居民满意");
    });

    // then the consultation is finished, evaluated 满意
    assertThat(engine.getRuntimeService().createProcessInstanceQuery().processInstanceBusinessKey(businessKey).count())
        .isZero();
    assertThat(engine.getHistoryService().createHistoricVariableInstanceQuery().variableName("evaluationResult")
        .processInstanceId(matterId).list()).extracting(v -> v.getValue()).contains("满意");

    // and when another matter's implementation deadline passes, a supervisor sees the overdue incident in Cockpit
    overdueInCockpit("jiefangbei-supervisor", new EngineSteps(engine).overdueMatter(), "加装电梯");
  }

  @Test
  void theMonthlyMeetingIsRecordedInTasklistWithTheMattersWaitingForGroupDeliberation() {
    // given a topic admitted on Monday 30 March 2026, waiting for 群议
    var steps = new com.civicflow.consultation.drive.EngineSteps(engine);
    ClockUtil.setCurrentTime(Steps.beijing("2026-03-30T09:00"));
    String matter = steps.start("minzulu-council", YuzhongProcess.KEY, Map.of("communityId", "minzulu",
        "topic", "民族路 9 号院停车秩序", "topicDescription", "外来车辆占用消防通道", "catalogueItem", "停车与交通秩序",
        "topicSource", "入户走访", "householdsAffected", 80, "withinCommunityPowers", "true", "contraryToLaw", "false"))
        .getBusinessKey();
    steps.complete("minzulu-council", matter, YuzhongProcess.TASK_SCREEN_TOPIC, Map.of("screeningDecision", "confirm"));
    // and April's meetings started by the platform schedule on Wednesday 1 April, the first working day
    ClockUtil.setCurrentTime(Steps.beijing("2026-04-01T07:00"));
    TestSchedules.fire(engine, YuzhongProcess.MONTHLY_MEETING_SCHEDULE_KEY, "monthlyMeetingsStarted");
    businessKey = "MINZULU-MM-2026-04";
    ProcessInstance meeting = engine.getRuntimeService().createProcessInstanceQuery().processInstanceBusinessKey(businessKey)
        .singleResult();
    String listed = java.util.Arrays.stream(((String) engine.getRuntimeService().getVariable(meeting.getId(),
        "monthlyMeetingAgenda")).split("\n")).filter(line -> line.startsWith(matter)).findFirst().orElseThrow();

    // when the 居委会 records, on Friday 3 April, the meeting held the evening before, first with a date still to come
    ClockUtil.setCurrentTime(Steps.beijing("2026-04-03T09:00"));
    as("minzulu-staff");
    String id = open(YuzhongProcess.TASK_HOLD_MONTHLY_MEETING);
    Locator form = form();
    assertThat(form.innerText()).contains(listed);
    browser.dateTime(form, "Field_MonthlyMeetingTime", "2026/4/8", "19:00");
    browser.text(form, "参会人员", "张伟（协商议事委员会）\n9 号院居民代表 6 人\n物业公司");
    browser.check(form, "本次协商的事项", listed);
    browser.text(form, "会议记录", "通报消防通道被占情况，议定划线并设置道闸，提交群议");
    refused(id, "monthly-meeting-refused", "不能晚于当前时间");
    browser.dateTime(form(), "Field_MonthlyMeetingTime", "2026/4/2", "19:00");
    complete(id, "monthly-meeting");

    // then the meeting is recorded with the matter it deliberated
    assertThat(engine.getHistoryService().createHistoricVariableInstanceQuery().processInstanceId(meeting.getId())
        .variableName("monthlyMeetingMattersText").singleResult().getValue()).asString().contains(matter);
    assertThat(engine.getRuntimeService().createProcessInstanceQuery().processInstanceId(meeting.getId()).count()).isZero();
  }

  void minutes(String taskKey, String label, String text, String step) {
    step(taskKey, step, form -> browser.text(form, label, text));
  }

  void votes(int total, int present, int yes, int no, int abstain) {
    Locator form = form();
    browser.text(form, "应到居民代表人数", total);
    browser.text(form, "实到居民代表人数", present);
    browser.text(form, "赞成票", yes);
    browser.text(form, "反对票", no);
    browser.text(form, "弃权票", abstain);
  }
}
