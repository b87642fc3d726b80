package com.civicflow.consultation.haimen;

import com.civicflow.consultation.TestUsers;
import static com.civicflow.consultation.haimen.CouncilElection.*;

import com.civicflow.consultation.drive.EngineSteps;
import com.civicflow.consultation.drive.Steps;
import java.util.List;
import java.util.Map;
import org.camunda.spin.Spin;
import org.camunda.spin.plugin.variable.SpinValues;
import org.camunda.spin.plugin.variable.value.JsonValue;
import org.camunda.bpm.engine.ProcessEngine;

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
    steps.complete("sannan-staff", pi, TASK_NOMINATE_BY_COMMITTEES, Map.of("nominations", "张建国",
        "nominatedUsers", chosen("sannan-council")));
    steps.complete("sannan-staff", pi, TASK_NOMINATE_BY_OWNERS, Map.of("nominations", "李秀兰",
        "nominatedUsers", chosen("sannan-grid")));
    steps.complete("sannan-staff", pi, TASK_NOMINATE_BY_MEMBERS, Map.of("nominations", "王大海",
        "nominatedUsers", chosen("sannan-staff")));
    steps.complete("sannan-secretary", pi, TASK_SCREEN_BY_COMMITTEES, Map.of("strikes", chosen("王大海"),
        "strikeReason", "户籍不在本社区"));
    steps.complete("binjiang-office", pi, TASK_SCREEN_BY_PARTY, Map.of());
    steps.complete("sannan-staff", pi, TASK_SECRET_BALLOT, Map.of("ballotMeeting", "村（居）民代表会议", "ballotsCast", 100,
        "ballotTally", "茅建华 30\n张建国 60\n李秀兰 20\n袁梅 80\n季晓燕 70"));
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
      steps.complete("sannan-staff", pi, TASK_NOMINATE_BY_COMMITTEES, Map.of("nominations", "张建国",
        "nominatedUsers", chosen("sannan-council")));
      steps.complete("sannan-staff", pi, TASK_NOMINATE_BY_OWNERS, Map.of("nominations", "李秀兰",
        "nominatedUsers", chosen("sannan-grid")));
      steps.complete("sannan-staff", pi, TASK_NOMINATE_BY_MEMBERS, Map.of("nominatedUsers", chosen("sannan-staff")));
      steps.complete("sannan-secretary", pi, TASK_SCREEN_BY_COMMITTEES, Map.of());
      steps.complete("binjiang-office", pi, TASK_SCREEN_BY_PARTY, Map.of());
      steps.complete("sannan-staff", pi, TASK_SECRET_BALLOT, Map.of("ballotMeeting", "村（居）民代表会议", "ballotsCast", 100,
          "ballotTally", "茅建华 30\n张建国 60\n李秀兰 55\n袁梅 80\n季晓燕 70"));
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

  /** What a checklist or taglist submits (Json): the community's users a nomination chooses, the candidates a screening strikes. */
  public static JsonValue chosen(String... values) {
    return SpinValues.jsonValue(Spin.JSON(List.of(values)).toString()).create();
  }

  /** Authenticates as the user with their groups and tenants, as Tasklist does. */
  static void authenticate(ProcessEngine engine, String user) {
    TestUsers.authenticate(engine, user);
  }
}
