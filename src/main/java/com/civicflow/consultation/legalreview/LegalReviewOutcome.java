package com.civicflow.consultation.legalreview;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/** The three outcomes of a legality review (合法性审核结论); ids are the values of {@code legalReviewOutcome}. */
public enum LegalReviewOutcome {
  /** 合法: the result may be carried out as it is. */
  LAWFUL("lawful", "合法"),
  /** 修改后合法: carried out in the revised wording the reviewer returns ({@code revisedResultText}). */
  LAWFUL_WITH_CHANGES("lawful-with-changes", "修改后合法"),
  /** 不合法: the office corrects it (依法纠正, {@code legalCorrection}); the calling model goes back to drafting. */
  UNLAWFUL("unlawful", "不合法");

  private final String id;
  private final String label;

  LegalReviewOutcome(String id, String label) {
    this.id = id;
    this.label = label;
  }

  public String id() {
    return id;
  }

  public String label() {
    return label;
  }

  public static Optional<LegalReviewOutcome> byId(String id) {
    return Arrays.stream(values()).filter(o -> o.id.equals(id)).findFirst();
  }

  public static List<String> ids() {
    return Arrays.stream(values()).map(LegalReviewOutcome::id).toList();
  }
}
