package com.civicflow.consultation.organisation;

import com.civicflow.consultation.matter.MatterVariables;
import java.util.List;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.impl.cfg.multitenancy.TenantIdProvider;
import org.camunda.bpm.engine.impl.cfg.multitenancy.TenantIdProviderCaseInstanceContext;
import org.camunda.bpm.engine.impl.cfg.multitenancy.TenantIdProviderHistoricDecisionInstanceContext;
import org.camunda.bpm.engine.impl.cfg.multitenancy.TenantIdProviderProcessInstanceContext;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.impl.jobexecutor.TimerStartEventJobHandler;
import org.camunda.bpm.engine.impl.persistence.entity.JobEntity;

/**
 * Every consultation belongs to its community's tenant (or a street's or district's when the matter is
 * theirs). The tenant is the start variable {@code communityId}; without it, the tenant of the user who
 * starts the matter when they belong to exactly one. A user may only start matters in their own tenants.
 * Call activities inherit the tenant of the calling matter. The one start without a tenant: a platform schedule
 * (a timer start event run by the job executor, with no user), which is no matter; what it starts for a community
 * names that community.
 */
public class CommunityTenantIdProvider implements TenantIdProvider {

  private final OrganisationDirectory directory;

  public CommunityTenantIdProvider(OrganisationDirectory directory) {
    this.directory = directory;
  }

  @Override
  public String provideTenantIdForProcessInstance(TenantIdProviderProcessInstanceContext ctx) {
    DelegateExecution superExecution = ctx.getSuperExecution();
    if (superExecution != null) {
      return superExecution.getTenantId();
    }
    Authentication user = currentAuthentication();
    Object requested = ctx.getVariables().get(MatterVariables.COMMUNITY_ID.name());
    if (requested != null && !requested.toString().isBlank()) {
      String tenantId = directory.tenantOf(requested.toString().trim());
      if (user != null && !isAdmin(user) && !tenants(user).contains(tenantId)) {
        throw new ProcessEngineException("您不属于“" + directory.unit(tenantId).name() + "”，不能为其发起协商事项");
      }
      return tenantId;
    }
    if (user != null && tenants(user).size() == 1) {
      return tenants(user).get(0);
    }
    if ((user == null || user.getUserId() == null) && startedByTimerStartEvent()) {
      return null;
    }
    throw new ProcessEngineException("请选择协商事项所属的社区（变量 communityId）");
  }

  @Override
  public String provideTenantIdForCaseInstance(TenantIdProviderCaseInstanceContext ctx) {
    return null;
  }

  @Override
  public String provideTenantIdForHistoricDecisionInstance(TenantIdProviderHistoricDecisionInstanceContext ctx) {
    return ctx.getExecution() != null ? ctx.getExecution().getTenantId() : null;
  }

  private static boolean startedByTimerStartEvent() {
    JobEntity job = Context.getCommandContext() == null ? null : Context.getCommandContext().getCurrentJob();
    return job != null && TimerStartEventJobHandler.TYPE.equals(job.getJobHandlerType());
  }

  private static Authentication currentAuthentication() {
    return Context.getCommandContext() == null ? null : Context.getCommandContext().getAuthentication();
  }

  private static List<String> tenants(Authentication user) {
    return user.getTenantIds() == null ? List.of() : user.getTenantIds();
  }

  private static boolean isAdmin(Authentication user) {
    return user.getGroupIds() != null && user.getGroupIds().contains(RoleGroup.ADMINISTRATOR.id());
  }
}
