package com.civicflow.consultation.haimen;

import com.civicflow.consultation.TestUsers;
import static com.civicflow.consultation.haimen.CouncilElection.*;

import com.civicflow.consultation.notice.PublicNotice;
import java.util.List;
import org.camunda.spin.Spin;
import org.camunda.spin.plugin.variable.SpinValues;
import org.camunda.spin.plugin.variable.value.JsonValue;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;

/**
 * One complete 三推两选一票决一公示 in 三南社区 with plain engine APIs (no job executor): three nominations,
 * two screenings, a clean ballot for 3 seats, the public notice running out, the council group replaced.
 */
public final class CouncilElectionFullRun {

  private CouncilElectionFullRun() {}

  public static void run(ProcessEngine engine) {
    var runtime = engine.getRuntimeService();
    ProcessInstance pi = runtime.startProcessInstanceByKey(KEY, Map.of("communityId", "sannan", "seats", 3L));
    complete(engine, pi, TASK_NOMINATE_BY_COMMITTEES, "sannan-staff", Map.of("nominations", "张建国",
        "nominatedUsers", chosen("sannan-council")));
    complete(engine, pi, TASK_NOMINATE_BY_OWNERS, "sannan-staff", Map.of("nominations", "李秀兰", "nominatedUsers", chosen("sannan-grid")));
    complete(engine, pi, TASK_NOMINATE_BY_MEMBERS, "sannan-staff", Map.of("nominations", "王大海", "nominatedUsers", chosen("sannan-staff")));
    complete(engine, pi, TASK_SCREEN_BY_COMMITTEES, "sannan-secretary", Map.of("strikes", chosen("王大海"), "strikeReason", "户籍不在本社区"));
    complete(engine, pi, TASK_SCREEN_BY_PARTY, "binjiang-office", Map.of());
    complete(engine, pi, TASK_SECRET_BALLOT, "sannan-staff", Map.of("ballotMeeting", "村（居）民代表会议", "ballotsCast", 100,
        "ballotTally", "茅建华 30\n张建国 60\n李秀兰 20\n袁梅 80\n季晓燕 70"));
    ProcessInstance notice = runtime.createProcessInstanceQuery().superProcessInstanceId(pi.getId())
        .processDefinitionKey(PublicNotice.PROCESS_KEY).singleResult();
    Job timer = engine.getManagementService().createJobQuery().processInstanceId(notice.getId()).timers().singleResult();
    engine.getManagementService().executeJob(timer.getId());
    if (runtime.createProcessInstanceQuery().processInstanceId(pi.getId()).count() != 0) {
      throw new AssertionError("选举应已结束");
    }
    List<String> members = engine.getIdentityService().createUserQuery().memberOfGroup(CouncilGroups.groupId("sannan"))
        .orderByUserId().asc().list().stream().map(u -> u.getId()).toList();
    if (!members.equals(List.of("sannan-grid", "sannan-secretary", "sannan-staff"))) {
      throw new AssertionError("理事会成员应为当选的系统用户和名誉理事长，实际为 " + members);
    }
  }

  /** What a taglist submits (Json): the community's users a nomination chooses, the candidates a screening strikes. */
  public static JsonValue chosen(String... values) {
    return SpinValues.jsonValue(Spin.JSON(List.of(values)).toString()).create();
  }

  /** Authenticates as the user with their groups and tenants, as Tasklist does. */
  static void authenticate(ProcessEngine engine, String user) {
    TestUsers.authenticate(engine, user);
  }

  static void complete(ProcessEngine engine, ProcessInstance pi, String taskKey, String user, Map<String, Object> variables) {
    var tasks = engine.getTaskService();
    Task task = tasks.createTaskQuery().processInstanceId(pi.getId()).taskDefinitionKey(taskKey).singleResult();
    if (task == null) {
      throw new AssertionError("没有待办任务 " + taskKey);
    }
    authenticate(engine, user);
    try {
      tasks.complete(task.getId(), variables);
    } finally {
      engine.getIdentityService().clearAuthentication();
    }
  }
}
