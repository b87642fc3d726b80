package com.civicflow.consultation.legalreview;

import java.util.Arrays;

/** Why a review reached an office: the values of the escalation tasks' local input {@code escalationCause}. */
enum EscalationCause {
  /** The decision table routed the matter to this level. */
  ROUTING("routing", "按决策表报送审核"),
  /** The street office did not decide in time: the review goes one level up. */
  OVERDUE("overdue", "街道逾期未审核，提级至区民政局");

  private final String id;
  private final String label;

  EscalationCause(String id, String label) {
    this.id = id;
    this.label = label;
  }

  String id() {
    return id;
  }

  String label() {
    return label;
  }

  static EscalationCause byId(String id) {
    return Arrays.stream(values()).filter(c -> c.id.equals(id)).findFirst()
        .orElseThrow(() -> new IllegalArgumentException("未知的报送原因 escalationCause: " + id));
  }
}
