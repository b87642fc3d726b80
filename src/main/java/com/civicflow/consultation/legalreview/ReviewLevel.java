package com.civicflow.consultation.legalreview;

import com.civicflow.consultation.organisation.RoleGroup;
import java.util.Arrays;

/** Who reviews: the values of {@code legalReviewLevel} the decision table returns. */
enum ReviewLevel {
  STREET("street", "街道办事处", RoleGroup.STREET_OFFICE),
  DISTRICT("district", "区民政局", RoleGroup.DISTRICT_CIVIL_AFFAIRS),
  NONE("none", "无需审核", null);

  private final String id;
  private final String label;
  private final RoleGroup reviewers;

  ReviewLevel(String id, String label, RoleGroup reviewers) {
    this.id = id;
    this.label = label;
    this.reviewers = reviewers;
  }

  String id() {
    return id;
  }

  String label() {
    return label;
  }

  /** The candidate group of the review task; tenant membership narrows it to the matter's office. */
  RoleGroup reviewers() {
    return reviewers;
  }

  static ReviewLevel byId(String id) {
    return Arrays.stream(values()).filter(l -> l.id.equals(id)).findFirst()
        .orElseThrow(() -> new IllegalArgumentException(
            "合法性审核层级“" + id + "”无效（决策表 legality-review-routing 只能返回 street、district 或 none）"));
  }
}
