package com.civicflow.consultation.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cfg.StandaloneInMemProcessEngineConfiguration;
import org.camunda.bpm.engine.impl.persistence.entity.AuthorizationManager;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The group look-up that replaces the engine's scan gives the engine's answer, and checks still work with it. */
class AuthorizedGroupsTest {

  private static ProcessEngine engine;
  private static ProcessEngineConfigurationImpl config;

  @BeforeAll
  static void engine() {
    StandaloneInMemProcessEngineConfiguration standalone = new StandaloneInMemProcessEngineConfiguration();
    standalone.setJdbcUrl("jdbc:h2:mem:authorized-groups;DB_CLOSE_DELAY=-1");
    standalone.setProcessEngineName("authorized-groups");
    standalone.setAuthorizationEnabled(true);
    standalone.setJobExecutorActivate(false);
    standalone.setCustomSessionFactories(new java.util.ArrayList<>(List.of(new AuthorizedGroups(""))));
    config = standalone;
    engine = standalone.buildProcessEngine();
    AuthorizationService authorizations = engine.getAuthorizationService();
    for (String group : List.of("committee-staff", "street-office")) {
      Authorization grant = authorizations.createNewAuthorization(Authorization.AUTH_TYPE_GRANT);
      grant.setGroupId(group);
      grant.setResource(Resources.PROCESS_DEFINITION);
      grant.setResourceId("*");
      grant.addPermission(Permissions.READ);
      authorizations.saveAuthorization(grant);
    }
    engine.getRepositoryService().createDeployment().addModelInstance("matter.bpmn",
        Bpmn.createExecutableProcess("matter").camundaHistoryTimeToLive(1).startEvent().userTask().endEvent().done())
        .deploy();
  }

  @AfterAll
  static void close() {
    engine.close();
  }

  @Test
  void theEngineUsesThisManager() {
    Object manager = config.getCommandExecutorTxRequired().execute(context -> context.getAuthorizationManager());
    assertThat(manager).isInstanceOf(AuthorizedGroups.Manager.class);
  }

  @Test
  void keepsOnlyTheGroupsThatHoldAuthorizationsAsTheEngineDoes() {
    List<String> groups = List.of("committee-staff", "residents", "street-office", "committee-staff", "nobody");
    List<String> ours = config.getCommandExecutorTxRequired()
        .execute(context -> context.getAuthorizationManager().filterAuthenticatedGroupIds(groups));
    List<String> engines = config.getCommandExecutorTxRequired()
        .execute(context -> new AuthorizationManager().filterAuthenticatedGroupIds(groups));
    assertThat(ours).containsExactly("committee-staff", "street-office");
    assertThat(ours).containsExactlyInAnyOrderElementsOf(engines);
    List<String> none = config.getCommandExecutorTxRequired()
        .execute(context -> context.getAuthorizationManager().filterAuthenticatedGroupIds(List.of()));
    assertThat(none).isEmpty();
  }

  @Test
  void aMemberOfAGrantedGroupSeesWhatTheGroupMaySeeAndOthersDoNot() {
    try {
      engine.getIdentityService().setAuthentication("wang", List.of("residents", "committee-staff"));
      assertThat(engine.getRepositoryService().createProcessDefinitionQuery().count()).isEqualTo(1);
      engine.getIdentityService().setAuthentication("li", List.of("residents"));
      assertThat(engine.getRepositoryService().createProcessDefinitionQuery().count()).isZero();
    } finally {
      engine.getIdentityService().clearAuthentication();
    }
  }
}
