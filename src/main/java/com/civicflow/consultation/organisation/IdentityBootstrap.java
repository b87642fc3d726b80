package com.civicflow.consultation.organisation;

import static org.camunda.bpm.engine.authorization.Authorization.ANY;
import static org.camunda.bpm.engine.authorization.Authorization.AUTH_TYPE_GRANT;

import com.civicflow.consultation.system.ConsultationProperties;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permission;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resource;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.Tenant;
import org.camunda.bpm.engine.identity.User;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Makes Camunda's identity match the organisation directory at every start, idempotently: a tenant per
 * district, street and community; the role groups and what each may open and do; a group per
 * responsible unit, member of the tenants it serves; the administrator account.
 */
@Component
public class IdentityBootstrap {

  private static final Logger LOG = LoggerFactory.getLogger(IdentityBootstrap.class);

  private final IdentityService identity;
  private final AuthorizationService authorizations;
  private final RepositoryService repository;
  private final OrganisationDirectory directory;
  private final ConsultationProperties properties;

  IdentityBootstrap(IdentityService identity, AuthorizationService authorizations, RepositoryService repository,
      OrganisationDirectory directory, ConsultationProperties properties) {
    this.identity = identity;
    this.repository = repository;
    this.authorizations = authorizations;
    this.directory = directory;
    this.properties = properties;
  }

  public void run() {
    directory.tenants().forEach(unit -> ensureTenant(unit.id(), directory.fullName(unit.id())));
    for (RoleGroup role : RoleGroup.values()) {
      ensureGroup(role.id(), role.label(), RoleGroup.TYPE_ROLE);
      grantRole(role);
    }
    for (ResponsibleUnit unit : directory.responsibleUnits()) {
      ensureGroup(unit.id(), unit.name(), RoleGroup.TYPE_RESPONSIBLE_UNIT);
      directory.tenantsServedBy(unit.id()).forEach(t -> ensureGroupInTenant(unit.id(), t));
    }
    for (OrgUnit district : directory.units(OrgLevel.DISTRICT)) {
      grantDistrictModels(district);
    }
    ConsultationProperties.Admin admin = properties.admin();
    ensureUser(admin.username(), "系统管理员", "", admin.username() + "@localhost", admin.password());
    ensureMembership(admin.username(), RoleGroup.ADMINISTRATOR.id());
    LOG.info("Organisation directory applied: {} tenants, {} responsible units",
        directory.tenants().size(), directory.responsibleUnits().size());
  }

  /** Puts a user into the tenants their unit (district, street, community or responsible unit) covers. */
  public List<String> tenantsForUnit(String unitId) {
    if (directory.responsibleUnit(unitId).isPresent()) {
      return directory.tenantsServedBy(unitId);
    }
    return directory.tenantsWithin(unitId);
  }

  void ensureTenant(String id, String name) {
    Tenant tenant = identity.createTenantQuery().tenantId(id).singleResult();
    if (tenant == null) {
      tenant = identity.newTenant(id);
    } else if (name.equals(tenant.getName())) {
      return;
    }
    tenant.setName(name);
    identity.saveTenant(tenant);
  }

  void ensureGroup(String id, String name, String type) {
    Group group = identity.createGroupQuery().groupId(id).singleResult();
    if (group == null) {
      group = identity.newGroup(id);
    } else if (name.equals(group.getName()) && type.equals(group.getType())) {
      return;
    }
    group.setName(name);
    group.setType(type);
    identity.saveGroup(group);
  }

  void ensureGroupInTenant(String groupId, String tenantId) {
    if (identity.createGroupQuery().groupId(groupId).memberOfTenant(tenantId).count() == 0) {
      identity.createTenantGroupMembership(tenantId, groupId);
    }
  }

  void ensureUser(String id, String firstName, String lastName, String email, String password) {
    if (identity.createUserQuery().userId(id).count() > 0) {
      return; // an existing user's password and profile are theirs (changed in Admin), never reset here
    }
    User user = identity.newUser(id);
    user.setFirstName(firstName);
    user.setLastName(lastName);
    user.setEmail(email);
    user.setPassword(password);
    identity.saveUser(user);
  }

  void ensureMembership(String userId, String groupId) {
    if (identity.createUserQuery().userId(userId).memberOfGroup(groupId).count() == 0) {
      identity.createMembership(userId, groupId);
    }
  }

  void ensureUserInTenant(String userId, String tenantId) {
    if (identity.createUserQuery().userId(userId).memberOfTenant(tenantId).count() == 0) {
      identity.createTenantUserMembership(tenantId, userId);
    }
  }

  private void grantRole(RoleGroup role) {
    if (role.access() == RoleGroup.Access.ALL) {
      // as Camunda's own first-admin setup does: ALL on every resource, so Admin and Cockpit open too
      for (Resources resource : Resources.values()) {
        grant(role.id(), resource, ANY, Permissions.ALL);
      }
      return;
    }
    String group = role.id();
    grant(group, Resources.APPLICATION, "tasklist", Permissions.ACCESS);
    grant(group, Resources.USER, ANY, Permissions.READ);
    grant(group, Resources.GROUP, ANY, Permissions.READ);
    grant(group, Resources.TENANT, ANY, Permissions.READ);
    grant(group, Resources.PROCESS_DEFINITION, ANY, Permissions.READ);
    grant(group, Resources.DECISION_DEFINITION, ANY, Permissions.READ);
    if (role.startsConsultations()) {
      // which models: the district's starters group (grantDistrictModels); earlier versions granted every model
      revoke(group, Resources.PROCESS_DEFINITION, ANY, Permissions.CREATE_INSTANCE);
      grant(group, Resources.PROCESS_INSTANCE, ANY, Permissions.CREATE);
    }
    if (role.access() == RoleGroup.Access.SUPERVISION || role.access() == RoleGroup.Access.OBSERVER) {
      // read-only, and only within the user's tenants (Camunda's tenant check)
      grant(group, Resources.APPLICATION, "cockpit", Permissions.ACCESS);
      grant(group, Resources.PROCESS_DEFINITION, ANY, Permissions.READ_INSTANCE);
      grant(group, Resources.PROCESS_DEFINITION, ANY, Permissions.READ_HISTORY);
      grant(group, Resources.PROCESS_DEFINITION, ANY, Permissions.READ_TASK);
      grant(group, Resources.PROCESS_INSTANCE, ANY, Permissions.READ);
      grant(group, Resources.TASK, ANY, Permissions.READ);
      grant(group, Resources.DEPLOYMENT, ANY, Permissions.READ);
      grant(group, Resources.DECISION_REQUIREMENTS_DEFINITION, ANY, Permissions.READ);
    }
  }

  /**
   * A district's staff start the district's models and no others (the directory's {@code model}/{@code models}):
   * its group {@code starters-<district>} may create instances of exactly those process definitions.
   */
  private void grantDistrictModels(OrgUnit district) {
    grantModels(RoleGroup.startersOf(district.id()), district.name() + "·发起协商", district, directory.modelsOf(district.id()));
    grantModels(RoleGroup.streetStartersOf(district.id()), district.name() + "·街道发起", district,
        directory.streetModelsOf(district.id()));
  }

  private void grantModels(String group, String name, OrgUnit district, List<String> models) {
    ensureGroup(group, name, RoleGroup.TYPE_STARTERS);
    models.forEach(key -> grant(group, Resources.PROCESS_DEFINITION, key, Permissions.CREATE_INSTANCE));
    undeployed(models).forEach(key -> LOG.warn(
        "组织目录: {} 的协商模型 “{}” 没有部署，该区工作人员无法发起协商（检查 directory.yaml 中的 model）", district.name(), key));
    for (Authorization auth : authorizations.createAuthorizationQuery().authorizationType(AUTH_TYPE_GRANT)
        .groupIdIn(group).resourceType(Resources.PROCESS_DEFINITION).list()) {
      if (!models.contains(auth.getResourceId())) {
        revoke(group, Resources.PROCESS_DEFINITION, auth.getResourceId(), Permissions.CREATE_INSTANCE);
      }
    }
  }

  /** The model keys no deployed process definition has (a typo in the directory leaves a district unable to start). */
  List<String> undeployed(List<String> models) {
    return models.stream().filter(key -> repository.createProcessDefinitionQuery().processDefinitionKey(key).count() == 0)
        .toList();
  }

  /**
   * Puts every user who holds a role that starts consultations into the starters group of each district whose
   * tenants they belong to (directly or through a group), and takes everybody else out: the groups follow roles
   * and tenants, nobody edits them by hand. Runs at startup and then every few minutes ({@link StartersSync}).
   */
  public void syncStarters() {
    Map<String, Set<String>> wanted = new HashMap<>();
    directory.units(OrgLevel.DISTRICT).forEach(d -> wanted.put(RoleGroup.startersOf(d.id()), new HashSet<>()));
    directory.units(OrgLevel.DISTRICT).forEach(d -> wanted.put(RoleGroup.streetStartersOf(d.id()), new HashSet<>()));
    Set<String> starters = new HashSet<>();
    for (RoleGroup role : RoleGroup.values()) {
      if (role.startsConsultations() && role.access() != RoleGroup.Access.ALL) {
        identity.createUserQuery().memberOfGroup(role.id()).list().forEach(user -> starters.add(user.getId()));
      }
    }
    Set<String> streetOffices = new HashSet<>();
    identity.createUserQuery().memberOfGroup(RoleGroup.STREET_OFFICE.id()).list().forEach(user -> streetOffices.add(user.getId()));
    for (String userId : starters) {
      for (Tenant tenant : identity.createTenantQuery().userMember(userId).includingGroupsOfUser(true).list()) {
        directory.find(tenant.getId()).filter(u -> u.level().isTenant()).map(u -> directory.districtOf(u.id()).id())
            .ifPresent(district -> {
              wanted.get(RoleGroup.startersOf(district)).add(userId);
              if (streetOffices.contains(userId)) {
                wanted.get(RoleGroup.streetStartersOf(district)).add(userId);
              }
            });
      }
    }
    wanted.forEach((group, users) -> {
      Set<String> current = new HashSet<>();
      identity.createUserQuery().memberOfGroup(group).list().forEach(u -> current.add(u.getId()));
      users.stream().filter(u -> !current.contains(u)).forEach(u -> identity.createMembership(u, group));
      current.stream().filter(u -> !users.contains(u)).forEach(u -> identity.deleteMembership(u, group));
    });
  }

  /** Takes one permission away from a group's grant of a resource, if it has one. */
  void revoke(String groupId, Resource resource, String resourceId, Permission permission) {
    Authorization auth = authorizations.createAuthorizationQuery()
        .authorizationType(AUTH_TYPE_GRANT).groupIdIn(groupId)
        .resourceType(resource).resourceId(resourceId).singleResult();
    if (auth != null && auth.isPermissionGranted(permission)) {
      auth.removePermission(permission);
      authorizations.saveAuthorization(auth);
    }
  }

  /** Grants one permission to a group, adding it to an existing grant of that resource if there is one. */
  public void grant(String groupId, Resource resource, String resourceId, Permission permission) {
    Authorization auth = authorizations.createAuthorizationQuery()
        .authorizationType(AUTH_TYPE_GRANT).groupIdIn(groupId)
        .resourceType(resource).resourceId(resourceId).singleResult();
    if (auth == null) {
      auth = authorizations.createNewAuthorization(AUTH_TYPE_GRANT);
      auth.setGroupId(groupId);
      auth.setResource(resource);
      auth.setResourceId(resourceId);
    } else if (auth.isPermissionGranted(permission)) {
      return;
    }
    auth.addPermission(permission);
    authorizations.saveAuthorization(auth);
  }
}
