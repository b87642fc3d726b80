package com.civicflow.consultation.legalreview;

import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.Tenant;
import org.camunda.bpm.engine.task.Task;

/** Acts as a demo user with their real groups and tenants, as Tasklist would. */
class Reviewers {

  void complete(ProcessEngine engine, String userId, Task task, Map<String, Object> variables) {
    authenticate(engine.getIdentityService(), userId);
    try {
      engine.getTaskService().complete(task.getId(), variables);
    } finally {
      engine.getIdentityService().clearAuthentication();
    }
  }

  List<String> visibleTaskIds(ProcessEngine engine, String userId) {
    authenticate(engine.getIdentityService(), userId);
    try {
      return engine.getTaskService().createTaskQuery().list().stream().map(Task::getId).toList();
    } finally {
      engine.getIdentityService().clearAuthentication();
    }
  }

  private static void authenticate(IdentityService identity, String userId) {
    List<String> groups = identity.createGroupQuery().groupMember(userId).list().stream().map(Group::getId).toList();
    List<String> tenants = identity.createTenantQuery().userMember(userId).includingGroupsOfUser(true).list()
        .stream().map(Tenant::getId).toList();
    identity.setAuthentication(userId, groups, tenants);
  }
}
