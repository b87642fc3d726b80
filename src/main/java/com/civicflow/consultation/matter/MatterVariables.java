package com.civicflow.consultation.matter;

import java.util.Date;

/**
 * The variables every consultation matter carries as plain top-level variables, so that supervisors
 * can filter by them in Cockpit and Tasklist (community, topic, current stage, overdue).
 */
public final class MatterVariables {

  /** The community (or street/district, when escalated) the matter belongs to; equals the tenant id. */
  public static final ProcessVariable<String> COMMUNITY_ID = ProcessVariable.string("communityId");
  public static final ProcessVariable<String> COMMUNITY_NAME = ProcessVariable.string("communityName");
  public static final ProcessVariable<String> STREET_ID = ProcessVariable.string("streetId");
  public static final ProcessVariable<String> DISTRICT_ID = ProcessVariable.string("districtId");
  /** The role group doing committee work for the matter's tenant (see RoleGroup.committeeAt). */
  public static final ProcessVariable<String> COMMITTEE_GROUP = ProcessVariable.string("committeeGroup");
  /** The readable matter number, also the business key. */
  public static final ProcessVariable<String> MATTER_NUMBER = ProcessVariable.string("matterNumber");
  /** A business key a client sent when starting the matter: kept for reference, never the matter number. */
  public static final ProcessVariable<String> CLIENT_BUSINESS_KEY = ProcessVariable.string("clientBusinessKey");
  /** 议题: the topic's title. */
  public static final ProcessVariable<String> TOPIC = ProcessVariable.string("topic");
  /** The current stage, in the seed's words (e.g. 提议, 审议, 群议). */
  public static final ProcessVariable<String> STAGE = ProcessVariable.string("stage");
  /** Who started the matter (the authenticated user, when there is one). */
  public static final ProcessVariable<String> INITIATOR = ProcessVariable.string("initiator");
  public static final ProcessVariable<Boolean> OVERDUE = ProcessVariable.bool("overdue");
  public static final ProcessVariable<Date> OVERDUE_SINCE = ProcessVariable.date("overdueSince");

  private MatterVariables() {}
}
