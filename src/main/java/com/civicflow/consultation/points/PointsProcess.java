package com.civicflow.consultation.points;

import java.util.List;

/** The process {@code kenli-points} (登记治理积分) and the fixed vocabularies of the ledger. */
public final class PointsProcess {

  public static final String KEY = "kenli-points";
  public static final String EVENT_RECORD_STARTED = "Event_PointsRecordStarted";
  public static final String TASK_RECEIPT = "Task_PointsReceipt";
  public static final String TASK_FORGET_CODE = "Task_ForgetCode";
  public static final String EVENT_RECORDED = "Event_PointsRecorded";

  public static final String VOLUNTEERING = PointsKind.VOLUNTEERING.label();
  public static final String REDEMPTION = PointsKind.REDEMPTION.label();
  public static final String ISSUE_CODE = "发放积分码";
  public static final List<String> RECORD_KINDS = List.of(VOLUNTEERING, REDEMPTION, ISSUE_CODE);

  public static final String RESIDENT = "居民";
  public static final String SHOP = "商户";
  public static final List<String> HOLDER_KINDS = List.of(RESIDENT, SHOP);

  /** A name of an account: 2 to 50 characters. */
  public static final int MAX_HOLDER = 50;
  public static final long MAX_HOURS = 24;
  public static final long MAX_REDEMPTION = 100_000;

  private PointsProcess() {}
}
