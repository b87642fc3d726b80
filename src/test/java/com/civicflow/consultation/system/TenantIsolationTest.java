package com.civicflow.consultation.system;

import com.civicflow.consultation.TestUsers;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.civicflow.consultation.ProcessTest;
import com.civicflow.consultation.ProcessTestSupport;
import com.civicflow.consultation.TestProcesses;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Tenant isolation through the Java API, and the shared Tasklist filters. */
@ProcessTest
class TenantIsolationTest extends ProcessTestSupport {

  @Autowired TasklistFilters filters;

  private Task minzuluTask;
  private Task jiaochangkouTask;

  @BeforeEach
  void twoMattersInTwoCommunities() {
    TestProcesses.deploy(processEngine, TestProcesses.oneTask());
    minzuluTask = taskOf(start("minzulu"));
    jiaochangkouTask = taskOf(start("jiaochangkou"));
  }

  @Test
  void staffOfOneCommunityNeitherSeeNorCompleteAnotherCommunitysTask() {
    // given
    as("jiaochangkou-staff");

    // then
    assertThat(visibleTaskIds()).contains(jiaochangkouTask.getId()).doesNotContain(minzuluTask.getId());
    assertThatThrownBy(() -> processEngine.getTaskService().complete(minzuluTask.getId()))
        .isInstanceOf(ProcessEngineException.class);
    processEngine.getIdentityService().clearAuthentication();
    assertThat(processEngine.getTaskService().createTaskQuery().taskId(minzuluTask.getId()).count()).isOne();
  }

  @Test
  void staffCompleteTheirOwnCommunitysTask() {
    as("minzulu-staff");
    processEngine.getTaskService().complete(minzuluTask.getId());
    processEngine.getIdentityService().clearAuthentication();
    assertThat(processEngine.getTaskService().createTaskQuery().taskId(minzuluTask.getId()).count()).isZero();
  }

  @Test
  void theFiltersExistAndReturnTheRightTasks() {
    // given: one task assigned, one due tomorrow, one overdue
    processEngine.getTaskService().setAssignee(minzuluTask.getId(), "minzulu-staff");
    Task soon = taskOf(start("minzulu"));
    setDue(soon, new Date(ClockUtil.getCurrentTime().getTime() + 24 * 3600_000L));
    Task late = taskOf(start("minzulu"));
    setDue(late, new Date(ClockUtil.getCurrentTime().getTime() - 3600_000L));

    // when
    as("minzulu-staff");

    // then
    assertThat(listed(TasklistFilters.MINE)).containsExactly(minzuluTask.getId());
    assertThat(listed(TasklistFilters.GROUP)).contains(minzuluTask.getId(), soon.getId(), late.getId())
        .doesNotContain(jiaochangkouTask.getId());
    // (other tests' matters of 民族路 may be open in the shared database: only this test's tasks are compared)
    assertThat(listed(TasklistFilters.DUE_SOON)).contains(soon.getId()).doesNotContain(late.getId(), minzuluTask.getId());
    assertThat(listed(TasklistFilters.OVERDUE)).contains(late.getId()).doesNotContain(soon.getId(), minzuluTask.getId());
  }

  @Test
  void supervisorsSeeOverdueTasksOfTheirStreetOnly() {
    setDue(minzuluTask, new Date(ClockUtil.getCurrentTime().getTime() - 3600_000L));
    Task elsewhere = taskOf(start("lijing"));
    setDue(elsewhere, new Date(ClockUtil.getCurrentTime().getTime() - 3600_000L));
    as("jiefangbei-supervisor");
    assertThat(listed(TasklistFilters.OVERDUE)).contains(minzuluTask.getId()).doesNotContain(elsewhere.getId());
  }

  @Test
  void residentsSupervisionGroupFollowsItsOwnCommunitysMattersWithoutWorkingThem() {
    // given a task in 多福巷 and one in 韶九
    Task duofuxiang = taskOf(start("duofuxiang"));
    Task shaojiu = taskOf(start("shaojiu"));

    // when a member of 多福巷's 居民监督小组 looks
    as("duofuxiang-watch");

    // then they follow 多福巷's matters (Tasklist filter, the instance itself) and nothing else, and cannot work them
    assertThat(listed(TasklistFilters.FOLLOWED)).contains(duofuxiang.getId())
        .doesNotContain(shaojiu.getId(), minzuluTask.getId());
    assertThat(processEngine.getRuntimeService().createProcessInstanceQuery()
        .processInstanceId(duofuxiang.getProcessInstanceId()).count()).isOne();
    assertThat(processEngine.getRuntimeService().createProcessInstanceQuery()
        .processInstanceId(shaojiu.getProcessInstanceId()).count()).isZero();
    assertThatThrownBy(() -> processEngine.getTaskService().complete(duofuxiang.getId()))
        .isInstanceOf(ProcessEngineException.class);
  }

  private List<String> listed(String filterName) {
    return processEngine.getFilterService().<Task>list(filters.byName(filterName).getId())
        .stream().map(Task::getId).toList();
  }

  private List<String> visibleTaskIds() {
    return processEngine.getTaskService().createTaskQuery().list().stream().map(Task::getId).toList();
  }

  private void setDue(Task task, Date due) {
    Task t = processEngine.getTaskService().createTaskQuery().taskId(task.getId()).singleResult();
    t.setDueDate(due);
    processEngine.getTaskService().saveTask(t);
  }

  private String start(String community) {
    return processEngine.getRuntimeService()
        .startProcessInstanceByKey(TestProcesses.ONE_TASK, Map.of("communityId", community)).getId();
  }

  private Task taskOf(String processInstanceId) {
    return processEngine.getTaskService().createTaskQuery().processInstanceId(processInstanceId).singleResult();
  }

  /** Authenticates as the user with their real groups and tenants, as Tasklist and REST do. */
  private void as(String userId) {
    TestUsers.authenticate(processEngine, userId);
  }
}
