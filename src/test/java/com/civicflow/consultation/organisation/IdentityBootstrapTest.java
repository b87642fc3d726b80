package com.civicflow.consultation.organisation;

import static org.assertj.core.api.Assertions.assertThat;

import com.civicflow.consultation.ProcessTest;
import com.civicflow.consultation.ProcessTestSupport;
import java.util.List;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.Tenant;
import org.camunda.bpm.engine.identity.User;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

@ProcessTest
class IdentityBootstrapTest extends ProcessTestSupport {

  @Autowired IdentityBootstrap bootstrap;
  @Autowired DemoData demoData;
  @Autowired Staff staff;
  @Autowired OrganisationDirectory directory;

  @Test
  void everyDistrictStreetAndCommunityIsATenant() {
    IdentityService identity = processEngine.getIdentityService();
    assertThat(identity.createTenantQuery().list()).extracting(Tenant::getId)
        .containsAll(directory.tenants().stream().map(OrgUnit::id).toList());
    assertThat(identity.createTenantQuery().tenantId("minzulu").singleResult().getName()).isEqualTo("渝中区解放碑街道民族路社区");
  }

  @Test
  void everyRoleIsAGroupWithAChineseName() {
    for (RoleGroup role : RoleGroup.values()) {
      var group = processEngine.getIdentityService().createGroupQuery().groupId(role.id()).singleResult();
      assertThat(group.getName()).isEqualTo(role.label());
    }
  }

  @Test
  void streetAndDistrictStaffBelongToAllTheirCommunitiesAndNoOthers() {
    IdentityService identity = processEngine.getIdentityService();
    assertThat(identity.createTenantQuery().userMember("jiefangbei-office").list()).extracting(Tenant::getId)
        .containsExactlyInAnyOrder("jiefangbei", "minzulu", "jiaochangkou");
    assertThat(identity.createTenantQuery().userMember("yuzhong-civil").list()).extracting(Tenant::getId)
        .containsExactlyInAnyOrder("yuzhong", "jiefangbei", "minzulu", "jiaochangkou");
    assertThat(identity.createTenantQuery().userMember("minzulu-staff").list()).extracting(Tenant::getId)
        .containsExactly("minzulu");
  }

  @Test
  void answersWhichUsersHoldARoleInACommunity() {
    assertThat(staff.holding(RoleGroup.COMMITTEE_STAFF, "minzulu")).extracting(User::getId).containsExactly("minzulu-staff");
    assertThat(staff.holding(RoleGroup.STREET_OFFICE, "minzulu")).extracting(User::getId).containsExactly("jiefangbei-office");
    assertThat(staff.holding(RoleGroup.SUPERVISOR, "minzulu")).extracting(User::getId)
        .containsExactly("jiefangbei-supervisor", "yuzhong-supervisor");
    assertThat(staff.holding("unit-wantai-property", "lijing")).extracting(User::getId).containsExactly("wantai-property");
    assertThat(staff.holding("unit-wantai-property", "chaodong")).isEmpty();
    assertThat(staff.holding(RoleGroup.COMMITTEE_STAFF, "minzulu").get(0).getEmail()).endsWith("@demo.civicflow.example");
  }

  @Test
  void runningTheBootstrapAgainChangesNothing() {
    // given
    long users = processEngine.getIdentityService().createUserQuery().count();
    long memberships = processEngine.getIdentityService().createTenantQuery().userMember("jiefangbei-office").count();
    long authorizations = processEngine.getAuthorizationService().createAuthorizationQuery().count();

    // when
    bootstrap.run();
    demoData.load();

    // then
    assertThat(processEngine.getIdentityService().createUserQuery().count()).isEqualTo(users);
    assertThat(processEngine.getIdentityService().createTenantQuery().userMember("jiefangbei-office").count()).isEqualTo(memberships);
    assertThat(processEngine.getAuthorizationService().createAuthorizationQuery().count()).isEqualTo(authorizations);
  }

  @Test
  void eachDistrictsStaffMayStartItsOwnModelsOnly() {
    AuthorizationService authorizations = processEngine.getAuthorizationService();
    // 多福巷 (东城区) staff: the 东城 model, not 渝中's; 海门 staff: both 海门 models; 责任单位 and 专家 start nothing
    assertThat(startable("duofuxiang-staff", "dongcheng-consultation")).isTrue();
    assertThat(startable("duofuxiang-staff", "yuzhong-six-plus-five")).isFalse();
    assertThat(startable("donghuamen-office", "dongcheng-consultation")).isTrue();
    assertThat(startable("sannan-staff", "haimen-seven-step")).isTrue();
    assertThat(startable("sannan-staff", "haimen-council-election")).isTrue();
    assertThat(startable("sannan-staff", "kenli-eight-step")).isFalse();
    assertThat(startable("donghuamen-property", "dongcheng-consultation")).isFalse();
    assertThat(startable("dongcheng-expert", "dongcheng-consultation")).isFalse();
    assertThat(authorizations.createAuthorizationQuery().groupIdIn(RoleGroup.COMMITTEE_STAFF.id())
        .resourceType(Resources.PROCESS_DEFINITION).hasPermission(Permissions.CREATE_INSTANCE).count())
        .as("no role may start every model").isZero();
  }

  @Test
  void everyDistrictsModelIsDeployedAndATypoWouldBeNamed() {
    for (OrgUnit district : directory.units(OrgLevel.DISTRICT)) {
      assertThat(directory.modelsOf(district.id())).as(district.name()).isNotEmpty();
      assertThat(bootstrap.undeployed(directory.modelsOf(district.id()))).as(district.name()).isEmpty();
    }
    assertThat(bootstrap.undeployed(List.of("dongcheng-consultation", "dongcheng-consultaton")))
        .containsExactly("dongcheng-consultaton");
  }

  @Test
  void anUpgradeTakesBackTheOldGrantOfEveryModelToEveryStartingRole() {
    // given a database from before districts had their own models: committee staff could start any model
    bootstrap.grant(RoleGroup.COMMITTEE_STAFF.id(), Resources.PROCESS_DEFINITION, "*", Permissions.CREATE_INSTANCE);
    assertThat(startable("duofuxiang-staff", "yuzhong-six-plus-five")).isTrue();

    // when the application starts
    bootstrap.run();

    // then only the district's own models are left
    assertThat(startable("duofuxiang-staff", "yuzhong-six-plus-five")).isFalse();
    assertThat(startable("duofuxiang-staff", "dongcheng-consultation")).isTrue();
  }

  @Test
  void startersFollowRolesAndTenants() {
    // given a new member of 多福巷's residents' committee, added in Admin (role group + tenant)
    IdentityService identity = processEngine.getIdentityService();
    identity.saveUser(identity.newUser("duofuxiang-new"));
    identity.createMembership("duofuxiang-new", RoleGroup.COMMITTEE_STAFF.id());
    identity.createTenantUserMembership("duofuxiang", "duofuxiang-new");
    try {
      sheMovesAndLosesHerRole(identity);
    } finally {
      identity.deleteUser("duofuxiang-new");
      bootstrap.syncStarters();
    }
  }

  private void sheMovesAndLosesHerRole(IdentityService identity) {
    // when the starters are synchronised (at startup, and every few minutes by the platform schedule's timer)
    runStartersSyncSchedule();

    // then she starts 东城's model
    assertThat(startable("duofuxiang-new", "dongcheng-consultation")).isTrue();

    // and when she moves to 民族路 (渝中区), she starts 渝中's instead
    identity.deleteTenantUserMembership("duofuxiang", "duofuxiang-new");
    identity.createTenantUserMembership("minzulu", "duofuxiang-new");
    runStartersSyncSchedule();
    assertThat(startable("duofuxiang-new", "dongcheng-consultation")).isFalse();
    assertThat(startable("duofuxiang-new", "yuzhong-six-plus-five")).isTrue();

    // and without a role that starts consultations she starts nothing
    identity.deleteMembership("duofuxiang-new", RoleGroup.COMMITTEE_STAFF.id());
    bootstrap.syncStarters();
    assertThat(startable("duofuxiang-new", "yuzhong-six-plus-five")).isFalse();
  }

  /** Fires the timer of the platform schedule starters-sync: one engine job, no tenant, no user. */
  private void runStartersSyncSchedule() {
    var management = processEngine.getManagementService();
    management.executeJob(management.createJobQuery().processDefinitionKey("starters-sync").timers().singleResult().getId());
    assertThat(processEngine.getHistoryService().createHistoricProcessInstanceQuery().processDefinitionKey("starters-sync")
        .list()).isNotEmpty().allSatisfy(run -> {
          assertThat(run.getState()).isEqualTo("COMPLETED");
          assertThat(run.getTenantId()).isNull();
        });
  }

  private boolean startable(String userId, String processKey) {
    IdentityService identity = processEngine.getIdentityService();
    List<String> groups = identity.createGroupQuery().groupMember(userId).list().stream().map(Group::getId).toList();
    return processEngine.getAuthorizationService().isUserAuthorized(userId, groups, Permissions.CREATE_INSTANCE,
        Resources.PROCESS_DEFINITION, processKey);
  }

  @Test
  void theAdministratorExistsAndLogsIn() {
    assertThat(processEngine.getIdentityService().checkPassword("admin", "admin")).isTrue();
    assertThat(processEngine.getIdentityService().createUserQuery().memberOfGroup("camunda-admin").userId("admin").count()).isOne();
  }
}
