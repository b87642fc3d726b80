package com.civicflow.consultation.organisation;

import java.util.Arrays;
import java.util.Optional;

/**
 * The role groups (candidate groups of user tasks). A role says what a person does; the tenants they
 * belong to say in which communities. Ids are kebab-case, names are what Tasklist and Admin show.
 */
public enum RoleGroup {
  COMMITTEE_STAFF("committee-staff", "社区“两委”/居委会工作人员", Access.STAFF, true),
  PARTY_SECRETARY("party-secretary", "社区党组织书记", Access.STAFF, true),
  /** 党员: who counts for 垦利's 先锋指数 (党员任务领办情况), a party member of the tenants the person belongs to. */
  PARTY_MEMBER("party-member", "党员", Access.STAFF, false),
  CONSULTATION_COUNCIL("consultation-council", "协商议事委员会委员", Access.STAFF, true),
  GRID_WORKER("grid-worker", "网格员", Access.STAFF, true),
  /** 东城: 居民监督小组 — residents, not the 居委会 they supervise; follow their community's matters, sign off. */
  RESIDENTS_SUPERVISION("residents-supervision", "居民监督小组成员", Access.OBSERVER, false),
  EXPERT("expert", "专家库专家", Access.STAFF, false),
  RESPONSIBLE_UNIT("responsible-unit", "责任单位", Access.STAFF, false),
  STREET_OFFICE("street-office", "街道办事处/镇人民政府", Access.STAFF, true),
  /** 镇（街道）党工委: the street's party working committee (海门 两筛选's second screening), not its office staff. */
  STREET_PARTY_COMMITTEE("street-party-committee", "街道（镇）党工委", Access.STAFF, false),
  /** 业主委员会代表: enters the owners' committee's own nomination (海门 三推荐), scoped by the community's tenant. */
  OWNERS_COMMITTEE("owners-committee", "业主委员会代表", Access.STAFF, false),
  DISTRICT_CIVIL_AFFAIRS("district-civil-affairs", "区民政局", Access.SUPERVISION, true),
  SUPERVISOR("supervisor", "督办人员", Access.SUPERVISION, false),
  ADMINISTRATOR("camunda-admin", "系统管理员", Access.ALL, true);

  /**
   * Which web applications a role opens. OBSERVER: Tasklist and Cockpit, reading (never changing) the instances,
   * tasks and history of its tenants' matters — for residents who supervise, without the supervisors' other rights.
   */
  public enum Access {
    STAFF, SUPERVISION, OBSERVER, ALL
  }

  private final String id;
  private final String label;
  private final Access access;
  private final boolean startsConsultations;

  RoleGroup(String id, String label, Access access, boolean startsConsultations) {
    this.id = id;
    this.label = label;
    this.access = access;
    this.startsConsultations = startsConsultations;
  }

  public String id() {
    return id;
  }

  public String label() {
    return label;
  }

  public Access access() {
    return access;
  }

  public boolean startsConsultations() {
    return startsConsultations;
  }

  /**
   * Who does a matter's committee work (handling objections, recording evaluations) at a tenant's level: the
   * community's residents' committee, a street's office, a district's civil-affairs bureau.
   */
  public static RoleGroup committeeAt(OrgLevel level) {
    return switch (level) {
      case DISTRICT -> DISTRICT_CIVIL_AFFAIRS;
      case STREET -> STREET_OFFICE;
      default -> COMMITTEE_STAFF;
    };
  }

  public static Optional<RoleGroup> byId(String id) {
    return Arrays.stream(values()).filter(r -> r.id.equals(id)).findFirst();
  }

  /** Group type stored in Camunda, to tell role groups from responsible-unit groups in Admin. */
  public static final String TYPE_ROLE = "role";
  public static final String TYPE_RESPONSIBLE_UNIT = "responsible-unit";
  /** Group type of a district's starters ({@code starters-<district>}), kept by {@code IdentityBootstrap}. */
  public static final String TYPE_STARTERS = "starters";

  /** The group of everybody who may start the district's consultation models. */
  public static String startersOf(String districtId) {
    return "starters-" + districtId;
  }

  /** The group of the district's street offices, who start its {@code street-models} ({@code IdentityBootstrap}). */
  public static String streetStartersOf(String districtId) {
    return "street-starters-" + districtId;
  }
}
