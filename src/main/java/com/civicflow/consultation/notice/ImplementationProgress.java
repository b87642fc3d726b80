package com.civicflow.consultation.notice;

import java.util.Date;

/**
 * How the implementation of a published result is going (from the {@code implementation-supervision}
 * instance with the same matter number), in the board's words: 尚未交办, 办理中, 已逾期, 已办结.
 */
public record ImplementationProgress(String state, String responsibleUnitName, Date completionDeadline, String deadlineText) {

  public static final String NOT_ASSIGNED = "尚未交办";
  public static final String IN_PROGRESS = "办理中";
  public static final String OVERDUE = "已逾期";
  public static final String DONE = "已办结";
  /** Done, but the unit finished its work after the completion deadline: residents see that too. */
  public static final String DONE_LATE = "逾期办结";

  static ImplementationProgress notAssigned() {
    return new ImplementationProgress(NOT_ASSIGNED, null, null, null);
  }

  public boolean assigned() {
    return !NOT_ASSIGNED.equals(state);
  }
}
