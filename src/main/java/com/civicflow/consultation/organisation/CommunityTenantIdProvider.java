package com.civicflow.consultation.organisation;

import com.civicflow.consultation.form.FormCheck;
import com.civicflow.consultation.matter.InvalidSubmissionException;
import com.civicflow.consultation.matter.MatterVariables;
import com.civicflow.consultation.matter.StartOnBehalf;
import java.util.List;
import java.util.Optional;
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
 * starts the matter when they belong to exactly one. A user may only start matters in their own tenants; process
 * code may start one for another matter in that matter's tenant or a tenant above it ({@link StartOnBehalf}).
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
    Optional<String> lower = StartOnBehalf.lowerTenant();
    if (requested != null && !requested.toString().isBlank()) {
      String tenantId = tenantOf(requested.toString().trim(), ctx);
      if (lower.isPresent()) {
        if (!directory.tenantsWithin(tenantId).contains(lower.get())) {
          throw new InvalidSubmissionException("“" + directory.unit(lower.get()).name() + "”的事项只能提请本级或上级议事组织，不能提请“"
              + directory.unit(tenantId).name() + "”");
        }
        return tenantId;
      }
      if (user != null && !isAdmin(user) && !tenants(user).contains(tenantId)) {
        throw new InvalidSubmissionException("您不属于“" + directory.unit(tenantId).name() + "”，不能为其发起协商事项");
      }
      return tenantId;
    }
    if (lower.isPresent()) {
      return lower.get();
    }
    if (user != null && tenants(user).size() == 1) {
      return tenants(user).get(0);
    }
    if ((user == null || user.getUserId() == null) && startedByTimerStartEvent()) {
      return null;
    }
    String label = FormCheck.startFormLabel(ctx.getProcessDefinition(), MatterVariables.COMMUNITY_ID.name()).orElse("所属社区");
    throw new InvalidSubmissionException("请选择“" + label + "”（协商事项所属的社区或街道，变量 communityId）");
  }

  private String tenantOf(String unitId, TenantIdProviderProcessInstanceContext ctx) {
    if (directory.find(unitId).isEmpty()) {
      String label = FormCheck.startFormLabel(ctx.getProcessDefinition(), MatterVariables.COMMUNITY_ID.name()).orElse("所属社区");
      String shown = unitId.length() <= 40 ? unitId : unitId.substring(0, 40) + "…";
      throw new InvalidSubmissionException("“" + label + "”中的“" + shown + "”不在组织目录中：请选择协商事项所属的社区");
    }
    return directory.tenantOf(unitId);
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
