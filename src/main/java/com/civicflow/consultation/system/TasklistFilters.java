package com.civicflow.consultation.system;

import com.civicflow.consultation.matter.TaskCard;
import com.civicflow.consultation.organisation.IdentityBootstrap;
import com.civicflow.consultation.organisation.RoleGroup;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.filter.Filter;
import org.camunda.bpm.engine.task.TaskQuery;
import org.springframework.stereotype.Component;

/**
 * The shared Tasklist filters, created or brought up to date at every start and readable by every
 * staff role: 我的待办, 本组待办, 即将到期 (due within two days), 已逾期 (due before now). Every card shows the
 * matter's 事项编号, 社区, 议题 and 环节 (the task's own copies, {@link TaskCard}: staff may not read the
 * variables of process instances). The tasks due first come first (due date ascending, tasks without one after
 * them, then the oldest first); Tasklist's own sort order applies among tasks due at the same time.
 */
@Component
public class TasklistFilters {

  public static final String MINE = "我的待办";
  public static final String GROUP = "本组待办";
  public static final String DUE_SOON = "即将到期";
  public static final String OVERDUE = "已逾期";
  /** Every task of the user's communities that they may read: for the roles that follow matters (居民监督小组). */
  public static final String FOLLOWED = "协商进展";

  private final FilterService filterService;
  private final TaskService taskService;
  private final IdentityBootstrap identity;

  TasklistFilters(FilterService filterService, TaskService taskService, IdentityBootstrap identity) {
    this.filterService = filterService;
    this.taskService = taskService;
    this.identity = identity;
  }

  public void ensure() {
    ensure(MINE, -10, "#2f6fb0", "分配给我的任务",
        dueFirst(taskService.createTaskQuery().taskAssigneeExpression("${currentUser()}")));
    ensure(GROUP, -5, "#3c8c5a", "我所在角色组可以认领的任务",
        dueFirst(taskService.createTaskQuery().taskCandidateGroupInExpression("${currentUserGroups()}").includeAssignedTasks()));
    ensure(DUE_SOON, 0, "#d98c00", "两天内到期、尚未逾期的任务",
        dueFirst(taskService.createTaskQuery().dueAfterExpression("${now()}")
            .dueBeforeExpression("${dateTime().plusDays(2).toDate()}")));
    ensure(OVERDUE, 5, "#c0392b", "已超过办理期限的任务（督办）",
        dueFirst(taskService.createTaskQuery().dueBeforeExpression("${now()}")));
    ensure(FOLLOWED, 10, "#7a5c99", "本社区正在办理的协商事项的全部环节（只读，居民监督）",
        dueFirst(taskService.createTaskQuery()), role -> role.access() == RoleGroup.Access.OBSERVER);
  }

  /** What is due first comes first; then the oldest. */
  private static TaskQuery dueFirst(TaskQuery query) {
    return query.orderByDueDate().asc().orderByTaskCreateTime().asc();
  }

  public Filter byName(String name) {
    return filterService.createFilterQuery().filterName(name).singleResult();
  }

  private void ensure(String name, int priority, String color, String description, TaskQuery query) {
    ensure(name, priority, color, description, query, role -> role.access() != RoleGroup.Access.ALL);
  }

  private void ensure(String name, int priority, String color, String description, TaskQuery query,
      java.util.function.Predicate<RoleGroup> readers) {
    Filter filter = filterService.createFilterQuery().filterName(name).singleResult();
    if (filter == null) {
      filter = filterService.newTaskFilter(name);
    }
    Map<String, Object> properties = new LinkedHashMap<>();
    properties.put("priority", priority);
    properties.put("color", color);
    properties.put("description", description);
    properties.put("refresh", true);
    properties.put("variables", TaskCard.FIELDS.stream()
        .map(field -> Map.of("name", field.variable().name(), "label", field.label())).toList());
    filter.setProperties(properties);
    filter.setQuery(query);
    filterService.saveFilter(filter);
    String filterId = filter.getId();
    Arrays.stream(RoleGroup.values())
        .filter(readers)
        .forEach(role -> identity.grant(role.id(), Resources.FILTER, filterId, Permissions.READ));
  }
}
