package com.civicflow.consultation.haimen;

import static com.civicflow.consultation.haimen.ElectionVariables.*;

import com.civicflow.consultation.matter.InvalidSubmissionException;
import com.civicflow.consultation.matter.MatterVariables;
import com.civicflow.consultation.matter.Submission;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.springframework.stereotype.Component;

/** 三推两选一票决一公示: the candidate lists through nominations, screenings, ballots and objections. */
@Component
class Election {

  static final long MAX_SEATS = 15;

  private final CouncilGroups councils;

  Election(CouncilGroups councils) {
    this.councils = councils;
  }

  void start(DelegateExecution execution) {
    if (SEATS.from(execution).isEmpty()) {
      SEATS.set(execution, DEFAULT_SEATS);
    }
    SEATS.set(execution, Submission.of(execution).number(SEATS, "常务理事席位数", 1, MAX_SEATS));
    ELECTED_MEMBERS.set(execution, "");
    SCREENING_RECORD.set(execution, "");
    BALLOT_RECORD.set(execution, "");
    NOMINATION_ROUND.set(execution, 0L);
    BALLOT_ROUND.set(execution, 0L);
  }

  /** One nomination: its own list, every user id a user of this community. */
  String nominations(VariableScope task, String communityId) {
    List<Candidate> list = Candidate.parseAll(Submission.of(task).text(NOMINATIONS, "推荐人选"));
    for (Candidate c : list) {
      c.user().filter(u -> !councils.isCommunityUser(u, communityId)).ifPresent(u -> {
        throw new InvalidSubmissionException("“" + c.name() + "”后面的用户名“" + u
            + "”不是本社区的系统用户。不是系统用户的居民只写姓名；是系统用户的写“姓名 用户名”，如“茅建华 sannan-council”");
      });
    }
    return Candidate.format(list);
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

  /** A screening: strike candidates, each with a reason (lines 姓名：理由); none struck is fine. */
  void screen(VariableScope task, String screeningName) {
    String strikes = STRIKES.from(task).orElse("");
    List<Candidate> candidates = candidates(task);
    StringBuilder record = new StringBuilder(SCREENING_RECORD.from(task).orElse(""));
    for (String line : strikes.lines().filter(l -> !l.isBlank()).toList()) {
      String[] parts = line.trim().split("\\s*[:：]\\s*", 2);
      if (parts.length < 2 || parts[1].isBlank()) {
        throw new InvalidSubmissionException("筛除“" + line.trim() + "”缺少理由：每行写“姓名：理由”");
      }
      if (!candidates.removeIf(c -> c.name().equals(parts[0]))) {
        throw new InvalidSubmissionException("“" + parts[0] + "”不在候选人名单中");
      }
      record.append("【").append(screeningName).append("】筛除 ").append(parts[0]).append("：").append(parts[1]).append('\n');
    }
    SCREENING_RECORD.set(task, record.toString());
    setCandidates(task, candidates);
  }

  /** The ballot's record: every candidate once with 0..ballotsCast votes, no ballot marking more than the open seats. */
  void checkBallot(VariableScope task) {
    Submission submission = Submission.of(task);
    submission.oneOf(BALLOT_MEETING, "票决会议", List.of("村（居）民代表会议", "村（居）民大会"));
    long cast = submission.number(BALLOTS_CAST, "收回有效选票数", 1, 100_000);
    String tally = submission.text(BALLOT_TALLY, "各候选人得票");
    List<String> names = candidates(task).stream().map(Candidate::name).toList();
    Map<String, Long> votes = new LinkedHashMap<>();
    for (String line : tally.lines().filter(l -> !l.isBlank()).toList()) {
      if (!line.trim().matches("\\S+[\\s:：,，]+\\d+")) {
        throw new InvalidSubmissionException("得票“" + line.trim() + "”格式不对：每行写“姓名 票数”");
      }
      ElectionRule.votes(line).forEach((name, v) -> {
        if (!names.contains(name)) {
          throw new InvalidSubmissionException("“" + name + "”不是本轮候选人");
        }
        if (v > cast) {
          throw new InvalidSubmissionException("“" + name + "”的得票 " + v + " 多于收回的选票数 " + cast);
        }
        if (votes.put(name, v) != null) {
          throw new InvalidSubmissionException("“" + name + "”的得票填了两次");
        }
      });
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

  void count(DelegateExecution execution) {
    long round = BALLOT_ROUND.from(execution).orElse(0L) + 1;
    BALLOT_ROUND.set(execution, round);
    Map<String, Long> votes = ElectionRule.votes(BALLOT_TALLY.required(execution));
    long cast = BALLOTS_CAST.required(execution);
    ElectionRule.Outcome outcome = ElectionRule.elect(votes, cast, OPEN_SEATS.required(execution));
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
    ElectionRule.Outcome outcome = ElectionRule.elect(votes, BALLOTS_CAST.required(execution), OPEN_SEATS.required(execution));
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

  private static void setCandidates(VariableScope scope, List<Candidate> candidates) {
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
