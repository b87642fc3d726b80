package com.civicflow.consultation.points;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;

import com.civicflow.consultation.ProcessTest;
import com.civicflow.consultation.ProcessTestSupport;
import com.civicflow.consultation.drive.EngineSteps;
import com.civicflow.consultation.drive.Steps;
import com.civicflow.consultation.kenli.KenliFullRun;
import com.civicflow.consultation.matter.InvalidSubmissionException;
import com.civicflow.consultation.statistics.ConsultationModel;
import com.civicflow.consultation.statistics.Statistics;
import com.civicflow.consultation.statistics.StatisticsFilter;
import com.civicflow.consultation.statistics.Table;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * 垦利 治理积分: earned by a 垦利 matter (建言献策 when the topic a resident raised is admitted, 议事协商 for the interested
 * parties of its meeting — once per matter, person and kind), recorded by the community's staff in {@code kenli-points}
 * (志愿服务 by the table {@code kenli-points-rules}, 兑换 never below zero, the personal code shown once).
 */
@ProcessTest
class KenliPointsTest extends ProcessTestSupport {

  static final String COMMUNITY = "yangmiao";
  static final String STAFF = "yangmiao-staff";

  @Autowired PointsLedger ledger;
  @Autowired PointsRules rules;
  @Autowired JdbcTemplate jdbc;
  @Autowired Statistics statistics;
  @Autowired com.civicflow.consultation.privacy.PersonalDataErasure erasure;
  EngineSteps steps;

  @BeforeEach
  void staff() {
    steps = new EngineSteps(processEngine);
    ClockUtil.setCurrentTime(Steps.beijing("2026-11-23T09:00"));
  }

  // --- earned by the matter ------------------------------------------------------------------------

  @Test
  void theResidentWhoRaisedAnAdmittedTopicEarnsSuggestionPointsOnce() {
    // given a topic raised by a resident
    ProcessInstance matter = startMatter("居民孟繁荣", "物业服务和环境整治");

    // then admitting it (五议：议) earns 建言献策 with the table's points and the matter's number
    assertThat(matter).isWaitingAt("Task_FixParticipants");
    PointsLedger.Account account = ledger.find(COMMUNITY, "孟繁荣").orElseThrow();
    assertThat(account.balance()).isEqualTo(rules.points(PointsKind.SUGGESTION, null, 0)).isEqualTo(5);
    assertThat(ledger.entries(account, 10)).singleElement().satisfies(e -> {
      assertThat(e.kind()).isEqualTo("建言献策");
      assertThat(e.matter()).isEqualTo(matter.getBusinessKey());
      assertThat(e.recordedBy()).isEqualTo(PointsLedger.SYSTEM);
    });
    assertThat(account.hasCode()).as("a code is issued by staff, not by the matter").isFalse();
  }

  @Test
  void aTopicNotAdmittedEarnsNothingAndStaffRaisingATopicEarnNothing() {
    startMatter("居民魏德明", "个人私事、不涉及公共利益");
    startMatter("网格员崔霞", "物业服务和环境整治");
    assertThat(ledger.find(COMMUNITY, "魏德明")).isEmpty();
    assertThat(ledger.find(COMMUNITY, "崔霞")).isEmpty();
  }

  @Test
  void theInterestedPartiesOfTheMeetingEarnConsultationPointsOnceAcrossRounds() {
    // given a shop the community's ledger knows, and a matter whose meeting names it, a resident, a unit and a grid worker
    ledger.open(COMMUNITY, "张记面馆", PointsProcess.SHOP);
    ProcessInstance matter = startMatter("网格员崔霞", "物业服务和环境整治");
    Map<String, Object> participants = new HashMap<>(KenliFullRun.participants());
    participants.put("interestedParties", "居民钱桂芝（3号院）\n张记面馆\n垦利区物业公司\n网格员崔霞");
    complete(task("Task_FixParticipants", matter), participants);

    // when the meeting is held, and held again in a second round (再议)
    complete(task("Task_HoldMeeting", matter), withVariables("meetingMinutes", "第一轮", "meetingOutcome", "再议"));
    complete(task("Task_FixParticipants", matter), participants);
    complete(task("Task_HoldMeeting", matter), withVariables("meetingMinutes", "第二轮", "meetingOutcome", "再议"));

    // then the resident and the shop earned 议事协商 once; the unit and the grid worker nothing
    assertThat(ledger.find(COMMUNITY, "钱桂芝").orElseThrow().balance()).isEqualTo(3);
    assertThat(ledger.find(COMMUNITY, "张记面馆").orElseThrow().balance()).isEqualTo(3);
    assertThat(ledger.find(COMMUNITY, "垦利区物业公司")).isEmpty();
    assertThat(ledger.find(COMMUNITY, "崔霞")).isEmpty();
    assertThat(entries(matter.getBusinessKey())).isEqualTo(2);
  }

  @Test
  void anEarningWrittenBeforeIsNotWrittenAgain() {
    PointsLedger.Account account = ledger.open(COMMUNITY, "周玉梅", PointsProcess.RESIDENT);
    assertThat(ledger.earn(account, PointsKind.SUGGESTION, 5, "YANGMIAO-2026-0999", "x", "key-1", "系统").written()).isTrue();
    PointsLedger.Recorded again = ledger.earn(account, PointsKind.SUGGESTION, 5, "YANGMIAO-2026-0999", "x", "key-1", "系统");
    assertThat(again.written()).isFalse();
    assertThat(again.balance()).isEqualTo(5);
    assertThatThrownBy(() -> ledger.earn(account, PointsKind.REDEMPTION, 5, null, "x", "key-2", "系统"))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void theHoldersOfAMattersWordsAreResidentsAndKnownShopsNotStaffOrUnits() {
    assertThat(PointsHolders.in("居民王秀兰（3号院）、张记面馆；社区书记杨志强\n物业公司\n律师薛某某\n\n李大爷", "张记面馆"::equals))
        .containsExactly("王秀兰", "张记面馆", "李大爷");
    assertThat(PointsHolders.in(null, h -> true)).isEmpty();
  }

  // --- recorded by staff in Tasklist --------------------------------------------------------------

  @Test
  void volunteerServiceEarnsTheTablesPointsAndTheFirstRecordIssuesACodeShownOnce() {
    // when the community's staff record 2 hours of 关爱帮扶 for a new resident
    ProcessInstance record = steps.start(STAFF, PointsProcess.KEY, volunteer("吴淑珍", "关爱帮扶", 2));

    // then 3 points an hour, and a new code in the staff member's receipt
    assertThat(record).isWaitingAt(PointsProcess.TASK_RECEIPT);
    assertThat(task(PointsProcess.TASK_RECEIPT, record)).isAssignedTo(STAFF);
    assertThat(variable(record, "pointsRecorded")).isEqualTo(6L);
    assertThat(variable(record, "pointsBalance")).isEqualTo(6L);
    String code = (String) variable(record, "pointsCode");
    assertThat(code).matches("JF-[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{4}");
    assertThat(ledger.byCode(COMMUNITY, code.toLowerCase().replace("-", "")).orElseThrow().holder()).isEqualTo("吴淑珍");
    assertThat(ledger.byCode("dongjishequ", code)).as("another community's board").isEmpty();
    assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM cc_points_account WHERE code_hash_ = ?", Integer.class, code))
        .as("only the digest is kept").isZero();

    // when the receipt is completed without saying the code was handed over, it is refused
    assertThatThrownBy(() -> steps.complete(STAFF, record.getBusinessKey(), PointsProcess.TASK_RECEIPT,
        Map.of("pointsCodeHandedOver", false))).satisfies(refusedWith("已将积分码交给本人"));
    steps.complete(STAFF, record.getBusinessKey(), PointsProcess.TASK_RECEIPT, Map.of("pointsCodeHandedOver", true));

    // then the record ends and the code is nowhere in the history
    assertThat(record).hasPassed(PointsProcess.TASK_FORGET_CODE).isEnded();
    assertThat(processEngine.getHistoryService().createHistoricVariableInstanceQuery().processInstanceId(record.getId())
        .variableName("pointsCode").includeDeleted().count()).isZero();
    for (String table : List.of("ACT_HI_VARINST", "ACT_HI_DETAIL", "ACT_RU_VARIABLE")) {
      assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM " + table + " WHERE TEXT_ = ?", Integer.class, code)).as(table).isZero();
    }
    assertThat(ledger.byCode(COMMUNITY, code)).isPresent();
  }

  @Test
  void aRedemptionTakesPointsAndOneBeyondTheBalanceIsRefusedWithNothingChanged() {
    // given a resident with 6 points
    recorded(volunteer("冯国栋", "关爱帮扶", 2));

    // when staff record a redemption of 4 points
    ProcessInstance redeemed = steps.start(STAFF, PointsProcess.KEY, redemption("冯国栋", "洗衣液一瓶", 4));

    // then 2 are left, and no new code (the resident has one)
    assertThat(variable(redeemed, "pointsRecorded")).isEqualTo(-4L);
    assertThat(variable(redeemed, "pointsBalance")).isEqualTo(2L);
    assertThat(variable(redeemed, "pointsCode")).isNull();
    steps.complete(STAFF, redeemed.getBusinessKey(), PointsProcess.TASK_RECEIPT, Map.of());

    // when a redemption of 3 points is recorded, it is refused and nothing changes
    long instances = processEngine.getHistoryService().createHistoricProcessInstanceQuery().processDefinitionKey(PointsProcess.KEY).count();
    assertThatThrownBy(() -> steps.start(STAFF, PointsProcess.KEY, redemption("冯国栋", "理发一次", 3)))
        .satisfies(refusedWith("积分余额为 2 分，不足以兑换 3 分"));
    PointsLedger.Account account = ledger.find(COMMUNITY, "冯国栋").orElseThrow();
    assertThat(account.balance()).isEqualTo(2);
    assertThat(ledger.entries(account, 10)).extracting(PointsLedger.Entry::points).containsExactlyInAnyOrder(6L, -4L);
    assertThat(processEngine.getHistoryService().createHistoricProcessInstanceQuery().processDefinitionKey(PointsProcess.KEY).count())
        .isEqualTo(instances);

    // and a redemption for somebody the ledger does not know is refused too
    assertThatThrownBy(() -> steps.start(STAFF, PointsProcess.KEY, redemption("查无此人", "理发一次", 1)))
        .satisfies(refusedWith("积分台账中没有“查无此人”"));
  }

  @Test
  void aNewCodeReplacesTheOldOne() {
    String first = recorded(volunteer("郑小燕", "环境整治", 1));
    ProcessInstance issued = steps.start(STAFF, PointsProcess.KEY, Map.of("communityId", COMMUNITY, "pointsKind", "发放积分码",
        "pointsHolder", "郑小燕"));
    String second = (String) variable(issued, "pointsCode");
    assertThat(variable(issued, "pointsReceipt").toString()).contains("原积分码作废").contains("当前积分余额 2 分");
    assertThat(ledger.byCode(COMMUNITY, first)).isEmpty();
    assertThat(ledger.byCode(COMMUNITY, second)).isPresent();
  }

  @Test
  void onlyTheCommunitysCommitteeStaffRecordAndBadInputIsRefused() {
    assertThatThrownBy(() -> steps.start("yangmiao-grid", PointsProcess.KEY, volunteer("何秀英", "环境整治", 1)))
        .satisfies(refusedWith("只能由社区“两委”/居委会工作人员或社区党组织书记登记"));
    Map<String, Object> tooLong = volunteer("何秀英", "环境整治", 25);
    assertThatThrownBy(() -> steps.start(STAFF, PointsProcess.KEY, tooLong)).satisfies(refusedWith("服务时长"));
    Map<String, Object> future = volunteer("何秀英", "环境整治", 1);
    future.put("serviceDate", "2099-01-01");
    assertThatThrownBy(() -> steps.start(STAFF, PointsProcess.KEY, future)).satisfies(refusedWith("不能晚于今天"));
    assertThat(ledger.find(COMMUNITY, "何秀英")).isEmpty();
  }

  @Test
  void thePointsTableGivesEachKindItsPoints() {
    assertThat(rules.points(PointsKind.CONSULTATION, null, 0)).isEqualTo(3);
    assertThat(rules.points(PointsKind.VOLUNTEERING, "环境整治", 3)).isEqualTo(6);
    assertThat(rules.points(PointsKind.VOLUNTEERING, "平安巡逻", 1)).isEqualTo(2);
    assertThat(rules.points(PointsKind.VOLUNTEERING, "文明宣传", 2)).isEqualTo(4);
    assertThat(rules.points(PointsKind.VOLUNTEERING, "其他", 4)).isEqualTo(4);
    assertThatThrownBy(() -> rules.points(PointsKind.REDEMPTION, null, 0)).satisfies(refusedWith("没有“兑换”的规则"));
  }

  // --- statistics ------------------------------------------------------------------------------------

  @Test
  void theStatisticsShowEachCommunitysPointsByKindRedeemedAndNet() {
    // given points recorded on one day in two 垦利 communities
    ClockUtil.setCurrentTime(Steps.beijing("2031-03-03T10:00"));
    PointsLedger.Account resident = ledger.open(COMMUNITY, "统计测试甲", PointsProcess.RESIDENT);
    ledger.earn(resident, PointsKind.SUGGESTION, 5, "YANGMIAO-2031-0001", "", "stat-1", PointsLedger.SYSTEM);
    ledger.earn(resident, PointsKind.VOLUNTEERING, 6, null, "", "stat-2", STAFF);
    ledger.redeem(resident, 4, "兑换", "stat-3", STAFF);
    ledger.earn(ledger.open("dongjishequ", "统计测试乙", PointsProcess.SHOP), PointsKind.CONSULTATION, 3, "DONGJISHEQU-2031-0001",
        "", "stat-4", PointsLedger.SYSTEM);
    Instant from = Steps.beijing("2031-03-03T00:00").toInstant();
    Instant to = Steps.beijing("2031-03-04T00:00").toInstant();

    // when the statistics of that day are asked for 垦利's model
    Table table = statistics.report(new StatisticsFilter(List.of(COMMUNITY, "dongjishequ", "minzulu"),
        List.of(ConsultationModel.KENLI), from, to)).table("points").orElseThrow();

    // then a row per community: 建言献策, 议事协商, 志愿服务 earned, 兑换 redeemed, net; and the total
    assertThat(table.columns()).containsExactly("社区", "建言献策", "议事协商", "志愿服务", "兑换", "净增");
    assertThat(table.rows()).hasSize(3);
    assertThat(table.rows().get(0).get(0).toString()).contains("董集社区");
    assertThat(table.rows().get(0).subList(1, 6)).containsExactly(0L, 3L, 0L, 0L, 3L);
    assertThat(table.rows().get(1).get(0).toString()).contains("杨庙社区");
    assertThat(table.rows().get(1).subList(1, 6)).containsExactly(5L, 0L, 6L, 4L, 7L);
    assertThat(table.rows().get(2)).containsExactly("合计", 5L, 3L, 6L, 4L, 10L);
    // and no such table for another model, nor for a scope without a district that runs 垦利's model
    assertThat(statistics.report(new StatisticsFilter(List.of(COMMUNITY), List.of(ConsultationModel.YUZHONG), from, to))
        .table("points")).isEmpty();
    assertThat(statistics.report(new StatisticsFilter(List.of("minzulu"), List.of(ConsultationModel.KENLI), from, to))
        .table("points")).isEmpty();
  }

  // -------------------------------------------------------------------------------------------------

  /** Records and hands over the receipt; returns the code the record issued. */
  private String recorded(Map<String, Object> record) {
    ProcessInstance instance = steps.start(STAFF, PointsProcess.KEY, record);
    String code = (String) variable(instance, "pointsCode");
    steps.complete(STAFF, instance.getBusinessKey(), PointsProcess.TASK_RECEIPT, Map.of("pointsCodeHandedOver", true));
    return code;
  }

  static Map<String, Object> volunteer(String holder, String type, long hours) {
    return new HashMap<>(Map.of("communityId", COMMUNITY, "pointsKind", "志愿服务", "pointsHolder", holder,
        "pointsHolderKind", "居民", "serviceType", type, "serviceHours", hours, "serviceDate", "2026-11-22",
        "serviceNote", "小区楼道清理"));
  }

  static Map<String, Object> redemption(String holder, String item, long points) {
    return new HashMap<>(Map.of("communityId", COMMUNITY, "pointsKind", "兑换", "pointsHolder", holder,
        "redemptionItem", item, "redemptionPoints", points));
  }

  private ProcessInstance startMatter(String raisedBy, String catalogueItem) {
    ProcessInstance matter = processEngine.getRuntimeService().startProcessInstanceByKey("kenli-eight-step",
        Map.of("communityId", COMMUNITY, "topicChannel", "网格员", "topic", "楼道堆物清理", "topicDescription", "楼道堆放杂物",
            "raisedBy", raisedBy, "consultationLevel", "社区"));
    complete(task("Task_ScreenTopic", matter), withVariables("catalogueItem", catalogueItem, "screeningNote", "对照协商目录审核"));
    return matter;
  }

  private int entries(String matter) {
    return jdbc.queryForObject("SELECT COUNT(*) FROM cc_points_entry WHERE matter_ = ?", Integer.class, matter);
  }

  private Object variable(ProcessInstance instance, String name) {
    return processEngine.getRuntimeService().getVariable(instance.getId(), name);
  }

  static org.assertj.core.api.ThrowingConsumer<Throwable> refusedWith(String text) {
    return thrown -> {
      Throwable cause = thrown;
      while (cause != null && !(cause instanceof InvalidSubmissionException)) {
        cause = cause.getCause();
      }
      assertThat(cause).as("refused on the server: " + thrown).isNotNull();
      assertThat(cause.getMessage()).contains(text);
    };
  }

  // --- personal data ---------------------------------------------------------------------------------

  @Test
  void erasingAPersonsDataErasesTheirNameFromTheLedgerAndKeepsEachAccountsPoints() {
    // given two residents of one community with points, a staff note naming the first
    PointsLedger.Account first = ledger.open(COMMUNITY, "删除测试甲", PointsProcess.RESIDENT);
    PointsLedger.Account second = ledger.open(COMMUNITY, "删除测试乙", PointsProcess.RESIDENT);
    ledger.earn(first, PointsKind.VOLUNTEERING, 4, null, "删除测试甲参加环境整治", "erase-1", STAFF);
    ledger.earn(second, PointsKind.VOLUNTEERING, 2, null, "", "erase-2", STAFF);
    var person = new com.civicflow.consultation.privacy.Person("删除测试甲", java.util.List.of());

    // when an administrator looks the first up, then erases both, one after the other
    var found = erasure.find(person);
    erasure.erase(person, "admin");
    erasure.erase(new com.civicflow.consultation.privacy.Person("删除测试乙", java.util.List.of()), "admin");

    // then the ledger held the name in the account and in the note, and holds it nowhere now
    assertThat(found.places()).containsEntry("治理积分账户（垦利）", 1).containsEntry("治理积分记录（垦利）", 1);
    assertThat(ledger.find(COMMUNITY, "删除测试甲")).isEmpty();
    assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM cc_points_account a JOIN cc_points_entry e ON e.account_id_ = a.id_"
        + " WHERE a.holder_ LIKE '%删除测试%' OR e.note_ LIKE '%删除测试%'", Long.class)).isZero();
    // and both accounts keep their balances under distinct erased names
    assertThat(jdbc.queryForList("SELECT balance_ FROM cc_points_account WHERE id_ IN (?, ?) ORDER BY balance_", Long.class,
        first.id(), second.id())).containsExactly(2L, 4L);
    assertThat(jdbc.queryForList("SELECT holder_ FROM cc_points_account WHERE id_ IN (?, ?)", String.class, first.id(),
        second.id())).allMatch(holder -> holder.startsWith("〔已删除〕#")).doesNotHaveDuplicates();
  }
}
