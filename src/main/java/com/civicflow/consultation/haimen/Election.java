package com.civicflow.consultation.haimen;

import static com.civicflow.consultation.haimen.ElectionVariables.*;

import com.civicflow.consultation.matter.FormOptions;
import com.civicflow.consultation.matter.InvalidSubmissionException;
import com.civicflow.consultation.matter.MatterVariables;
import com.civicflow.consultation.matter.Submission;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.springframework.stereotype.Component;

/**
 * 三推两选一票决一公示: the candidate lists through the merged nominations ({@link Nominations}), the screenings
 * ({@link Screenings}), ballots and objections.
 */
@Component
class Election {

  static final long MAX_SEATS = 15;

  private final CouncilGroups councils;
  private final int majorityPercent;

  Election(CouncilGroups councils, HaimenProperties settings) {
    this.councils = councils;
    this.majorityPercent = settings.electionMajorityPercent();
  }

  void start(DelegateExecution execution) {
    if (MatterVariables.TOPIC.from(execution).isEmpty()) { // what Tasklist's cards and the file call this matter
      MatterVariables.TOPIC.set(execution, MatterVariables.COMMUNITY_NAME.from(execution).orElse("") + "民主协商理事会成员推选");
    }
    if (SEATS.from(execution).isEmpty()) {
      SEATS.set(execution, DEFAULT_SEATS);
    }
    SEATS.set(execution, Submission.of(execution).number(SEATS, "常务理事席位数", 1, MAX_SEATS));
    ELECTED_MEMBERS.set(execution, "");
    SCREENING_RECORD.set(execution, "");
    NOMINATION_RECORD.set(execution, "");
    PROPOSED_STRIKES.set(execution, "");
    PROPOSED_STRIKE_REASON.set(execution, "");
    COMMITTEE_SCREENING_RETURN.set(execution, "");
    BALLOT_RECORD.set(execution, "");
    NOMINATION_ROUND.set(execution, 0L);
    BALLOT_ROUND.set(execution, 0L);
  }

  void mergeNominations(DelegateExecution execution) {
    Map<String, Candidate> merged = new LinkedHashMap<>();
    for (var source : List.of(NOMINATIONS_BY_COMMITTEES, NOMINATIONS_BY_OWNERS, NOMINATIONS_BY_MEMBERS)) {
      Candidate.parseAll(source.from(execution).orElse("")).forEach(c -> merged.merge(c.name(), c,
          (a, b) -> a.userId() != null ? a : b));
    }
    elected(execution).forEach(e -> merged.remove(e.name()));
    long open = SEATS.required(execution) - elected(execution).size();
    OPEN_SEATS.set(execution, open);
    NOMINATION_ROUND.set(execution, NOMINATION_ROUND.from(execution).orElse(0L) + 1);
    setCandidates(execution, new ArrayList<>(merged.values()));
  }

  /** The ballot's record: every candidate once with 0..ballotsCast votes, no ballot marking more than the open seats. */
  void checkBallot(VariableScope task) {
    Submission submission = Submission.of(task);
    submission.oneOf(BALLOT_MEETING, "票决会议", List.of("村（居）民代表会议", "村（居）民大会"));
    long cast = submission.number(BALLOTS_CAST, "收回有效选票数", 1, 100_000);
    List<String> names = candidates(task).stream().map(Candidate::name).toList();
    Map<String, Long> votes = new LinkedHashMap<>();
    for (Map<String, String> row : FormOptions.rows(BALLOT_ROWS.from(task).orElse(null))) {
      String name = row.getOrDefault("name", "");
      if (!names.contains(name)) {
        throw new InvalidSubmissionException("得票表中的“" + name + "”不是本轮候选人");
      }
      long v = votes(name, row.getOrDefault("votes", ""));
      if (v > cast) {
        throw new InvalidSubmissionException("“" + name + "”的得票 " + v + " 多于收回的选票数 " + cast);
      }
      if (votes.put(name, v) != null) {
        throw new InvalidSubmissionException("“" + name + "”的得票填了两次");
      }
    }
    names.stream().filter(n -> !votes.containsKey(n)).findFirst().ifPresent(n -> {
      throw new InvalidSubmissionException("缺少候选人“" + n + "”的得票（没有得票填 0）");
    });
    long total = votes.values().stream().mapToLong(Long::longValue).sum();
    if (total > cast * OPEN_SEATS.required(task)) {
      throw new InvalidSubmissionException("得票合计 " + total + " 超过可能的最大值（选票数 × 应选席位 = "
          + cast * OPEN_SEATS.required(task) + "）");
    }
    BALLOT_TALLY.set(task, String.join("\n", names.stream().map(n -> n + " " + votes.get(n)).toList()));
  }

  private static long votes(String name, String text) {
    if (text.isBlank()) {
      throw new InvalidSubmissionException("请填写“" + name + "”的得票（没有得票填 0）");
    }
    try {
      long v = new BigDecimal(text).longValueExact();
      if (v < 0) {
        throw new InvalidSubmissionException("“" + name + "”的得票不能小于 0");
      }
      return v;
    } catch (NumberFormatException | ArithmeticException e) {
      throw new InvalidSubmissionException("“" + name + "”的得票必须是整数: " + text);
    }
  }

  void count(DelegateExecution execution) {
    long round = BALLOT_ROUND.from(execution).orElse(0L) + 1;
    BALLOT_ROUND.set(execution, round);
    Map<String, Long> votes = ElectionRule.votes(BALLOT_TALLY.required(execution));
    long cast = BALLOTS_CAST.required(execution);
    ElectionRule.Outcome outcome = ElectionRule.elect(votes, cast, OPEN_SEATS.required(execution), majorityPercent);
    BALLOT_RECORD.set(execution, BALLOT_RECORD.from(execution).orElse("") + "第" + round + "轮（" + cast + " 张选票，应选 "
        + OPEN_SEATS.required(execution) + " 名）：" + BALLOT_TALLY.required(execution).replace('\n', '；')
        + " → 当选：" + (outcome.elected().isEmpty() ? "无" : String.join("、", outcome.elected())) + "\n");
    admit(execution, outcome.elected());
  }

  /** 异议成立: the named elected member loses the seat. */
  void strike(VariableScope task) {
    String name = Submission.of(task).text(STRUCK_MEMBER, "异议成立的当选人");
    List<Candidate> elected = elected(task);
    if (!elected.removeIf(c -> c.name().equals(name))) {
      throw new InvalidSubmissionException("“" + name + "”不是本次当选人");
    }
    ELECTED_MEMBERS.set(task, Candidate.format(elected));
    List<Candidate> candidates = candidates(task);
    candidates.removeIf(c -> c.name().equals(name));
    setCandidates(task, candidates);
    SCREENING_RECORD.set(task, SCREENING_RECORD.from(task).orElse("") + "【公示异议成立】取消 " + name + " 的当选资格："
        + task.getVariable("upheldObjection") + '\n');
  }

  /** The struck member's seat goes to the next eligible candidate of the last ballot, or to another round. */
  void refill(DelegateExecution execution) {
    OPEN_SEATS.set(execution, SEATS.required(execution) - elected(execution).size());
    List<String> still = candidates(execution).stream().map(Candidate::name).toList();
    Map<String, Long> votes = new LinkedHashMap<>(ElectionRule.votes(BALLOT_TALLY.required(execution)));
    votes.keySet().retainAll(still);
    ElectionRule.Outcome outcome = ElectionRule.elect(votes, BALLOTS_CAST.required(execution), OPEN_SEATS.required(execution),
        majorityPercent);
    admit(execution, outcome.elected());
  }

  void install(DelegateExecution execution) {
    String community = MatterVariables.COMMUNITY_ID.required(execution);
    List<String> users = elected(execution).stream().flatMap(c -> c.user().stream()).toList();
    COUNCIL_GROUP.set(execution, councils.replace(community, users));
    HONORARY_CHAIR.set(execution, String.join("、", councils.honoraryChairs(community)));
  }

  private void admit(DelegateExecution execution, List<String> names) {
    List<Candidate> candidates = candidates(execution);
    List<Candidate> elected = elected(execution);
    candidates.stream().filter(c -> names.contains(c.name())).forEach(elected::add);
    candidates.removeIf(c -> names.contains(c.name()));
    ELECTED_MEMBERS.set(execution, Candidate.format(elected));
    long open = SEATS.required(execution) - elected.size();
    OPEN_SEATS.set(execution, open);
    setCandidates(execution, candidates);
    String next = open == 0 ? NEXT_NOTICE : candidates.size() > open ? NEXT_BALLOT : NEXT_NOMINATIONS;
    ELECTION_NEXT.set(execution, next);
    if (open == 0) {
      ELECTION_RESULT.set(execution, ElectionNotice.body(execution, elected, councils));
    }
  }

  static void setCandidates(VariableScope scope, List<Candidate> candidates) {
    CANDIDATES.set(scope, Candidate.format(candidates));
    CANDIDATE_COUNT.set(scope, (long) candidates.size());
    COMPETITIVE_BALLOT.set(scope, candidates.size() > OPEN_SEATS.required(scope));
  }

  static List<Candidate> candidates(VariableScope scope) {
    return Candidate.parseAll(CANDIDATES.from(scope).orElse(""));
  }

  static List<Candidate> elected(VariableScope scope) {
    return Candidate.parseAll(ELECTED_MEMBERS.from(scope).orElse(""));
  }
}
