package com.civicflow.consultation.cangzhou;

import static com.civicflow.consultation.cangzhou.CangzhouVariables.CONSENSUS_MINUTES;
import static com.civicflow.consultation.cangzhou.CangzhouVariables.CONSENSUS_NEXT_STEP;
import static com.civicflow.consultation.cangzhou.CangzhouVariables.CONSENSUS_REACHED;
import static com.civicflow.consultation.cangzhou.CangzhouVariables.CONSENSUS_ROUND;
import static com.civicflow.consultation.cangzhou.CangzhouVariables.DRAFT_DECISION;
import static com.civicflow.consultation.cangzhou.CangzhouVariables.EXPERT_DECISION;
import static com.civicflow.consultation.cangzhou.CangzhouVariables.EXPERT_OPINION;
import static com.civicflow.consultation.cangzhou.CangzhouVariables.EXPERT_REVIEWER;
import static com.civicflow.consultation.cangzhou.CangzhouVariables.EXPERT_REVISED_PLAN;
import static com.civicflow.consultation.cangzhou.CangzhouVariables.PLAN_KIND;
import static com.civicflow.consultation.cangzhou.CangzhouVariables.PLAN_RETURN_REASON;
import static com.civicflow.consultation.cangzhou.CangzhouVariables.PLAN_ROUND;
import static com.civicflow.consultation.cangzhou.CangzhouVariables.PLAN_TEXT;
import static com.civicflow.consultation.cangzhou.CangzhouVariables.RESULT_OBJECTION_UPHELD;
import static com.civicflow.consultation.cangzhou.CangzhouVariables.RESULT_UPHELD_OBJECTION;
import static com.civicflow.consultation.cangzhou.CangzhouVariables.WITHDRAWAL_REASON;
import static com.civicflow.consultation.legalreview.LegalReviewVariables.AFFECTS_PUBLIC_SAFETY;
import static com.civicflow.consultation.legalreview.LegalReviewVariables.CORRECTION;
import static com.civicflow.consultation.legalreview.LegalReviewVariables.ESTIMATED_COST;
import static com.civicflow.consultation.legalreview.LegalReviewVariables.HOUSEHOLDS_AFFECTED;
import static com.civicflow.consultation.legalreview.LegalReviewVariables.INVOLVES_DEMOLITION;
import static com.civicflow.consultation.legalreview.LegalReviewVariables.INVOLVES_FEES;
import static com.civicflow.consultation.legalreview.LegalReviewVariables.OUTCOME;
import static com.civicflow.consultation.legalreview.LegalReviewVariables.RESULT_TEXT;
import static com.civicflow.consultation.legalreview.LegalReviewVariables.REVISED_RESULT_TEXT;
import static com.civicflow.consultation.legalreview.LegalReviewVariables.TOUCHES_PROPERTY_RIGHTS;

import com.civicflow.consultation.matter.InvalidSubmissionException;
import com.civicflow.consultation.matter.ProcessVariable;
import com.civicflow.consultation.matter.Submission;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.springframework.stereotype.Service;

/** 拟方案, 达共识, 定公约, and what sends a plan back to 拟方案 (legality review, upheld objection). */
@Service
class PlanSteps {

  static final List<String> DRAFT_DECISIONS = List.of("submit", "withdraw");
  static final String WITHDRAW = "withdraw";
  static final List<String> PLAN_KINDS = List.of("方案", "公约");
  static final List<String> NEXT_STEPS = List.of("redraft", "shelve");
  static final String REDRAFT = "redraft";
  static final List<String> EXPERT_DECISIONS = List.of("approved", "revised", "returned");

  /** 拟方案: the council submits a draft plan (with what the legality review needs) or withdraws the matter. */
  void planDrafted(DelegateTask task) {
    Submission form = Submission.of(task);
    PLAN_ROUND.set(task, PLAN_ROUND.from(task).orElse(0L) + 1);
    if (WITHDRAW.equals(form.oneOf(DRAFT_DECISION, "议事会决定", DRAFT_DECISIONS))) {
      form.text(WITHDRAWAL_REASON, "终止协商的理由");
      return;
    }
    form.oneOf(PLAN_KIND, "草案类型", PLAN_KINDS);
    PLAN_TEXT.set(task, form.text(PLAN_TEXT, "方案（公约）草案"));
    ESTIMATED_COST.set(task, form.number(ESTIMATED_COST, "估算金额（元）", 0, 1_000_000_000L));
    HOUSEHOLDS_AFFECTED.set(task, form.number(HOUSEHOLDS_AFFECTED, "涉及户数", 0, 1_000_000L));
    for (ProcessVariable<Boolean> flag : List.of(TOUCHES_PROPERTY_RIGHTS, INVOLVES_FEES, INVOLVES_DEMOLITION, AFFECTS_PUBLIC_SAFETY)) {
      flag.set(task, optionalFlag(task, flag));
    }
  }

  /** 达共识: reached, or not — then another round (within the bound) or shelved. */
  void consensusRecorded(DelegateTask task, long maxRounds) {
    Submission form = Submission.of(task);
    long round = CONSENSUS_ROUND.from(task).orElse(0L) + 1;
    boolean reached = form.bool(CONSENSUS_REACHED, "是否达成共识");
    String minutes = form.text(CONSENSUS_MINUTES, "协商记录");
    CONSENSUS_ROUND.set(task, round);
    CONSENSUS_REACHED.set(task, reached);
    if (reached) {
      CONSENSUS_NEXT_STEP.set(task, null);
      return;
    }
    String next = form.oneOf(CONSENSUS_NEXT_STEP, "未达成共识时的处理", NEXT_STEPS);
    if (REDRAFT.equals(next) && round >= maxRounds) {
      throw new InvalidSubmissionException("已协商 " + round + " 轮仍未达成共识（上限 " + maxRounds + " 轮），只能搁置");
    }
    PLAN_RETURN_REASON.set(task, "第 " + round + " 轮协商未达成共识：" + minutes);
  }

  /** 定公约: experts approve, approve a revised text, or return the plan for revision. */
  void expertReviewed(DelegateTask task) {
    Submission form = Submission.of(task);
    String decision = form.oneOf(EXPERT_DECISION, "审查结论", EXPERT_DECISIONS);
    String opinion = form.text(EXPERT_OPINION, "审查意见");
    EXPERT_REVIEWER.set(task, task.getAssignee());
    switch (decision) {
      case "revised" -> PLAN_TEXT.set(task, form.text(EXPERT_REVISED_PLAN, "修订后的方案（公约）"));
      case "returned" -> PLAN_RETURN_REASON.set(task, "专家审查退回修改：" + opinion);
      default -> { }
    }
  }

  /** After the legality review: carry out the revised text, or go back with the correction. */
  void legalReviewDone(DelegateExecution execution) {
    String outcome = OUTCOME.from(execution).orElse("");
    if ("lawful-with-changes".equals(outcome)) {
      REVISED_RESULT_TEXT.from(execution).ifPresent(text -> RESULT_TEXT.set(execution, text));
    } else if ("unlawful".equals(outcome)) {
      PLAN_RETURN_REASON.set(execution, "合法性审核不合法，依法纠正：" + CORRECTION.from(execution).orElse(""));
    }
  }

  /** After the result notice: an upheld objection sends the plan back. */
  void resultNoticeDone(DelegateExecution execution) {
    if (RESULT_OBJECTION_UPHELD.from(execution).orElse(false)) {
      PLAN_RETURN_REASON.set(execution, "协商结果公示期间异议成立：" + RESULT_UPHELD_OBJECTION.from(execution).orElse(""));
    }
  }

  private static boolean optionalFlag(VariableScope scope, ProcessVariable<Boolean> flag) {
    Object value = scope.getVariable(flag.name());
    return value != null && Boolean.parseBoolean(value.toString());
  }
}
