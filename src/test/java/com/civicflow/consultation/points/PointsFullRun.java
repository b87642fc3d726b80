package com.civicflow.consultation.points;

import static org.assertj.core.api.Assertions.assertThat;

import com.civicflow.consultation.drive.Steps;
import java.util.Map;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * 治理积分 in 垦利's full run ({@code KenliFullRun}), after its matter: the resident who raised the topic earned 建言献策,
 * the resident at the meeting 议事协商; 杨庙社区's staff record her volunteer service in Tasklist, issue her a code
 * (the receipt shows it once) and record a redemption. Through {@link Steps}: in the test thread on H2, and through REST with
 * the job executor on PostgreSQL (PostgresIT).
 */
public final class PointsFullRun {

  public static final String RAISED_BY = "居民王秀兰（3号院）";
  public static final String RESIDENT_AT_MEETING = "居民刘桂香";
  static final String STAFF = "yangmiao-staff";

  private PointsFullRun() {}

  /** Returns the code 王秀兰 was given. */
  public static String run(Steps steps, String matterNumber) {
    JdbcTemplate jdbc = new JdbcTemplate(((ProcessEngineConfigurationImpl) steps.engine().getProcessEngineConfiguration())
        .getDataSource());
    assertThat(points(jdbc, "王秀兰", "建言献策", matterNumber)).as("建言献策 for the topic she raised").isEqualTo(5);
    assertThat(points(jdbc, "刘桂香", "议事协商", matterNumber)).as("议事协商 for the meeting she took part in").isEqualTo(3);

    long before = balance(jdbc);
    ProcessInstance volunteered = steps.start(STAFF, PointsProcess.KEY, Map.of("communityId", "yangmiao", "pointsKind", "志愿服务",
        "pointsHolder", "王秀兰", "serviceType", "环境整治", "serviceHours", 2, "serviceDate", "2026-11-22",
        "serviceNote", "3号院消防通道清理"));
    steps.complete(STAFF, volunteered.getBusinessKey(), PointsProcess.TASK_RECEIPT, Map.of("pointsCodeHandedOver", true));
    assertThat(balance(jdbc)).as("2 hours of 环境整治").isEqualTo(before + 4);

    ProcessInstance issued = steps.start(STAFF, PointsProcess.KEY, Map.of("communityId", "yangmiao", "pointsKind", "发放积分码",
        "pointsHolder", "王秀兰"));
    String code = (String) steps.engine().getRuntimeService().getVariable(issued.getId(), "pointsCode");
    assertThat(code).as("the receipt shows her new code").startsWith("JF-");
    steps.complete(STAFF, issued.getBusinessKey(), PointsProcess.TASK_RECEIPT, Map.of("pointsCodeHandedOver", true));

    ProcessInstance redeemed = steps.start(STAFF, PointsProcess.KEY, Map.of("communityId", "yangmiao", "pointsKind", "兑换",
        "pointsHolder", "王秀兰", "redemptionItem", "洗衣液一瓶", "redemptionPoints", 6));
    steps.complete(STAFF, redeemed.getBusinessKey(), PointsProcess.TASK_RECEIPT, Map.of());

    assertThat(balance(jdbc)).isEqualTo(before + 4 - 6);
    assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM cc_points_account WHERE code_hash_ = ?", Integer.class,
        PointsCodes.digest(code))).isEqualTo(1);
    assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM ACT_HI_VARINST WHERE TEXT_ = ?", Integer.class, code))
        .as("the code left the history once handed over").isZero();
    return code;
  }

  private static long balance(JdbcTemplate jdbc) {
    return jdbc.queryForObject("SELECT balance_ FROM cc_points_account WHERE tenant_id_ = 'yangmiao' AND holder_ = '王秀兰'",
        Long.class);
  }

  private static long points(JdbcTemplate jdbc, String holder, String kind, String matter) {
    return jdbc.queryForObject("SELECT COALESCE(SUM(e.points_), 0) FROM cc_points_entry e JOIN cc_points_account a ON a.id_ = e.account_id_"
        + " WHERE a.tenant_id_ = 'yangmiao' AND a.holder_ = ? AND e.kind_ = ? AND e.matter_ = ?", Long.class, holder, kind, matter);
  }
}
