package com.civicflow.consultation.haimen;

import com.civicflow.consultation.matter.InvalidSubmissionException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A council candidate: a resident's name and, when the resident is also a user of the system, their user
 * id (so that, once elected, they receive the council's tasks). Kept one per line as {@code 姓名} or
 * {@code 姓名 用户名} in the election's variables; people type names only and choose users from a list.
 */
record Candidate(String name, String userId) {

  static final int MAX_NAME = 20;

  Optional<String> user() {
    return Optional.ofNullable(userId);
  }

  String line() {
    return userId == null ? name : name + " " + userId;
  }

  /** A resident as a nomination names them: a name, nothing else on the line. */
  static Candidate resident(String line) {
    String name = line.trim();
    if (name.split("[\\s,，]+").length > 1) {
      throw new InvalidSubmissionException("“" + name + "”：每行只写一位居民的姓名；本社区的系统用户请在“推荐的本社区系统用户”中选择");
    }
    return parse(name);
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
