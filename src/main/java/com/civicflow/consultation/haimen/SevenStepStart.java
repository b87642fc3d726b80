package com.civicflow.consultation.haimen;

import static com.civicflow.consultation.haimen.SevenStepVariables.TOPIC_DESCRIPTION;
import static com.civicflow.consultation.haimen.SevenStepVariables.TOPIC_SOURCE;

import com.civicflow.consultation.legalreview.LegalReviewVariables;
import com.civicflow.consultation.matter.MatterVariables;
import com.civicflow.consultation.matter.Submission;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

/** 七步议事法 start and legality-review outcome: checks the start form; keeps the council group in place. */
@Component
class SevenStepStart {

  static final int MAX_TOPIC = 100;

  private final CouncilGroups councils;

  SevenStepStart(CouncilGroups councils) {
    this.councils = councils;
  }

  /** Start form: topic, source and description; the community's council group exists (see {@link CouncilGroups#ensure}). */
  void start(DelegateExecution execution) {
    Submission submission = Submission.of(execution);
    String topic = submission.text(MatterVariables.TOPIC, "议题");
    if (topic.length() > MAX_TOPIC) {
      throw new com.civicflow.consultation.matter.InvalidSubmissionException("“议题”不能超过 " + MAX_TOPIC + " 字");
    }
    submission.oneOf(TOPIC_SOURCE, "议题来源", SevenStep.TOPIC_SOURCES);
    submission.text(TOPIC_DESCRIPTION, "情况说明");
    councils.ensure(MatterVariables.COMMUNITY_ID.required(execution));
  }

  /** 修改后合法: the revised text is what the unit carries out. */
  void applyLegalReview(DelegateExecution execution) {
    if ("lawful-with-changes".equals(execution.getVariable("legalReviewOutcome"))) {
      LegalReviewVariables.RESULT_TEXT.set(execution, (String) execution.getVariable("revisedResultText"));
    }
  }
}
