package com.civicflow.consultation.haimen;

import com.civicflow.consultation.TestUsers;
import static com.civicflow.consultation.haimen.CouncilElection.*;

import com.civicflow.consultation.drive.EngineSteps;
import com.civicflow.consultation.drive.Steps;
import com.civicflow.consultation.matter.Submission;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.spin.Spin;
import org.camunda.spin.plugin.variable.SpinValues;
import org.camunda.spin.plugin.variable.value.JsonValue;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;

/**
 * One complete 三推两选一票决一公示 in 三南社区, each step by its user: three nominations,
 * two screenings, a clean ballot for 3 seats, the public notice running out, the council group replaced.
 */
public final class CouncilElectionFullRun {

  private CouncilElectionFullRun() {}

  public static void run(ProcessEngine engine) {
    run(new EngineSteps(engine));
  }

  /** Runs the election; returns its number. */
  public static String run(Steps steps) {
    try {
      return elect(steps);
    } finally {
      steps.reset();
    }
  }

  private static String elect(Steps steps) {
    ProcessEngine engine = steps.engine();
    String pi = steps.start("sannan-staff", KEY, Map.of("communityId", "sannan", "seats", 3L)).getBusinessKey();
    // 三推荐, each entered by its own side: the 两委's staff, the 业主委员会's representative, the party secretary
    steps.complete("sannan-staff", pi, TASK_NOMINATE_BY_COMMITTEES, nomination("三南社区“两委”联席会议", "张建国",
        "sannan-council"));
    steps.complete("sannan-owners", pi, TASK_NOMINATE_BY_OWNERS, nomination("三南花园业主委员会", "李秀兰", "sannan-grid"));
    steps.complete("sannan-secretary", pi, TASK_NOMINATE_BY_MEMBERS, nomination("三南社区党员群众推荐会", "王大海",
        "sannan-staff"));
    // 两筛选: the committees jointly (staff record, the party secretary confirms), then the street's party committee
    steps.complete("sannan-staff", pi, TASK_SCREEN_BY_COMMITTEES, Map.of("strikes", chosen("王大海"),
        "strikeReason", "户籍不在本社区"));
    steps.complete("sannan-secretary", pi, TASK_CONFIRM_SCREENING, Map.of("screeningDecision", "confirmed"));
    steps.complete("binjiang-party", pi, TASK_SCREEN_BY_PARTY, Map.of());
    steps.complete("sannan-staff", pi, TASK_SECRET_BALLOT, Map.of("ballotMeeting", "村（居）民代表会议", "ballotsCast", 100,
        "ballotRows", tally("茅建华 30\n张建国 60\n李秀兰 20\n袁梅 80\n季晓燕 70")));
    steps.passTimer(pi, "Timer_NoticePeriod");
    if (engine.getRuntimeService().createProcessInstanceQuery().processInstanceBusinessKey(pi).count() != 0) {
      throw new AssertionError("选举应已结束");
    }
    List<String> members = engine.getIdentityService().createUserQuery().memberOfGroup(CouncilGroups.groupId("sannan"))
        .orderByUserId().asc().list().stream().map(u -> u.getId()).toList();
    if (!members.equals(List.of("sannan-grid", "sannan-secretary", "sannan-staff"))) {
      throw new AssertionError("理事会成员应为当选的系统用户和名誉理事长，实际为 " + members);
    }
    return pi;
  }

  /**
   * An election whose result notice draws an objection the committee upholds: the party secretary strikes the member
   * and the next eligible candidate (more than half of the ballots) takes the seat; the council stays as the full
   * run elected it. Returns the election's number.
   */
  public static String objectionStrikesAMember(Steps steps) {
    try {
      String pi = steps.start("sannan-staff", KEY, Map.of("communityId", "sannan", "seats", 3L)).getBusinessKey();
      steps.complete("sannan-staff", pi, TASK_NOMINATE_BY_COMMITTEES, nomination("三南社区“两委”联席会议", "张建国",
          "sannan-council"));
      steps.complete("sannan-owners", pi, TASK_NOMINATE_BY_OWNERS, nomination("三南花园业主委员会", "李秀兰", "sannan-grid"));
      steps.complete("sannan-secretary", pi, TASK_NOMINATE_BY_MEMBERS, nomination("三南社区党员群众推荐会", "", "sannan-staff"));
      steps.complete("sannan-staff", pi, TASK_SCREEN_BY_COMMITTEES, Map.of());
      steps.complete("sannan-secretary", pi, TASK_CONFIRM_SCREENING, Map.of("screeningDecision", "confirmed"));
      steps.complete("binjiang-party", pi, TASK_SCREEN_BY_PARTY, Map.of());
      steps.complete("sannan-staff", pi, TASK_SECRET_BALLOT, Map.of("ballotMeeting", "村（居）民代表会议", "ballotsCast", 100,
          "ballotRows", tally("茅建华 30\n张建国 60\n李秀兰 55\n袁梅 80\n季晓燕 70")));
      steps.object(pi, "张卫东", "13900003333", "张建国隐瞒了违法建设");
      steps.complete("sannan-staff", pi, "Task_HandleObjection", Map.of("objectionDecision", "upheld",
          "objectionReply", "经核实异议成立"));
      steps.complete("sannan-secretary", pi, TASK_STRIKE_OBJECTED, Map.of("struckMember", "张建国"));
      steps.passTimer(pi, "Timer_NoticePeriod");
      if (steps.engine().getRuntimeService().createProcessInstanceQuery().processInstanceBusinessKey(pi).count() != 0) {
        throw new AssertionError("选举应已结束: " + pi);
      }
      return pi;
    } finally {
      steps.reset();
    }
  }

  /**
   * A nomination as its side enters it: the body that nominated, its meeting's date and minutes, the residents it names
   * (one per line, none when blank) and the community's users it chose from the list.
   */
  public static Map<String, Object> nomination(String body, String residents, String... users) {
    Map<String, Object> nomination = new HashMap<>(Map.of("nominatingBody", body, "nominationMeetingDate",
        ClockUtil.getCurrentTime().toInstant().atZone(Submission.ZONE).toLocalDate().minusDays(3).toString(), "nominationMinutes", body + "讨论推荐人选，一致同意",
        "nominatedUsers", chosen(users)));
    if (!residents.isBlank()) {
      nomination.put("nominations", residents);
    }
    return nomination;
  }

  /**
   * What the ballot's table submits (Json, a row per candidate: name, votes), from “姓名 票数” lines in the order given.
   */
  public static JsonValue tally(String lines) {
    List<Map<String, Object>> rows = new ArrayList<>();
    lines.lines().map(l -> l.trim().split("\\s+")).forEach(p -> rows.add(Map.of("name", p[0], "votes", Long.parseLong(p[1]))));
    return SpinValues.jsonValue(Spin.JSON(rows).toString()).create();
  }

  /** What a checklist or taglist submits (Json): the community's users a nomination chooses, the candidates a screening strikes. */
  public static JsonValue chosen(String... values) {
    return SpinValues.jsonValue(Spin.JSON(List.of(values)).toString()).create();
  }

  /** Authenticates as the user with their groups and tenants, as Tasklist does. */
  static void authenticate(ProcessEngine engine, String user) {
    TestUsers.authenticate(engine, user);
  }
}
