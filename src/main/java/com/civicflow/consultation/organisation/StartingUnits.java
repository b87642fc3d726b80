package com.civicflow.consultation.organisation;

import com.civicflow.consultation.matter.FormOptions;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Tenant;
import org.springframework.stereotype.Component;

/**
 * Where a user may start a matter, in the directory's order and named in Chinese: the districts, streets and
 * communities whose tenant they belong to (directly or through a group, as their login does), and the grids and
 * buildings of those communities. Start forms offer these instead of asking for a unit's id.
 */
@Component
public class StartingUnits {

  private final OrganisationDirectory directory;
  private final IdentityService identity;

  StartingUnits(OrganisationDirectory directory, IdentityService identity) {
    this.directory = directory;
    this.identity = identity;
  }

  /** The user's tenants, all of them for an administrator. */
  public List<OrgUnit> tenantsOf(String userId) {
    if (identity.createUserQuery().userId(userId).memberOfGroup(RoleGroup.ADMINISTRATOR.id()).count() > 0) {
      return directory.tenants();
    }
    List<String> ids = identity.createTenantQuery().userMember(userId).includingGroupsOfUser(true).list().stream()
        .map(Tenant::getId).toList();
    return directory.tenants().stream().filter(unit -> ids.contains(unit.id())).toList();
  }

  /**
   * The tenants a user may start a model's matter in: the user's own, at the levels the model runs at (all when it
   * names none). A community is its name (多福巷社区); a street or district says it is one (东华门街道（街道/镇级）).
   */
  public List<FormOptions.Option> tenants(String userId, Set<OrgLevel> levels) {
    return tenantsOf(userId).stream().filter(unit -> levels.isEmpty() || levels.contains(unit.level()))
        .map(StartingUnits::option).toList();
  }

  /** The grids (小区/网格) and buildings (楼栋) of the user's communities: 杨庙社区第一网格·1号楼（楼栋）, 丽景社区·万泰丽景小区（小区/网格）. */
  public List<FormOptions.Option> gridsAndBuildings(String userId) {
    return gridsAndBuildings(tenantsOf(userId));
  }

  /** The grids and buildings of these units' communities (a street or district has none of its own). */
  public List<FormOptions.Option> gridsAndBuildings(List<OrgUnit> units) {
    List<FormOptions.Option> options = new ArrayList<>();
    for (OrgUnit community : units) {
      if (community.level() != OrgLevel.COMMUNITY) {
        continue;
      }
      for (OrgUnit grid : directory.childrenOf(community.id())) {
        String gridName = grid.name().startsWith(community.name()) ? grid.name() : community.name() + "·" + grid.name();
        options.add(new FormOptions.Option(gridName + "（" + OrgLevel.GRID.label() + "）", grid.id()));
        for (OrgUnit building : directory.childrenOf(grid.id())) {
          options.add(new FormOptions.Option(gridName + "·" + building.name() + "（" + OrgLevel.BUILDING.label() + "）",
              building.id()));
        }
      }
    }
    return options;
  }

  /** How a start form names a unit: a community by its name (多福巷社区); a street or district says it is one. */
  public static FormOptions.Option option(OrgUnit unit) {
    return new FormOptions.Option(unit.level() == OrgLevel.COMMUNITY ? unit.name()
        : unit.name() + "（" + unit.level().label() + "级）", unit.id());
  }
}
