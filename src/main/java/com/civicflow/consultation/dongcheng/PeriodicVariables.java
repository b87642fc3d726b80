package com.civicflow.consultation.dongcheng;

import com.civicflow.consultation.matter.ProcessVariable;
import java.util.Date;
import java.util.List;

/**
 * The variables of the street's periodic processes, declared once: {@code dongcheng-rating-round} (定期组织评议) with
 * its {@code dongcheng-community-rating}, and {@code dongcheng-funding-audit} (协商资金审计).
 */
public final class PeriodicVariables {

  public static final String RATING_ROUND_KEY = "dongcheng-rating-round";
  public static final String COMMUNITY_RATING_KEY = "dongcheng-community-rating";
  public static final String FUNDING_AUDIT_KEY = "dongcheng-funding-audit";

  public static final String EVENT_ROUND_STARTED = "Event_RatingRoundStarted";
  public static final String TASK_LAUNCH_RATINGS = "Task_LaunchCommunityRatings";
  public static final String TASK_RATE = "Task_RateStreetAndDepartments";
  public static final String EVENT_AUDIT_STARTED = "Event_FundingAuditStarted";
  public static final String TASK_AUDIT = "Task_AuditFunding";

  // 定期组织评议
  public static final ProcessVariable<Long> RATING_YEAR = ProcessVariable.number("ratingYear");
  public static final ProcessVariable<String> RATING_PERIOD = ProcessVariable.string("ratingPeriod");
  public static final ProcessVariable<String> RATING_PERIOD_LABEL = ProcessVariable.string("ratingPeriodLabel");
  public static final ProcessVariable<Date> RATING_FROM = ProcessVariable.date("ratingFrom");
  public static final ProcessVariable<Date> RATING_TO = ProcessVariable.date("ratingTo");
  /** The round's number, on each community's rating. */
  public static final ProcessVariable<String> RATING_ROUND = ProcessVariable.string("ratingRound");
  public static final ProcessVariable<String> RATING_COMMUNITIES = ProcessVariable.string("ratingCommunities");
  /** The rows the community rates (Json list: name, kind, matters, rating, comment), prefilled, submitted back. */
  public static final ProcessVariable<Object> RATING_ITEMS = ProcessVariable.json("ratingItems");
  public static final ProcessVariable<String> RATING_EXPECTED = ProcessVariable.string("ratingExpected");
  public static final ProcessVariable<String> RATING_PARTICIPANTS = ProcessVariable.string("ratingParticipants");

  // 协商资金审计
  public static final ProcessVariable<Long> AUDIT_YEAR = ProcessVariable.number("auditYear");
  public static final ProcessVariable<String> FUNDING_RECORDS = ProcessVariable.string("fundingRecords");
  public static final ProcessVariable<Long> FUNDING_RECORD_COUNT = ProcessVariable.number("fundingRecordCount");
  public static final ProcessVariable<Long> FUNDING_TOTAL = ProcessVariable.number("fundingTotal");
  public static final ProcessVariable<String> AUDITOR = ProcessVariable.string("auditor");
  public static final ProcessVariable<String> AUDIT_CONCLUSION = ProcessVariable.string("auditConclusion");
  public static final ProcessVariable<String> AUDIT_OPINION = ProcessVariable.string("auditOpinion");

  static final List<String> PERIODS = List.of("全年", "第一季度", "第二季度", "第三季度", "第四季度");
  static final List<String> CONCLUSIONS = List.of("审计通过", "发现问题，责令整改");
  static final String STREET = "街道";
  static final String DEPARTMENT = "区有关部门";

  private PeriodicVariables() {}
}
