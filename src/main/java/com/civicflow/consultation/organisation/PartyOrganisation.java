package com.civicflow.consultation.organisation;

/**
 * The party organisation of a unit of the directory, as 垦利's seed names the chain that leads consultation
 * (“社区党委—小区党支部—楼栋党小组—党员中心户”, and the 镇街 and 区 above): a community's 党委, a grid's (小区) 党支部,
 * a building's 党小组, a street's or town's 党(工)委, a district's 区委. Its name is the unit's name with that suffix (a
 * building's with its community's name in front, as buildings are named only by number).
 */
public record PartyOrganisation(String unitId, String name, OrgLevel level) {

  public static PartyOrganisation of(OrgUnit unit, OrganisationDirectory directory) {
    String suffix = switch (unit.level()) {
      case DISTRICT -> "委";
      case STREET, COMMUNITY -> "党委";
      case GRID -> "党支部";
      case BUILDING -> "党小组";
    };
    String base = unit.level() == OrgLevel.BUILDING ? directory.communityOf(unit.id()).name() + unit.name() : unit.name();
    return new PartyOrganisation(unit.id(), base + suffix, unit.level());
  }
}
