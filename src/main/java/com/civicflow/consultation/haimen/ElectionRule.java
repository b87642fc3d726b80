package com.civicflow.consultation.haimen;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * 无记名差额票决的当选规则 (the seed names no number): the candidates ranked by votes are elected up to the open seats
 * if each has more than the configured share of the ballots cast ({@link HaimenProperties}, by default half). A tie at the last
 * open seat elects neither of the tied; seats left open go to another round among the remaining.
 */
final class ElectionRule {

  record Outcome(List<String> elected, List<String> remaining) {}

  private ElectionRule() {}

  /** More than half of the ballots cast, the product's default. */
  static Outcome elect(Map<String, Long> votes, long ballotsCast, long openSeats) {
    return elect(votes, ballotsCast, openSeats, 50);
  }

  /**
   * @param votes votes per candidate name, in the candidates' order
   * @param majorityPercent elected with more than this share (in %) of the ballots cast
   */
  static Outcome elect(Map<String, Long> votes, long ballotsCast, long openSeats, int majorityPercent) {
    List<Map.Entry<String, Long>> eligible = new ArrayList<>(votes.entrySet().stream()
        .filter(e -> e.getValue() * 100 > ballotsCast * majorityPercent).toList());
    eligible.sort(Map.Entry.<String, Long>comparingByValue(Comparator.reverseOrder()));
    List<String> elected = new ArrayList<>();
    if (eligible.size() <= openSeats) {
      eligible.forEach(e -> elected.add(e.getKey()));
    } else if (openSeats > 0) {
      long boundary = eligible.get((int) openSeats - 1).getValue();
      boolean tie = eligible.get((int) openSeats).getValue() == boundary;
      eligible.stream().limit(openSeats).filter(e -> !tie || e.getValue() > boundary).forEach(e -> elected.add(e.getKey()));
    }
    List<String> remaining = votes.keySet().stream().filter(n -> !elected.contains(n)).toList();
    return new Outcome(elected, remaining);
  }

  /** Votes as "姓名 票数" lines, keyed by name in the order given. */
  static Map<String, Long> votes(String tally) {
    Map<String, Long> votes = new LinkedHashMap<>();
    tally.lines().filter(l -> !l.isBlank()).forEach(l -> {
      String[] parts = l.trim().split("[\\s:：,，]+");
      votes.put(parts[0], Long.parseLong(parts[parts.length - 1]));
    });
    return votes;
  }
}
