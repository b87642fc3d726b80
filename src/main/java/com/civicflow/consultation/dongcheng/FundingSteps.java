package com.civicflow.consultation.dongcheng;

import static com.civicflow.consultation.dongcheng.DongchengVariables.*;

import com.civicflow.consultation.matter.InvalidSubmissionException;
import com.civicflow.consultation.matter.MatterVariables;
import com.civicflow.consultation.matter.Submission;
import java.util.Date;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.stereotype.Service;

/**
 * 协商资金 (东城 seed, 四(三)): a funded result names source, amount and use; the funding is decided by a 居民会议 or
 * 居民代表会议 (the same decision table as a disputed result), then published on the board (居务公开) and kept for the
 * street's yearly audit ({@link FundingLedger}). No funding is recorded without that decision.
 */
@Service
class FundingSteps {

  static final long MAX_AMOUNT = 100_000_000;

  private final FundingLedger ledger;

  FundingSteps(FundingLedger ledger) {
    this.ledger = ledger;
  }

  /** Part of 确定落实方式: 无需资金, or a source with amount (元) and use. */
  static void planned(DelegateTask task, Submission form) {
    String source = form.oneOf(FUNDING_SOURCE, "资金来源", FUNDING);
    boolean funded = !NO_FUNDING.equals(source);
    FUNDED.set(task, funded);
    FUNDING_APPROVED.set(task, false);
    if (funded) {
      FUNDING_AMOUNT.set(task, form.number(FUNDING_AMOUNT, "资金金额（元）", 1, MAX_AMOUNT));
      FUNDING_USE.set(task, form.text(FUNDING_USE, "资金用途"));
    }
  }

  /** 居民会议（居民代表会议）讨论决定协商资金: the counts, checked as a disputed result's meeting is. */
  void meetingHeld(DelegateTask task) {
    Submission form = Submission.of(task);
    FUNDING_MEETING_KIND.set(task, form.oneOf(FUNDING_MEETING_KIND, "会议", FUNDING_MEETINGS));
    long entitled = form.number(FUNDING_ENTITLED, "应到人数", 1, 100_000);
    long present = form.number(FUNDING_PRESENT, "实到人数", 0, 100_000);
    long yes = form.number(FUNDING_VOTES_FOR, "赞成票数", 0, 100_000);
    long no = form.number(FUNDING_VOTES_AGAINST, "反对票数", 0, 100_000);
    DecisionSteps.checkCounts(entitled, present, yes, no);
    FUNDING_MEETING_MINUTES.set(task, form.text(FUNDING_MEETING_MINUTES, "会议记录"));
    FUNDING_ENTITLED.set(task, entitled);
    FUNDING_PRESENT.set(task, present);
    FUNDING_VOTES_FOR.set(task, yes);
    FUNDING_VOTES_AGAINST.set(task, no);
  }

  /** 公示协商资金: recorded for the board and the audit — only what a meeting decided. */
  void published(DelegateExecution execution) {
    if (!FUNDING_APPROVED.from(execution).orElse(false) || FUNDING_MEETING_KIND.from(execution).isEmpty()) {
      throw new InvalidSubmissionException("协商资金须经居民会议或居民代表会议讨论决定后才能公示和使用");
    }
    Date now = ClockUtil.getCurrentTime();
    ledger.record(execution.getTenantId(), execution.getProcessInstanceId(), new FundingLedger.Funding(
        MatterVariables.MATTER_NUMBER.required(execution), MatterVariables.TOPIC.from(execution).orElse(""),
        FUNDING_SOURCE.required(execution), FUNDING_AMOUNT.required(execution), FUNDING_USE.required(execution),
        FUNDING_MEETING_KIND.required(execution), votes(execution), now, now.toInstant().atZone(Submission.ZONE).getYear()));
  }

  private static String votes(VariableScope scope) {
    return "应到 " + FUNDING_ENTITLED.from(scope).orElse(0L) + " 人，实到 " + FUNDING_PRESENT.from(scope).orElse(0L)
        + " 人，赞成 " + FUNDING_VOTES_FOR.from(scope).orElse(0L) + " 票，反对 " + FUNDING_VOTES_AGAINST.from(scope).orElse(0L) + " 票";
  }

  /** The funding line of the result notice. */
  static String shown(VariableScope scope) {
    if (!FUNDED.from(scope).orElse(false)) {
      return "资金来源：" + FUNDING_SOURCE.from(scope).orElse(NO_FUNDING);
    }
    return "协商资金：" + FUNDING_SOURCE.from(scope).orElse("") + " " + FUNDING_AMOUNT.from(scope).orElse(0L) + " 元，用于"
        + FUNDING_USE.from(scope).orElse("") + "（经" + FUNDING_MEETING_KIND.from(scope).orElse("") + "讨论决定，"
        + votes(scope) + "）";
  }
}
