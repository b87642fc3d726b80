package com.civicflow.consultation.organisation;

import static org.assertj.core.api.Assertions.assertThat;

import com.civicflow.consultation.ProcessTest;
import com.civicflow.consultation.ProcessTestSupport;
import org.camunda.bpm.engine.IdentityService;
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
  void theAdministratorExistsAndLogsIn() {
    assertThat(processEngine.getIdentityService().checkPassword("admin", "admin")).isTrue();
    assertThat(processEngine.getIdentityService().createUserQuery().memberOfGroup("camunda-admin").userId("admin").count()).isOne();
  }
}
