package com.civicflow.consultation.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.civicflow.consultation.TestUsers;
import com.civicflow.consultation.dongcheng.DongchengConsultation;
import com.civicflow.consultation.haimen.CouncilElection;
import com.civicflow.consultation.haimen.ElectionVariables;
import com.civicflow.consultation.kenli.KenliVariables;
import com.civicflow.consultation.haimen.CouncilElectionFullRun;
import com.microsoft.playwright.Locator;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;

/**
 * The fields that used to ask for an id, in Tasklist as people use them: 垦利's start form offers the street office
 * its town and communities and the buildings of them; 东城's street office links its communities' running matters
 * from a list; 海门's nominations choose the community's users and its screenings strike candidates from a list, and
 * its ballot is a table with one row per candidate (form-js's dynamic list). Tasklist 7.24 takes form-js 1.8's empty
 * error lists of edited table rows for errors and keeps “完成” disabled until the form is saved once (“保存”): the
 * ballot form says so, and this test does so.
 * (The handler select is in the 渝中 run, the community select in the 东城 run.)
 */
class FormChoicesInBrowserIT extends ConsultationInBrowser {

  @Override
  String model() {
    return "choices";
  }

  @Test
  void kenliStreetOfficeChoosesTheCommunityAndTheBuildingInsteadOfTypingIds() {
    as("dongjizhen-office");
    startConsultation("垦利区八步议事协商（集定议公办督评备）", "kenli-eight-step", start -> {
      browser.select(start, "征集渠道", "网格员");
      browser.text(start, "议题", "杨庙社区 1 号楼楼道照明");
      browser.text(start, "事项描述", "1 号楼楼道灯损坏，老人夜间出行不便");
      browser.text(start, "提出人", "网格员崔霞");
      browser.select(start, "协商层级", "楼栋（楼栋居民议事小组）");
      browser.select(start, "协商单位（小区/网格、楼栋）", "杨庙社区第一网格·1号楼（楼栋）");
      browser.select(start, "所属社区/镇街/区", "杨庙社区");
    });

    ProcessInstance matter = engine.getRuntimeService().createProcessInstanceQuery().processInstanceId(matterId).singleResult();
    assertThat(matter.getTenantId()).isEqualTo("yangmiao");
    assertThat(engine.getRuntimeService().getVariable(matterId, KenliVariables.ORG_UNIT_ID.name())).isEqualTo("yangmiao-b1");
  }

  @Test
  void theStreetOfficeLinksItsCommunitiesRunningMattersFromTheList() {
    // given a running matter of 多福巷
    String duofuxiang = engine.getRuntimeService().startProcessInstanceByKey(DongchengConsultation.PROCESS_KEY,
        Map.of("communityId", "duofuxiang", "topic", "多福巷停车难", "topicCategory", "公共事务和公益事业")).getBusinessKey();

    // when the street office starts a street consultation and links it
    as("donghuamen-office");
    startConsultation("东城区社区协商", DongchengConsultation.PROCESS_KEY, start -> {
      browser.select(start, "所属社区或街道", "东华门街道（街道/镇级）");
      browser.text(start, "议题", "东华门街道各社区停车难");
      browser.select(start, "协商内容类别", "公共事务和公益事业");
      browser.tag(start, "关联事项（选填）", "停车", duofuxiang + " 多福巷停车难（多福巷社区）");
    });

    // then
    assertThat(engine.getRuntimeService().createProcessInstanceQuery().processInstanceId(matterId).singleResult()
        .getTenantId()).isEqualTo("donghuamen");
    assertThat(engine.getRuntimeService().getVariable(matterId, "linkedMatters")).isEqualTo(duofuxiang);
  }

  @Test
  void nominationsChooseTheCommunitysUsersAndScreeningsStrikeFromTheCandidates() {
    // given an election in 三南社区 for one seat
    ProcessInstance election = engine.getRuntimeService().startProcessInstanceByKey(ElectionVariables.PROCESS_KEY,
        Map.of("communityId", "sannan", "seats", 1L));
    businessKey = election.getBusinessKey();
    matterId = election.getId();

    // when the committee records its nomination: its meeting, residents by name, the community's users from the list
    as("sannan-staff");
    step(CouncilElection.TASK_NOMINATE_BY_COMMITTEES, "nominate", form -> {
      assertThat(browser.field(form, "推荐主体").locator("input").first().inputValue()).isEqualTo("三南社区“两委”联席会议");
      browser.date(form, "Field_NominationMeetingDate", "2026/2/26"); // the engine clock is START, 2026-03-02
      browser.text(form, "推荐会议纪要", "“两委”联席会议推荐三人");
      browser.text(form, "推荐的居民（每行一个姓名）", "张建国\n李秀兰");
      browser.check(form, "推荐的本社区系统用户", "茅建华（三南社区民主协商理事会）");
    });
    // and the owners' committee's representative and the party secretary enter their own
    complete(CouncilElection.TASK_NOMINATE_BY_OWNERS, "sannan-owners",
        CouncilElectionFullRun.nomination("三南花园业主委员会", "王大海"));
    complete(CouncilElection.TASK_NOMINATE_BY_MEMBERS, "sannan-secretary",
        CouncilElectionFullRun.nomination("三南社区党员群众推荐会", "赵红"));

    // then the user is a candidate with the user id the server looked up
    assertThat(engine.getRuntimeService().getVariable(matterId, ElectionVariables.NOMINATIONS_BY_COMMITTEES.name()))
        .isEqualTo("张建国\n李秀兰\n茅建华 sannan-council");

    // when the two committees strike a candidate chosen from the list, with the reason, and the party secretary confirms
    step(CouncilElection.TASK_SCREEN_BY_COMMITTEES, "screen", form -> {
      browser.page.locator("text=茅建华").first().waitFor();
      browser.check(form, "筛除人选", "王大海");
      browser.text(form, "筛除理由", "王大海户籍不在本社区");
    });
    as("sannan-secretary");
    step(CouncilElection.TASK_CONFIRM_SCREENING, "confirm-screening", form -> {
      Locator texts = form.locator("textarea");
      assertThat(java.util.stream.IntStream.range(0, texts.count()).mapToObj(i -> texts.nth(i).inputValue()).toList())
          .contains("王大海", "王大海户籍不在本社区");
      browser.radio(form, "党组织书记意见", "确认筛选结果");
    });

    // then
    assertThat(engine.getRuntimeService().getVariable(matterId, ElectionVariables.CANDIDATES.name()))
        .isEqualTo("张建国\n李秀兰\n茅建华 sannan-council\n赵红");
    assertThat(engine.getRuntimeService().getVariable(matterId, ElectionVariables.SCREENING_RECORD.name()).toString())
        .contains("筛除 王大海：王大海户籍不在本社区");

    // when the town's party working committee keeps them all and the ballot is recorded in Tasklist, in its table
    TestUsers.as(engine, "binjiang-party", () -> engine.getTaskService().complete(
        task(CouncilElection.TASK_SCREEN_BY_PARTY).getId(), Map.of()));
    as("sannan-staff");
    String ballot = open(CouncilElection.TASK_SECRET_BALLOT);
    Runnable fillBallot = () -> {
      Locator form = form();
      browser.page.locator("text=本轮应选席位：1").first().waitFor();
      Locator names = row(form, "textfield", "候选人");
      assertThat(names.count()).isEqualTo(4);
      assertThat(List.of(0, 1, 2, 3).stream().map(i -> names.nth(i).inputValue()).toList())
          .containsExactly("张建国", "李秀兰", "茅建华", "赵红");
      browser.radio(form, "票决会议", "村（居）民代表会议");
      browser.text(form, "收回有效选票数", 100);
      Locator votes = row(form, "number", "得票");
      List<Integer> tally = List.of(30, 5, 60, 5);
      for (int row = 0; row < tally.size(); row++) {
        votes.nth(row).fill(String.valueOf(tally.get(row)));
        browser.page.waitForTimeout(300);
      }
      browser.page.locator("button[ng-click^='save(']").click(); // Tasklist enables 完成 once the table is saved
      browser.page.locator("button[ng-click='complete()']:enabled").waitFor();
    };
    fillBallot.run();
    complete(ballot, "ballot", fillBallot);

    // then the user elected keeps the user id the nomination chose
    assertThat(engine.getRuntimeService().getVariable(matterId, ElectionVariables.ELECTED_MEMBERS.name()))
        .isEqualTo("茅建华 sannan-council");
  }

  /** The inputs of a table's column, one per row (the table itself is a form field holding them all). */
  private Locator row(Locator form, String type, String label) {
    return form.locator(".fjs-form-field-" + type).filter(new Locator.FilterOptions().setHas(browser.page.locator("label")
        .filter(new Locator.FilterOptions().setHasText(java.util.regex.Pattern.compile("^\\s*" + label + "\\s*\\*?\\s*$")))))
        .locator("input");
  }

  /** A step done by the engine as its user, where the browser adds nothing. */
  private void complete(String taskKey, String user, Map<String, Object> variables) {
    Task task = task(taskKey);
    TestUsers.as(engine, user, () -> engine.getTaskService().complete(task.getId(), variables));
  }
}
