package com.civicflow.consultation.organisation;

import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.springframework.stereotype.Component;

/** Who holds a role where: "which users hold role R in community X" (members of the group and tenant). */
@Component
public class Staff {

  private final IdentityService identity;

  Staff(IdentityService identity) {
    this.identity = identity;
  }

  /** Users of a role group (or responsible-unit group) who may see matters of the tenant. */
  public List<User> holding(String groupId, String tenantId) {
    boolean wholeGroupInTenant = identity.createGroupQuery().groupId(groupId).memberOfTenant(tenantId).count() > 0;
    var query = identity.createUserQuery().memberOfGroup(groupId);
    return (wholeGroupInTenant ? query : query.memberOfTenant(tenantId)).orderByUserId().asc().list();
  }

  public List<User> holding(RoleGroup role, String tenantId) {
    return holding(role.id(), tenantId);
  }

  /** Whether a group exists: a responsible unit named in a form must be a real group. */
  public boolean groupExists(String groupId) {
    return groupId != null && identity.createGroupQuery().groupId(groupId).count() == 1;
  }
}
