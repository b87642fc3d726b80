package com.civicflow.consultation;

import java.util.List;
import java.util.function.Supplier;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.Tenant;

/** Acting as a demo user in tests: with the user's real groups and tenants, as Tasklist and REST do. */
public final class TestUsers {

  private TestUsers() {}

  public static void authenticate(ProcessEngine engine, String userId) {
    IdentityService identity = engine.getIdentityService();
    identity.setAuthentication(userId, groups(engine, userId), tenants(engine, userId));
  }

  public static List<String> groups(ProcessEngine engine, String userId) {
    return engine.getIdentityService().createGroupQuery().groupMember(userId).list().stream().map(Group::getId).toList();
  }

  public static List<String> tenants(ProcessEngine engine, String userId) {
    return engine.getIdentityService().createTenantQuery().userMember(userId).includingGroupsOfUser(true).list()
        .stream().map(Tenant::getId).toList();
  }

  /** Runs the action as the user and clears the authentication afterwards. */
  public static <T> T as(ProcessEngine engine, String userId, Supplier<T> action) {
    authenticate(engine, userId);
    try {
      return action.get();
    } finally {
      engine.getIdentityService().clearAuthentication();
    }
  }

  public static void as(ProcessEngine engine, String userId, Runnable action) {
    as(engine, userId, () -> {
      action.run();
      return null;
    });
  }
}
