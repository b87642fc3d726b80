package com.civicflow.consultation.yuzhong;

import static com.civicflow.consultation.yuzhong.YuzhongVariables.CATALOGUE_ITEM;
import static com.civicflow.consultation.yuzhong.YuzhongVariables.CATEGORY;
import static com.civicflow.consultation.yuzhong.YuzhongVariables.CONTRARY_TO_LAW;
import static com.civicflow.consultation.yuzhong.YuzhongVariables.HOUSEHOLDS_AFFECTED;
import static com.civicflow.consultation.yuzhong.YuzhongVariables.MEETING_ROUND;
import static com.civicflow.consultation.yuzhong.YuzhongVariables.PROPOSER_EMAIL;
import static com.civicflow.consultation.yuzhong.YuzhongVariables.SOURCES;
import static com.civicflow.consultation.yuzhong.YuzhongVariables.TOPIC_DESCRIPTION;
import static com.civicflow.consultation.yuzhong.YuzhongVariables.TOPIC_SOURCE;
import static com.civicflow.consultation.yuzhong.YuzhongVariables.WITHIN_COMMUNITY_POWERS;

import com.civicflow.consultation.mail.Recipients;
import com.civicflow.consultation.matter.InvalidSubmissionException;
import com.civicflow.consultation.matter.MatterVariables;
import com.civicflow.consultation.matter.Submission;
import org.camunda.bpm.dmn.engine.DmnDecisionResultEntries;
import org.camunda.bpm.engine.DecisionService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.variable.Variables;
import org.springframework.stereotype.Component;

/**
 * 提议: checks the start form of a committee member's proposal on the server — topic, description, an item of
 * the catalogue, whose class the catalogue gives (decision {@code yuzhong-six-plus-five-catalogue}: the form asks
 * for the item only; a caller that still names a class is refused when it is not the item's), the source, the facts
 * the screening needs — and notes the proposer's e-mail for the answer.
 */
@Component("yuzhongProposal")
class Proposal implements ExecutionListener {

  private final DecisionService decisions;
  private final Recipients recipients;

  Proposal(DecisionService decisions, Recipients recipients) {
    this.decisions = decisions;
    this.recipients = recipients;
  }

  @Override
  public void notify(DelegateExecution execution) {
    Submission form = Submission.of(execution);
    MatterVariables.TOPIC.set(execution, form.text(MatterVariables.TOPIC, "议题"));
    TOPIC_DESCRIPTION.set(execution, form.text(TOPIC_DESCRIPTION, "议题说明"));
    String item = form.text(CATALOGUE_ITEM, "协商事项");
    String category = categoryOf(item);
    CATEGORY.from(execution).filter(named -> !named.isBlank() && !named.equals(category)).ifPresent(named -> {
      throw new InvalidSubmissionException("协商事项“" + item + "”属于“" + category + "”类，而不是“" + named + "”类");
    });
    CATEGORY.set(execution, category);
    CATALOGUE_ITEM.set(execution, item);
    TOPIC_SOURCE.set(execution, form.oneOf(TOPIC_SOURCE, "议题来源", SOURCES));
    HOUSEHOLDS_AFFECTED.set(execution, form.number(HOUSEHOLDS_AFFECTED, "涉及户数", 0, 1_000_000));
    WITHIN_COMMUNITY_POWERS.set(execution, form.bool(WITHIN_COMMUNITY_POWERS, "属于社区自治范围"));
    CONTRARY_TO_LAW.set(execution, form.bool(CONTRARY_TO_LAW, "与法律法规或政策相抵触"));
    MEETING_ROUND.set(execution, 0L);
    String initiator = MatterVariables.INITIATOR.from(execution).orElse(null);
    PROPOSER_EMAIL.set(execution, recipients.user(initiator).stream().findFirst().orElse(null));
    MatterVariables.STAGE.set(execution, "提议");
  }

  private String categoryOf(String item) {
    // the catalogue is reference data: whoever may propose may read it (no decision permission needed)
    DmnDecisionResultEntries entry = Context.getCommandContext().runWithoutAuthorization(() ->
        decisions.evaluateDecisionByKey(YuzhongProcess.DECISION_CATALOGUE)
            .variables(Variables.createVariables().putValue(CATALOGUE_ITEM.name(), item))
            .evaluate().getSingleResult());
    if (entry == null || entry.getEntry(CATEGORY.name()) == null) {
      throw new InvalidSubmissionException("“" + item + "”不在社区协商议事事项清单中");
    }
    return entry.getEntry(CATEGORY.name());
  }
}
