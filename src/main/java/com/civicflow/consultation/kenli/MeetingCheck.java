package com.civicflow.consultation.kenli;

import static com.civicflow.consultation.kenli.KenliVariables.MEETING_MINUTES;
import static com.civicflow.consultation.kenli.KenliVariables.MEETING_OUTCOME;
import static com.civicflow.consultation.kenli.KenliVariables.MEETING_ROUND;
import static com.civicflow.consultation.kenli.KenliVariables.REFERRAL_LEVEL;
import static com.civicflow.consultation.kenli.KenliVariables.REFERRAL_REASON;
import static com.civicflow.consultation.kenli.KenliVariables.RESULT_TEXT;
import static com.civicflow.consultation.kenli.KenliVariables.RESULT_TITLE;
import static com.civicflow.consultation.legalreview.LegalReviewVariables.ESTIMATED_COST;
import static com.civicflow.consultation.legalreview.LegalReviewVariables.HOUSEHOLDS_AFFECTED;
import static com.civicflow.consultation.matter.MatterVariables.TOPIC;

import com.civicflow.consultation.legalreview.LegalReviewVariables;
import com.civicflow.consultation.matter.InvalidSubmissionException;
import com.civicflow.consultation.matter.ProcessVariable;
import com.civicflow.consultation.matter.Submission;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * 议 — complete listener of 召开协商会议，形成协商意见 ({@code ${kenliMeetingCheck}}). Counts the round;
 * 再议 is refused after {@code consultation.kenli.max-meeting-rounds}; 提请上级 needs a level above and a
 * reason; 共识 needs the 协商意见 and the facts the legality review's table reads (cost, households, and
 * whether property rights, fees, demolition or public safety are touched).
 */
@Component("kenliMeetingCheck")
class MeetingCheck implements TaskListener {

  static final List<ProcessVariable<Boolean>> LEGAL_FACTS = List.of(LegalReviewVariables.TOUCHES_PROPERTY_RIGHTS,
      LegalReviewVariables.INVOLVES_FEES, LegalReviewVariables.INVOLVES_DEMOLITION,
      LegalReviewVariables.AFFECTS_PUBLIC_SAFETY);

  private final KenliProperties properties;

  MeetingCheck(KenliProperties properties) {
    this.properties = properties;
  }

  @Override
  public void notify(DelegateTask task) {
    Submission form = Submission.of(task);
    MEETING_MINUTES.set(task, form.text(MEETING_MINUTES, "会议记录"));
    String outcome = form.oneOf(MEETING_OUTCOME, "协商结果", KenliProcess.MEETING_OUTCOMES);
    long round = MEETING_ROUND.from(task).orElse(0L) + 1;
    switch (outcome) {
      case KenliProcess.MEETING_AGAIN -> {
        if (round >= properties.maxMeetingRounds()) {
          throw new InvalidSubmissionException("本议题已协商 " + round + " 轮仍未达成共识，不能再议：请形成协商意见或提请上级");
        }
      }
      case KenliProcess.MEETING_REFER -> {
        if (KenliProcess.NO_REFERRAL.equals(REFERRAL_LEVEL.from(task).orElse(KenliProcess.NO_REFERRAL))) {
          throw new InvalidSubmissionException("区级协商没有上级议事组织，不能提请上级");
        }
        REFERRAL_REASON.set(task, form.text(REFERRAL_REASON, "提请上级的理由"));
      }
      default -> {
        RESULT_TEXT.set(task, form.text(RESULT_TEXT, "协商意见"));
        ESTIMATED_COST.set(task, form.number(ESTIMATED_COST, "估算金额（元）", 0, 10_000_000_000L));
        HOUSEHOLDS_AFFECTED.set(task, form.number(HOUSEHOLDS_AFFECTED, "涉及户数", 0, 1_000_000));
        for (ProcessVariable<Boolean> fact : LEGAL_FACTS) {
          Object value = task.getVariable(fact.name());
          fact.set(task, value != null && Boolean.parseBoolean(value.toString()));
        }
        RESULT_TITLE.set(task, "协商结果：" + TOPIC.from(task).orElse(""));
      }
    }
    MEETING_ROUND.set(task, round);
  }
}
