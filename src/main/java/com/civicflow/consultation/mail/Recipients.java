package com.civicflow.consultation.mail;

import com.civicflow.consultation.organisation.Staff;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.springframework.stereotype.Component;

/** E-mail addresses from the organisation: the users holding a role (or unit group) in a matter's tenant. */
@Component
public class Recipients {

  private final Staff staff;
  private final IdentityService identity;

  Recipients(Staff staff, IdentityService identity) {
    this.staff = staff;
    this.identity = identity;
  }

  /** Addresses of the users holding a group in a tenant (users without an address are left out). */
  public List<String> holding(String groupId, String tenantId) {
    return addresses(staff.holding(groupId, tenantId));
  }

  /** Addresses of the users holding any of the groups in a tenant, each once. */
  public List<String> holdingAny(Collection<String> groupIds, String tenantId) {
    return groupIds.stream().flatMap(g -> holding(g, tenantId).stream()).distinct().toList();
  }

  /** The address of one user, when they have one. */
  public List<String> user(String userId) {
    if (userId == null || userId.isBlank()) {
      return List.of();
    }
    return addresses(identity.createUserQuery().userId(userId).list());
  }

  private static List<String> addresses(List<User> users) {
    return users.stream().map(User::getEmail).filter(Objects::nonNull).filter(e -> !e.isBlank()).distinct().toList();
  }
}
