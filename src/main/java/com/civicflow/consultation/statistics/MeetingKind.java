package com.civicflow.consultation.statistics;

import java.util.List;

/**
 * The kinds of meeting the seeds count (海门: 民主理事会 231 次、民主恳谈会 38 次 …; 沧州: 协商议事会议 4500 余次; 垦利:
 * 逢十议事), in the order the statistics show them. A model that records a meeting's form (渝中 协商形式, 垦利
 * 协商形式, 东城 协商形式) has it classified by the words in it; see {@link #ofForm}.
 */
public enum MeetingKind {
  CONSULTATION("议事协商会议"),
  COUNCIL("民主理事会"),
  HEART_TO_HEART("民主恳谈会"),
  EVALUATION("民主评议会"),
  HEARING("民主听证会"),
  ADVISORY("民主咨询会"),
  TENTH_DAY("逢十议事"),
  RESIDENTS("居民（代表）会议");

  private final String label;

  MeetingKind(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }

  private record FormWord(String word, MeetingKind kind) {}

  /** Words in a recorded meeting form and the kind they name; checked in this order. */
  private static final List<FormWord> FORM_WORDS = List.of(new FormWord("听证", HEARING), new FormWord("评议", EVALUATION),
      new FormWord("恳谈", HEART_TO_HEART), new FormWord("咨询", ADVISORY), new FormWord("居民会议", RESIDENTS),
      new FormWord("居民代表", RESIDENTS), new FormWord("居民大会", RESIDENTS));

  /**
   * The kind a recorded meeting form names (社区听证会, 社区决策听证 → 民主听证会; 民情恳谈 → 民主恳谈会; 社区评议会,
   * 民主评议 → 民主评议会; 社区居民代表大会, 居民会议 → 居民（代表）会议); any other form (板凳议事, 社区协调会, 网上协商,
   * 楼院理事会 …) or none is the step's own kind.
   */
  static MeetingKind ofForm(String form, MeetingKind otherwise) {
    if (form != null) {
      for (FormWord word : FORM_WORDS) {
        if (form.contains(word.word())) {
          return word.kind();
        }
      }
    }
    return otherwise;
  }
}
