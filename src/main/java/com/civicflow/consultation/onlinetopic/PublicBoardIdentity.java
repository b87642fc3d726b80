package com.civicflow.consultation.onlinetopic;

import java.util.List;
import java.util.function.Supplier;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permission;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resource;
import org.camunda.bpm.engine.authorization.Resources;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.stereotype.Component;

/**
 * Who starts a resident's topic: the board runs without a logged-in user, so its one start runs as the
 * identity {@value #USER_ID} (no user account: nobody can log in as it), authenticated with the community's
 * tenant only, which Camunda's authorizations allow exactly one thing: to create instances of
 * {@code online-topic} (READ and CREATE_INSTANCE on that process definition, CREATE on process instances). So the
 * ordinary rules apply to the board's start: the tenant is the user's own ({@code CommunityTenantIdProvider}),
 * the authorization check runs, the instance's {@code initiator} and Camunda's operation log say who started it,
 * and the board can start nothing else. Administrators see the grant in Admin (授权 → 流程定义).
 */
@Component
class PublicBoardIdentity implements SmartInitializingSingleton {

  static final String USER_ID = "public-board";

  private final IdentityService identity;
  private final AuthorizationService authorizations;

  PublicBoardIdentity(IdentityService identity, AuthorizationService authorizations) {
    this.identity = identity;
    this.authorizations = authorizations;
  }

  @Override
  public void afterSingletonsInstantiated() {
    grant(Resources.PROCESS_DEFINITION, OnlineTopicProcess.KEY, Permissions.READ);
    grant(Resources.PROCESS_DEFINITION, OnlineTopicProcess.KEY, Permissions.CREATE_INSTANCE);
    grant(Resources.PROCESS_INSTANCE, Authorization.ANY, Permissions.CREATE);
  }

  /** Runs the action as the board in the community's tenant. */
  <T> T inCommunity(String communityId, Supplier<T> action) {
    identity.setAuthentication(USER_ID, List.of(), List.of(communityId));
    try {
      return action.get();
    } finally {
      identity.clearAuthentication();
    }
  }

  /** Idempotent; another node granting the same at the same moment is no failure. */
  private void grant(Resource resource, String resourceId, Permission permission) {
    if (granted(resource, resourceId, permission)) {
      return;
    }
    Authorization auth = existing(resource, resourceId);
    if (auth == null) {
      auth = authorizations.createNewAuthorization(Authorization.AUTH_TYPE_GRANT);
      auth.setUserId(USER_ID);
      auth.setResource(resource);
      auth.setResourceId(resourceId);
    }
    auth.addPermission(permission);
    try {
      authorizations.saveAuthorization(auth);
    } catch (ProcessEngineException raced) {
      if (!granted(resource, resourceId, permission)) {
        throw raced;
      }
    }
  }

  private boolean granted(Resource resource, String resourceId, Permission permission) {
    Authorization existing = existing(resource, resourceId);
    return existing != null && existing.isPermissionGranted(permission);
  }

  private Authorization existing(Resource resource, String resourceId) {
    return authorizations.createAuthorizationQuery().authorizationType(Authorization.AUTH_TYPE_GRANT)
        .userIdIn(USER_ID).resourceType(resource).resourceId(resourceId).singleResult();
  }
}
