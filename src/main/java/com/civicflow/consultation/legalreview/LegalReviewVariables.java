package com.civicflow.consultation.legalreview;

import com.civicflow.consultation.matter.MatterVariables;
import com.civicflow.consultation.matter.ProcessVariable;
import java.util.Date;

/**
 * The variables of the call activity {@code legality-review} (合法性审核): what a calling model passes in,
 * what it gets back, and what the review keeps for the matter's file (一事一档). Names are the shared
 * contract; form field keys are these names.
 */
public final class LegalReviewVariables {

  public static final String PROCESS_KEY = "legality-review";
  public static final String DECISION_KEY = "legality-review-routing";

  // --- inputs -------------------------------------------------------------------------------------
  /** 议题. */
  public static final ProcessVariable<String> TOPIC = MatterVariables.TOPIC;
  /** 协商成果: the text under review. */
  public static final ProcessVariable<String> RESULT_TEXT = ProcessVariable.string("resultText");
  /** 事项类别 (渝中 catalogue: 公益事业, 工作部署, 矛盾纠纷, 自治制度, 其他). */
  public static final ProcessVariable<String> CATEGORY = ProcessVariable.string("category");
  /** 估算金额 (元). */
  public static final ProcessVariable<Long> ESTIMATED_COST = ProcessVariable.number("estimatedCost");
  /** 涉及户数. */
  public static final ProcessVariable<Long> HOUSEHOLDS_AFFECTED = ProcessVariable.number("householdsAffected");
  public static final ProcessVariable<Boolean> TOUCHES_PROPERTY_RIGHTS = ProcessVariable.bool("touchesPropertyRights");
  public static final ProcessVariable<Boolean> INVOLVES_FEES = ProcessVariable.bool("involvesFees");
  public static final ProcessVariable<Boolean> INVOLVES_DEMOLITION = ProcessVariable.bool("involvesDemolition");
  public static final ProcessVariable<Boolean> AFFECTS_PUBLIC_SAFETY = ProcessVariable.bool("affectsPublicSafety");
  /** 协商层级: 区, 街道, 社区, 小区, 楼栋. */
  public static final ProcessVariable<String> CONSULTATION_LEVEL = ProcessVariable.string("consultationLevel");

  // --- outputs ------------------------------------------------------------------------------------
  public static final ProcessVariable<Boolean> REVIEW_REQUIRED = ProcessVariable.bool("legalReviewRequired");
  /** street | district | none: the level that reviews (district after an overdue street review). */
  public static final ProcessVariable<String> REVIEW_LEVEL = ProcessVariable.string("legalReviewLevel");
  /** lawful | lawful-with-changes | unlawful ({@link LegalReviewOutcome}). */
  public static final ProcessVariable<String> OUTCOME = ProcessVariable.string("legalReviewOutcome");
  public static final ProcessVariable<String> OPINION = ProcessVariable.string("legalOpinion");
  /** The user who completed the review task. */
  public static final ProcessVariable<String> REVIEWER = ProcessVariable.string("legalReviewer");
  public static final ProcessVariable<String> REVISED_RESULT_TEXT = ProcessVariable.string("revisedResultText");
  /** 依法纠正: the reviewing office's correction of an unlawful result. */
  public static final ProcessVariable<String> CORRECTION = ProcessVariable.string("legalCorrection");

  // --- kept for the file and shown on the review form ---------------------------------------------
  /** Why the decision table routed the matter as it did (its rule's annotation). */
  public static final ProcessVariable<String> ROUTING_REASON = ProcessVariable.string("legalReviewRoutingReason");
  /** The reviewing office (street or district id) and its name. */
  public static final ProcessVariable<String> OFFICE_ID = ProcessVariable.string("legalReviewOfficeId");
  public static final ProcessVariable<String> OFFICE_NAME = ProcessVariable.string("legalReviewOfficeName");
  /** Due date of the current review task (also the street deadline timer). */
  public static final ProcessVariable<Date> DUE_DATE = ProcessVariable.date("legalReviewDueDate");
  /** The same due date as text for the form, e.g. 2026-12-01 17:30. */
  public static final ProcessVariable<String> DUE_DATE_TEXT = ProcessVariable.string("legalReviewDueDateText");
  /** Chinese label of the level, for the form (街道办事处 / 区民政局). */
  public static final ProcessVariable<String> LEVEL_LABEL = ProcessVariable.string("legalReviewLevelLabel");
  /** JSON list (Spin) of every escalation: level, office, group, reviewers, when, due date, cause. */
  public static final String ESCALATIONS = "legalReviewEscalations";

  /** Local input of the escalation service tasks: street | district. */
  public static final ProcessVariable<String> ESCALATION_LEVEL = ProcessVariable.string("escalationLevel");
  /** Local input of the escalation service tasks: routing (the table) | overdue (street deadline passed). */
  public static final ProcessVariable<String> ESCALATION_CAUSE = ProcessVariable.string("escalationCause");

  private LegalReviewVariables() {}
}
