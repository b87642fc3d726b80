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

  /**
   * A person's name as people read it in a form: the demo users keep 姓名 in the first name and （职务） in the last
   * name; users entered in Admin have 姓 as last name and 名 as first name. Never the user id, unless there is no name.
   */
  public static String nameOf(User user) {
    String first = user.getFirstName() == null ? "" : user.getFirstName().trim();
    String last = user.getLastName() == null ? "" : user.getLastName().trim();
    String name = last.isEmpty() || last.startsWith("（") || last.startsWith("(") ? first : last + first;
    return name.isEmpty() ? user.getId() : name;
  }

  /** How a form offers a person: 茅建华（三南社区民主协商理事会） for the demo users, else the name. */
  public static String labelOf(User user) {
    String last = user.getLastName() == null ? "" : user.getLastName().trim();
    return last.startsWith("（") ? nameOf(user) + last : nameOf(user);
  }

  /** Whether a group exists: a responsible unit named in a form must be a real group. */
  public boolean groupExists(String groupId) {
    return groupId != null && identity.createGroupQuery().groupId(groupId).count() == 1;
  }
}
