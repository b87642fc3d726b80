package com.civicflow.consultation.cangzhou;

import static com.civicflow.consultation.cangzhou.CangzhouVariables.CHOSEN_OPTION;
import static com.civicflow.consultation.cangzhou.CangzhouVariables.PLAN_RETURN_REASON;
import static com.civicflow.consultation.cangzhou.CangzhouVariables.PLAN_TEXT;
import static com.civicflow.consultation.cangzhou.CangzhouVariables.PRESENT_REPRESENTATIVES;
import static com.civicflow.consultation.cangzhou.CangzhouVariables.RUNNER_UP_VOTES;
import static com.civicflow.consultation.cangzhou.CangzhouVariables.TOP_OPTION_VOTES;
import static com.civicflow.consultation.cangzhou.CangzhouVariables.TOTAL_REPRESENTATIVES;
import static com.civicflow.consultation.cangzhou.CangzhouVariables.VOTE_MINUTES;
import static com.civicflow.consultation.cangzhou.CangzhouVariables.VOTE_MODE;
import static com.civicflow.consultation.cangzhou.CangzhouVariables.VOTE_PASSED;
import static com.civicflow.consultation.cangzhou.CangzhouVariables.VOTE_RESULT_REASON;
import static com.civicflow.consultation.cangzhou.CangzhouVariables.VOTE_TALLY;
import static com.civicflow.consultation.cangzhou.CangzhouVariables.YES_VOTES;
import static com.civicflow.consultation.legalreview.LegalReviewVariables.RESULT_TEXT;

import com.civicflow.consultation.matter.InvalidSubmissionException;
import com.civicflow.consultation.matter.ProcessVariable;
import com.civicflow.consultation.matter.Submission;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.springframework.stereotype.Service;

/**
 * 说了算: checks the counts the representatives' meeting recorded (the server refuses impossible counts),
 * the options and their votes when choosing among several (e.g. three bidding contractors) and the fee
 * split; the decision table cangzhou-eight-step-vote then decides from the counts.
 */
@Service
class VoteRecord {

  static final List<String> MODES = List.of("approval", "choice");
  static final String CHOICE = "choice";
  static final int MAX_OPTIONS = 5;
  static final long MAX_REPRESENTATIVES = 10_000;
  /** Result variable of the decision task (a map, removed once read). */
  static final String DECISION_RESULT = "voteDecision";

  private final FeeSplit fees;

  VoteRecord(FeeSplit fees) {
    this.fees = fees;
  }

  record Option(String name, long votes) {}

  void voteRecorded(DelegateTask task) {
    Submission form = Submission.of(task);
    String mode = form.oneOf(VOTE_MODE, "表决方式", MODES);
    long total = form.number(TOTAL_REPRESENTATIVES, "代表总数", 1, MAX_REPRESENTATIVES);
    long present = form.number(PRESENT_REPRESENTATIVES, "到会代表数", 0, MAX_REPRESENTATIVES);
    long yes = form.number(YES_VOTES, "同意票数", 0, MAX_REPRESENTATIVES);
    if (present > total) {
      throw new InvalidSubmissionException("到会代表数（" + present + "）不能多于代表总数（" + total + "）");
    }
    if (yes > present) {
      throw new InvalidSubmissionException("同意票数（" + yes + "）不能多于到会代表数（" + present + "）");
    }
    form.text(VOTE_MINUTES, "表决记录");
    TOTAL_REPRESENTATIVES.set(task, total);
    PRESENT_REPRESENTATIVES.set(task, present);
    YES_VOTES.set(task, yes);
    StringBuilder tally = new StringBuilder("代表总数 %d，到会 %d，同意 %d".formatted(total, present, yes));
    StringBuilder result = new StringBuilder(PLAN_TEXT.required(task));
    if (CHOICE.equals(mode)) {
      List<Option> options = options(task, form, present);
      Option top = options.get(0);
      CHOSEN_OPTION.set(task, top.name());
      TOP_OPTION_VOTES.set(task, top.votes());
      RUNNER_UP_VOTES.set(task, options.get(1).votes());
      tally.append("；选项得票：");
      options.forEach(o -> tally.append(o.name()).append(' ').append(o.votes()).append(" 票 "));
      result.append("\n选定：").append(top.name()).append("（").append(top.votes()).append(" 票）");
    } else {
      CHOSEN_OPTION.set(task, null);
      TOP_OPTION_VOTES.set(task, 0L);
      RUNNER_UP_VOTES.set(task, 0L);
    }
    fees.record(task, form).ifPresent(text -> result.append("\n费用分摊：").append(text));
    VOTE_TALLY.set(task, tally.toString().trim());
    RESULT_TEXT.set(task, result.toString());
  }

  /** The options entered with their votes, most votes first; at least two, votes within those present. */
  private static List<Option> options(DelegateTask task, Submission form, long present) {
    List<Option> options = new ArrayList<>();
    for (int i = 1; i <= MAX_OPTIONS; i++) {
      Object name = task.getVariable(optionName(i));
      if (name == null || name.toString().isBlank()) {
        continue;
      }
      long votes = form.number(ProcessVariable.number(optionVotes(i)), "选项 " + i + " 得票数", 0, MAX_REPRESENTATIVES);
      options.add(new Option(name.toString().trim(), votes));
    }
    if (options.size() < 2) {
      throw new InvalidSubmissionException("多选一表决至少需要两个选项（名称和得票数）");
    }
    long cast = options.stream().mapToLong(Option::votes).sum();
    if (cast > present) {
      throw new InvalidSubmissionException("各选项得票合计（" + cast + "）不能多于到会代表数（" + present + "）");
    }
    options.sort(Comparator.comparingLong(Option::votes).reversed());
    return options;
  }

  static String optionName(int i) {
    return "option" + i + "Name";
  }

  static String optionVotes(int i) {
    return "option" + i + "Votes";
  }

  /** End of the decision task: the table's verdict as plain variables; a failed vote goes back to 拟方案. */
  void voteDecided(DelegateExecution execution, Map<String, Object> decision) {
    if (decision == null || !(decision.get(VOTE_PASSED.name()) instanceof Boolean passed)) {
      throw new IllegalStateException("决策表 " + CangzhouProcess.VOTE_DECISION + " 没有给出表决结果");
    }
    String reason = String.valueOf(decision.get(VOTE_RESULT_REASON.name()));
    execution.removeVariable(DECISION_RESULT);
    VOTE_PASSED.set(execution, passed);
    VOTE_RESULT_REASON.set(execution, reason);
    if (!passed) {
      PLAN_RETURN_REASON.set(execution, "居民代表会议表决未通过：" + reason + "（" + VOTE_TALLY.from(execution).orElse("") + "）");
    }
  }
}
