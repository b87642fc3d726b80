package com.civicflow.consultation.points;

import com.civicflow.consultation.matter.ProcessVariable;
import java.util.Date;

/** The variables of {@code kenli-points} (登记治理积分), declared once; form field keys are these names. */
public final class PointsVariables {

  /** 志愿服务, 兑换 or 发放积分码. */
  public static final ProcessVariable<String> POINTS_KIND = ProcessVariable.string("pointsKind");
  /** 居民姓名或商户名称, as the community's ledger names the account. */
  public static final ProcessVariable<String> HOLDER = ProcessVariable.string("pointsHolder");
  /** 居民 or 商户. */
  public static final ProcessVariable<String> HOLDER_KIND = ProcessVariable.string("pointsHolderKind");
  public static final ProcessVariable<String> SERVICE_TYPE = ProcessVariable.string("serviceType");
  public static final ProcessVariable<Long> SERVICE_HOURS = ProcessVariable.number("serviceHours");
  public static final ProcessVariable<Date> SERVICE_DATE = ProcessVariable.date("serviceDate");
  public static final ProcessVariable<String> SERVICE_NOTE = ProcessVariable.string("serviceNote");
  public static final ProcessVariable<String> REDEMPTION_ITEM = ProcessVariable.string("redemptionItem");
  public static final ProcessVariable<Long> REDEMPTION_POINTS = ProcessVariable.number("redemptionPoints");

  /** What was recorded: points (+ earned, − redeemed, 0 for a code only), the balance after, the receipt's text. */
  public static final ProcessVariable<Long> RECORDED_POINTS = ProcessVariable.number("pointsRecorded");
  public static final ProcessVariable<Long> BALANCE = ProcessVariable.number("pointsBalance");
  public static final ProcessVariable<String> RECEIPT = ProcessVariable.string("pointsReceipt");
  /** The personal code issued by this record (a new account, or 发放积分码); removed from the history once handed over. */
  public static final ProcessVariable<String> CODE = ProcessVariable.string("pointsCode");
  public static final ProcessVariable<Boolean> CODE_HANDED_OVER = ProcessVariable.bool("pointsCodeHandedOver");

  private PointsVariables() {}
}
