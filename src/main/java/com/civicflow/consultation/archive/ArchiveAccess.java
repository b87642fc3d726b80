package com.civicflow.consultation.archive;

import com.civicflow.consultation.organisation.RoleGroup;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.identity.Tenant;
import org.camunda.bpm.webapp.impl.security.auth.Authentication;
import org.camunda.bpm.webapp.impl.security.auth.AuthenticationUtil;
import org.camunda.bpm.webapp.impl.security.auth.Authentications;
import org.springframework.stereotype.Component;

/**
 * Who may open a matter's file. The user is the one logged into the Camunda webapps (Tasklist session)
 * or given by HTTP Basic (password checked by the engine). Allowed: staff of the matter's community
 * (users who are themselves members of the matter's tenant — community, street and district staff of
 * that community), supervisors and district civil affairs whose tenants (directly or through a group)
 * include it, and administrators. Responsible units see their tasks, not the whole file.
 */
@Component
public class ArchiveAccess {

  static final Set<String> SUPERVISORY = Set.of(RoleGroup.SUPERVISOR.id(), RoleGroup.DISTRICT_CIVIL_AFFAIRS.id());

  private final IdentityService identity;
  private final String engineName;

  ArchiveAccess(ProcessEngine engine) {
    this.identity = engine.getIdentityService();
    this.engineName = engine.getName();
  }

  /** The authenticated user id: webapp session first, then HTTP Basic. */
  public Optional<String> user(HttpServletRequest request) {
    HttpSession session = request.getSession(false);
    if (session != null) {
      Authentications authentications = AuthenticationUtil.getAuthsFromSession(session);
      Authentication user = authentications == null ? null : authentications.getAuthenticationForProcessEngine(engineName);
      if (user != null && user.getIdentityId() != null) {
        return Optional.of(user.getIdentityId());
      }
    }
    return basic(request.getHeader("Authorization"));
  }

  private Optional<String> basic(String header) {
    if (header == null || !header.regionMatches(true, 0, "Basic ", 0, 6)) {
      return Optional.empty();
    }
    String decoded;
    try {
      decoded = new String(Base64.getDecoder().decode(header.substring(6).trim()), StandardCharsets.UTF_8);
    } catch (IllegalArgumentException notBase64) {
      return Optional.empty();
    }
    int colon = decoded.indexOf(':');
    if (colon <= 0) {
      return Optional.empty();
    }
    String userId = decoded.substring(0, colon);
    return identity.checkPassword(userId, decoded.substring(colon + 1)) ? Optional.of(userId) : Optional.empty();
  }

  boolean mayRead(String userId, String tenantId) {
    if (tenantId == null) {
      return isMember(userId, RoleGroup.ADMINISTRATOR.id());
    }
    if (isMember(userId, RoleGroup.ADMINISTRATOR.id())
        || identity.createTenantQuery().tenantId(tenantId).userMember(userId).count() > 0) {
      return true;
    }
    boolean supervisory = SUPERVISORY.stream().anyMatch(group -> isMember(userId, group));
    return supervisory && identity.createTenantQuery().tenantId(tenantId).userMember(userId).includingGroupsOfUser(true).count() > 0;
  }

  /** The tenants whose files the user may open (every tenant for an administrator). */
  public List<String> readableTenants(String userId) {
    if (isMember(userId, RoleGroup.ADMINISTRATOR.id())) {
      return identity.createTenantQuery().list().stream().map(Tenant::getId).toList();
    }
    boolean supervisory = SUPERVISORY.stream().anyMatch(group -> isMember(userId, group));
    return identity.createTenantQuery().userMember(userId).includingGroupsOfUser(supervisory).list().stream()
        .map(Tenant::getId).toList();
  }

  /** Supervisors, district civil affairs and administrators (who read summaries across matters). */
  public boolean isSupervisory(String userId) {
    return isMember(userId, RoleGroup.ADMINISTRATOR.id()) || SUPERVISORY.stream().anyMatch(group -> isMember(userId, group));
  }

  /** Whether the user holds the role (is a member of its group). */
  public boolean hasRole(String userId, RoleGroup role) {
    return isMember(userId, role.id());
  }

  private boolean isMember(String userId, String groupId) {
    return identity.createUserQuery().userId(userId).memberOfGroup(groupId).count() > 0;
  }
}
