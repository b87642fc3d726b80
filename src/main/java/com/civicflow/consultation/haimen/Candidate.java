package com.civicflow.consultation.haimen;

import com.civicflow.consultation.matter.InvalidSubmissionException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A council candidate: a resident's name and, when the resident is also a user of the system, their user
 * id (so that, once elected, they receive the council's tasks). Written one per line as {@code 姓名} or
 * {@code 姓名 用户名}.
 */
record Candidate(String name, String userId) {

  static final int MAX_NAME = 20;

  Optional<String> user() {
    return Optional.ofNullable(userId);
  }

  String line() {
    return userId == null ? name : name + " " + userId;
  }

  static Candidate parse(String line) {
    String[] parts = line.trim().split("[\\s,，]+");
    if (parts.length > 2) {
      throw new InvalidSubmissionException("候选人“" + line.trim() + "”格式不对：每行写一名候选人，格式为“姓名”或“姓名 用户名”");
    }
    if (parts[0].length() > MAX_NAME || parts[0].matches(".*\\d.*")) {
      throw new InvalidSubmissionException("候选人姓名“" + parts[0] + "”无效（不含数字，最多 " + MAX_NAME + " 字）");
    }
    return new Candidate(parts[0], parts.length == 2 ? parts[1] : null);
  }

  /** Candidates of a multi-line text, in order, without blank lines; a name given twice counts once. */
  static List<Candidate> parseAll(String text) {
    Map<String, Candidate> byName = new LinkedHashMap<>();
    if (text != null) {
      text.lines().filter(l -> !l.isBlank()).map(Candidate::parse).forEach(c -> byName.merge(c.name(), c,
          (a, b) -> a.userId() != null ? a : b));
    }
    return new ArrayList<>(byName.values());
  }

  static String format(List<Candidate> candidates) {
    return String.join("\n", candidates.stream().map(Candidate::line).toList());
  }
}
