package com.civicflow.consultation.statistics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.civicflow.consultation.TestProcesses;
import com.civicflow.consultation.yuzhong.YuzhongProcess;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The figures of the statistics against the known set of matters ({@link StatisticsScenario}) and three online topics
 * (a test-only {@code online-topic} process: admitted, declined, waiting), as each kind of user sees them: a
 * district's supervisor sees that district only, a street office its street only, the administrator everything.
 * Run on H2 ({@code StatisticsTest}, the embedded default) and on PostgreSQL ({@code StatisticsIT}).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class StatisticsFigures {

  static final String YUZHONG = ConsultationModel.YUZHONG.label();
  static final String HAIMEN = ConsultationModel.HAIMEN.label();

  @Autowired ProcessEngine engine;
  @Autowired Statistics statistics;
  @Autowired StatisticsAccess access;
  @Autowired ReportingRows reportingRows;

  @BeforeAll
  void theKnownMatters() {
    StatisticsScenario.run(engine);
    onlineTopics();
  }

  @Test
  void aDistrictSupervisorSeesItsDistrictsMattersByModelAndStage() {
    StatisticsReport report = report("yuzhong-supervisor");

    assertThat(rows(report, MatterTables.STATUSES)).containsExactly(
        List.of(YUZHONG, 5L, 3L, 1L, 1L, 0L),
        List.of(MatterTables.TOTAL, 5L, 3L, 1L, 1L, 0L));
    assertThat(rows(report, MatterTables.STAGES)).containsExactlyInAnyOrder(
        List.of(YUZHONG, "实施协商成果、反馈实施情况、评议办理结果", 2L, 1L),
        List.of(YUZHONG, "公示会议通知", 1L, 0L));
    assertThat(report.headlines()).extracting(StatisticsReport.Headline::value)
        .startsWith("5", "3", "1", "1", "2 次", "66.7%", "100.0%", "3");
  }

  @Test
  void aDistrictSupervisorSeesItsMeetingsByKindEveryKindListed() {
    assertThat(rows(report("yuzhong-supervisor"), MatterTables.MEETINGS)).containsExactly(
        List.of("议事协商会议", 1L), List.of("民主理事会", 0L), List.of("民主恳谈会", 0L), List.of("民主评议会", 0L),
        List.of("民主听证会", 0L), List.of("民主咨询会", 0L), List.of("逢十议事", 0L), List.of("居民（代表）会议", 1L),
        List.of(MatterTables.TOTAL, 2L));
    assertThat(rows(report("haimen-supervisor"), MatterTables.MEETINGS)).contains(
        List.of("民主理事会", 0L), List.of("民主恳谈会", 1L), List.of("民主评议会", 1L), List.of("民主听证会", 1L),
        List.of("民主咨询会", 0L), List.of("居民（代表）会议", 2L),
        List.of(MatterTables.TOTAL, 5L));
  }

  @Test
  void resultsOnTimeOverdueAndOpenWithTheOverdueRateAndTheUnitsRanked() {
    StatisticsReport report = report("yuzhong-supervisor");

    assertThat(rows(report, OutcomeTables.RESULTS)).containsExactly(
        List.of(YUZHONG, 3L, 1L, 1L, 1L, 0L, 66.7),
        List.of(MatterTables.TOTAL, 3L, 1L, 1L, 1L, 0L, 66.7));
    assertThat(rows(report, OutcomeTables.UNITS)).containsExactly(
        List.of("渝中区城市管理局", 1L, 0L, 1L, 0L, 0L, 100.0),
        List.of("解放碑物业服务公司", 2L, 1L, 0L, 1L, 0L, 50.0));
    assertThat(rows(report("yunhe-supervisor"), OutcomeTables.UNITS)).containsExactlyInAnyOrder(
        List.of("沧州市消防救援支队", 1L, 1L, 0L, 0L, 0L, 0.0),
        List.of("万泰丽景小区物业公司", 1L, 1L, 0L, 0L, 0L, 0.0));
  }

  @Test
  void satisfactionReviewsAndObjections() {
    StatisticsReport report = report("yuzhong-supervisor");

    assertThat(rows(report, OutcomeTables.SATISFACTION)).containsExactly(
        List.of("满意", 1L, 100.0), List.of("基本满意", 0L, 0.0), List.of("不满意", 0L, 0.0), List.of(MatterTables.TOTAL, 1L, 100.0));
    assertThat(rows(report, OutcomeTables.REVIEWS)).contains(List.of("无需审核（非重大事项）", 1L, 0L, 0L, 0L, 0L, 1L));
    assertThat(rows(report("yunhe-supervisor"), OutcomeTables.REVIEWS)).contains(List.of("街道办事处", 1L, 1L, 0L, 0L, 0L, 0L));
    assertThat(rows(report, OutcomeTables.OBJECTIONS)).contains(
        List.of("会议通知", 2L, 0L, 0L), List.of("协商结果", 1L, 0L, 0L), List.of(MatterTables.TOTAL, 3L, 0L, 0L));
  }

  @Test
  void daysFromTopicToResultAndToCompletionAreTheFullRunsOwn() {
    HistoricProcessInstance fullRun = engine.getHistoryService().createHistoricProcessInstanceQuery()
        .processDefinitionKey(YuzhongProcess.KEY).finished().list().stream()
        .filter(pi -> YuzhongProcess.EVENT_CONSULTATION_COMPLETED.equals(pi.getEndActivityId())).findFirst().orElseThrow();
    long resultAt = engine.getHistoryService().createHistoricActivityInstanceQuery().processInstanceId(fullRun.getId())
        .activityId(YuzhongProcess.CALL_PUBLISH_RESULT).list().stream().mapToLong(a -> a.getStartTime().getTime()).min().orElseThrow();
    double toResult = Figures.days((resultAt - fullRun.getStartTime().getTime()) / 86_400_000.0);
    double toCompletion = Figures.days((fullRun.getEndTime().getTime() - fullRun.getStartTime().getTime()) / 86_400_000.0);

    assertThat(rows(report("yuzhong-supervisor"), MatterTables.DURATIONS)).containsExactly(
        List.of(YUZHONG, 1L, toResult, toResult, 1L, toCompletion, toCompletion),
        List.of(MatterTables.TOTAL, 1L, toResult, toResult, 1L, toCompletion, toCompletion));
    assertThat(toResult).isPositive();
  }

  @Test
  void onlineTopicsReceivedAdmittedAndDeclined() {
    assertThat(rows(report("yuzhong-supervisor"), MatterTables.ONLINE_TOPICS))
        .containsExactly(List.of("网上议事厅", 3L, 1L, 1L, 1L));
    assertThat(rows(report("kenli-supervisor"), MatterTables.ONLINE_TOPICS))
        .containsExactly(List.of("网上议事厅", 0L, 0L, 0L, 0L));
  }

  @Test
  void partyOrganisationsCompletionAndPartyMembersTasksWithoutWeightsShowNoWeightedFigure() {
    StatisticsReport kenli = report("kenli-supervisor");

    // 堡垒指数: 杨庙社区党委 led the parking matter, closed on time, residents satisfied
    assertThat(rows(kenli, PartyIndexTables.FORTRESS)).containsExactly(
        Arrays.asList("杨庙社区党委", "社区", 1L, 1L, 100.0, 1L, 100.0, 1L, 100.0, null));
    // 先锋指数: the party members who led its tasks (定 twice, 议 once), all on time
    assertThat(rows(kenli, PartyIndexTables.VANGUARD)).containsExactlyInAnyOrder(
        Arrays.asList("杨志强（杨庙社区党委书记）", "杨庙社区党委", 2L, 2L, 2L, 100.0, 1L, null),
        Arrays.asList("刘春生（杨庙社区党群议事会）", "杨庙社区党委", 1L, 1L, 1L, 100.0, 1L, null));
    assertThat(kenli.table(PartyIndexTables.FORTRESS).orElseThrow().note()).contains("尚未在决策表 kenli-party-index-weights 中填写");
    // another district's supervisor does not get these tables at all
    assertThat(report("yuzhong-supervisor").table(PartyIndexTables.FORTRESS)).isEmpty();
    assertThat(report("yuzhong-supervisor").table(PartyIndexTables.VANGUARD)).isEmpty();
  }

  @Test
  void theDistrictsWeightsGiveTheWeightedFigureAndNothingElseDoes() throws java.io.IOException {
    String shipped = java.nio.file.Files.readString(java.nio.file.Path.of("processes", "kenli-party-index-weights.dmn"));
    try {
      // given 垦利区 weights its inputs (the administrator fills the table in Modeler and redeploys)
      String[] weights = {"0.4", "0.3", "0.3", "1", "0.5", "2"};
      String weighted = shipped;
      for (String weight : weights) {
        weighted = weighted.replaceFirst("<text></text>", "<text>" + weight + "</text>");
      }
      deployWeights(weighted);

      // then
      StatisticsReport kenli = report("kenli-supervisor");
      assertThat(rows(kenli, PartyIndexTables.FORTRESS).get(0).get(9)).isEqualTo(100.0); // 0.4×100 + 0.3×100 + 0.3×100
      assertThat(rows(kenli, PartyIndexTables.VANGUARD)).extracting(row -> row.get(7))
          .containsExactlyInAnyOrder(54.0, 53.0); // 1×2 + 0.5×100 + 2×1, 1×1 + 0.5×100 + 2×1
      assertThat(kenli.table(PartyIndexTables.FORTRESS).orElseThrow().note())
          .contains("加权值 = 0.4 × 办结率 + 0.3 × 按期办结率 + 0.3 × 居民满意率");

      // an indicator the report does not know gives no weighted figure, and says why
      deployWeights(weighted.replace("\"居民满意率\"", "\"群众口碑\""));
      StatisticsReport unknown = report("kenli-supervisor");
      assertThat(rows(unknown, PartyIndexTables.FORTRESS).get(0).get(9)).isNull();
      assertThat(unknown.table(PartyIndexTables.FORTRESS).orElseThrow().note()).contains("“群众口碑”不是堡垒指数的指标");
    } finally {
      deployWeights(shipped);
    }
  }

  private void deployWeights(String table) {
    engine.getRepositoryService().createDeployment().name(PartyIndexWeights.DECISION)
        .addString("processes/kenli-party-index-weights.dmn", table).deploy();
  }

  @Test
  void aStreetOfficeSeesItsStreetOnly() {
    assertThat(rows(report("binjiang-office"), MatterTables.STATUSES)).contains(List.of(HAIMEN, 1L, 0L, 1L, 0L, 0L));
    StatisticsReport otherStreet = report("haimenjd-office");
    assertThat(rows(otherStreet, MatterTables.STATUSES)).contains(List.of(HAIMEN, 1L, 1L, 0L, 0L, 0L));
    assertThat(rows(otherStreet, MatterTables.MEETINGS)).contains(List.of(MatterTables.TOTAL, 0L));
    assertThat(rows(otherStreet, OutcomeTables.RESULTS)).containsExactly(Arrays.asList(MatterTables.TOTAL, 0L, 0L, 0L, 0L, 0L, null));
    assertThat(rows(report("haimen-supervisor"), MatterTables.STATUSES)).contains(List.of(HAIMEN, 2L, 1L, 1L, 0L, 0L));
  }

  @Test
  void noFigureOfAnotherDistrictReachesADistrictsSupervisor() {
    StatisticsReport yuzhong = report("yuzhong-supervisor");
    assertThat(yuzhong.tables()).flatExtracting(Table::rows).flatExtracting(row -> row)
        .doesNotContain(HAIMEN, ConsultationModel.KENLI.label(), "沧州市消防救援支队", "垦利区物业公司");
    StatisticsScope otherModel = access.scope("yuzhong-supervisor", null, ConsultationModel.KENLI.matterKey(), null, null);
    assertThat(rows(statistics.report(otherModel.filter()), MatterTables.STATUSES))
        .containsExactly(List.of(ConsultationModel.KENLI.label(), 0L, 0L, 0L, 0L, 0L), List.of(MatterTables.TOTAL, 0L, 0L, 0L, 0L, 0L));
  }

  @Test
  void theAdministratorSeesEveryDistrict() {
    assertThat(rows(report("admin"), MatterTables.STATUSES)).containsExactly(
        List.of(YUZHONG, 5L, 3L, 1L, 1L, 0L), List.of(HAIMEN, 2L, 1L, 1L, 0L, 0L),
        List.of(ConsultationModel.KENLI.label(), 1L, 0L, 1L, 0L, 0L), List.of(ConsultationModel.CANGZHOU.label(), 1L, 0L, 1L, 0L, 0L),
        List.of(ConsultationModel.DONGCHENG.label(), 1L, 0L, 1L, 0L, 0L), List.of(MatterTables.TOTAL, 10L, 4L, 5L, 1L, 0L));
  }

  @Test
  void filtersNarrowToAUnitAModelAndAPeriod() {
    assertThat(rows(report("yuzhong-supervisor", "jiaochangkou", null, null), MatterTables.STATUSES))
        .contains(List.of(YUZHONG, 2L, 1L, 0L, 1L, 0L));
    assertThat(rows(report("yuzhong-supervisor", null, "2026-11-01", "2026-11-30"), MatterTables.STATUSES))
        .contains(List.of(YUZHONG, 4L, 3L, 1L, 0L, 0L));
    assertThat(rows(report("yuzhong-supervisor", null, "2026-10-01", "2026-10-31"), MatterTables.MEETINGS))
        .contains(List.of(MatterTables.TOTAL, 0L));
  }

  @Test
  void aUnitOutsideTheUsersTenantsOrAMalformedFilterIsRefused() {
    assertThatThrownBy(() -> access.scope("yuzhong-supervisor", "lijing", null, null, null))
        .isInstanceOfSatisfying(StatisticsRefused.class, e -> assertThat(e.status().value()).isEqualTo(403));
    assertThatThrownBy(() -> access.scope("jiefangbei-office", "yuzhong", null, null, null))
        .isInstanceOfSatisfying(StatisticsRefused.class, e -> assertThat(e.status().value()).isEqualTo(403));
    assertThatThrownBy(() -> access.scope("yuzhong-supervisor", "nowhere", null, null, null))
        .isInstanceOfSatisfying(StatisticsRefused.class, e -> assertThat(e.status().value()).isEqualTo(400));
    assertThatThrownBy(() -> access.scope("yuzhong-supervisor", null, null, "2026-13-01", null))
        .hasMessageContaining("年-月-日");
    assertThatThrownBy(() -> access.scope("yuzhong-supervisor", null, null, "2026-11-30", "2026-11-01"))
        .hasMessageContaining("结束日期不能早于开始日期");
    assertThatThrownBy(() -> access.scope("yuzhong-supervisor", null, "no-such-model", null, null))
        .hasMessageContaining("没有这种协商模式");
  }

  @Test
  void theRowsKeptAsMattersProgressedAreThoseTheWholeHistoryGives() {
    StatisticsReport kept = report("admin");

    reportingRows.rebuild();

    assertThat(report("admin")).isEqualTo(kept);
  }

  @Test
  void whoMayOpenTheStatistics() {
    assertThat(List.of("yuzhong-supervisor", "yuzhong-civil", "jiefangbei-office", "jiefangbei-supervisor", "admin"))
        .allMatch(access::mayOpen);
    assertThat(List.of("minzulu-staff", "minzulu-secretary", "jiefangbei-property", "yuzhong-expert")).noneMatch(access::mayOpen);
  }

  StatisticsReport report(String user) {
    return report(user, null, null, null);
  }

  StatisticsReport report(String user, String unit, String from, String to) {
    return statistics.report(access.scope(user, unit, null, from, to).filter());
  }

  static List<List<Object>> rows(StatisticsReport report, String table) {
    return report.table(table).orElseThrow().rows();
  }

  /** Three topics raised online in 民族路社区 (a test-only online-topic process): admitted, declined, waiting. */
  private void onlineTopics() {
    TestProcesses.deploy(engine, Bpmn.createExecutableProcess(MeetingFigures.ONLINE_TOPIC_KEY).camundaHistoryTimeToLive(1)
        .startEvent("Event_TopicReceived").userTask("Task_AcceptTopic").camundaCandidateGroups("committee-staff")
        .endEvent("Event_TopicDecided").done());
    for (Boolean admitted : new Boolean[] {true, false, null}) {
      ProcessInstance topic = engine.getRuntimeService().startProcessInstanceByKey(MeetingFigures.ONLINE_TOPIC_KEY,
          Map.of("communityId", "minzulu"));
      if (admitted != null) {
        String task = engine.getTaskService().createTaskQuery().processInstanceId(topic.getId()).singleResult().getId();
        engine.getTaskService().complete(task, Map.of(MeetingFigures.TOPIC_ADMITTED, admitted));
      }
    }
  }
}
