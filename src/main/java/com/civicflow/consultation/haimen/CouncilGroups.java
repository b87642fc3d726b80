package com.civicflow.consultation.haimen;

import com.civicflow.consultation.organisation.OrganisationDirectory;
import com.civicflow.consultation.organisation.RoleGroup;
import com.civicflow.consultation.organisation.Staff;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.User;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * The community's 民主协商理事会 ("1+7+X") as a Camunda group {@code council-<communityId>}, member of the
 * community's tenant: the seven-step model's council tasks go to it. An election replaces its members
 * (the elected who are users, plus the party secretary as 名誉理事长). Before any election the group is
 * created from the community's current {@code consultation-council} and {@code party-secretary} holders.
 */
@Component
public class CouncilGroups {

  private static final Logger LOG = LoggerFactory.getLogger(CouncilGroups.class);
  public static final String TYPE_COUNCIL = "council";

  private final IdentityService identity;
  private final Staff staff;
  private final OrganisationDirectory directory;

  CouncilGroups(IdentityService identity, Staff staff, OrganisationDirectory directory) {
    this.identity = identity;
    this.staff = staff;
    this.directory = directory;
  }

  public static String groupId(String communityId) {
    return "council-" + communityId;
  }

  /** Creates the group from the current council and party-secretary holders if no election made it yet. */
  public String ensure(String communityId) {
    String groupId = groupId(communityId);
    if (identity.createGroupQuery().groupId(groupId).count() == 0) {
      create(communityId);
      Set<String> members = new LinkedHashSet<>(honoraryChairs(communityId));
      staff.holding(RoleGroup.CONSULTATION_COUNCIL, communityId).forEach(u -> members.add(u.getId()));
      members.forEach(m -> identity.createMembership(m, groupId));
      LOG.info("Council group {} created from the current council holders {} (no election held yet)", groupId, members);
    }
    return groupId;
  }

  /** Replaces the members: previous members removed, the elected users and the party secretary added. */
  public String replace(String communityId, List<String> electedUserIds) {
    String groupId = groupId(communityId);
    if (identity.createGroupQuery().groupId(groupId).count() == 0) {
      create(communityId);
    }
    Set<String> members = new LinkedHashSet<>(honoraryChairs(communityId));
    members.addAll(electedUserIds);
    // only the difference: inside a command the engine flushes inserts before deletes
    List<String> current = identity.createUserQuery().memberOfGroup(groupId).list().stream().map(User::getId).toList();
    current.stream().filter(u -> !members.contains(u)).forEach(u -> identity.deleteMembership(u, groupId));
    members.stream().filter(u -> !current.contains(u)).forEach(u -> identity.createMembership(u, groupId));
    LOG.info("Council group {} now: {}", groupId, members);
    return groupId;
  }

  public List<String> honoraryChairs(String communityId) {
    return staff.holding(RoleGroup.PARTY_SECRETARY, communityId).stream().map(User::getId).toList();
  }

  /**
   * The community's own users, who may be nominated to its council: members of the community's tenant who do not
   * work for the street, town or district above it (those are members of its tenant too).
   */
  public List<User> communityUsers(String communityId) {
    List<String> above = directory.parentOf(communityId).map(parent -> identity.createUserQuery()
        .memberOfTenant(parent.id()).list().stream().map(User::getId).toList()).orElse(List.of());
    return identity.createUserQuery().memberOfTenant(communityId).orderByUserId().asc().list().stream()
        .filter(u -> !above.contains(u.getId())).toList();
  }

  private void create(String communityId) {
    Group group = identity.newGroup(groupId(communityId));
    group.setName(directory.find(communityId).map(c -> c.name()).orElse(communityId) + "民主协商理事会");
    group.setType(TYPE_COUNCIL);
    identity.saveGroup(group);
    identity.createTenantGroupMembership(communityId, group.getId());
  }
}
