package com.civicflow.consultation.cangzhou;

import com.civicflow.consultation.matter.MatterVariables;
import java.util.Map;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The beans {@code cangzhou-eight-step.bpmn} names in {@code delegateExpression}: thin adapters over
 * {@link TopicSteps}, {@link PlanSteps}, {@link VoteRecord}, {@link JointMeeting} and {@link ProgressReport}.
 */
@Configuration
class CangzhouListeners {

  /** Start of every step: the current stage is the step's name (the seed's words), for Cockpit and filters. */
  @Bean
  ExecutionListener cangzhouStage() {
    return execution -> MatterVariables.STAGE.set(execution, execution.getCurrentActivityName());
  }

  @Bean
  ExecutionListener cangzhouTopicRaised(TopicSteps steps) {
    return steps::topicRaised;
  }

  @Bean
  TaskListener cangzhouTopicStudied(TopicSteps steps) {
    return steps::topicStudied;
  }

  @Bean
  TaskListener cangzhouTalksHeld(TopicSteps steps) {
    return steps::talksHeld;
  }

  @Bean
  TaskListener cangzhouPlanDrafted(PlanSteps steps) {
    return steps::planDrafted;
  }

  @Bean
  TaskListener cangzhouConsensusRecorded(PlanSteps steps, CangzhouProperties properties) {
    return task -> steps.consensusRecorded(task, properties.maxConsensusRounds());
  }

  @Bean
  TaskListener cangzhouExpertReviewed(PlanSteps steps) {
    return steps::expertReviewed;
  }

  @Bean
  TaskListener cangzhouVoteRecorded(VoteRecord vote) {
    return vote::voteRecorded;
  }

  @Bean
  @SuppressWarnings("unchecked")
  ExecutionListener cangzhouVoteDecided(VoteRecord vote) {
    return execution -> vote.voteDecided(execution, (Map<String, Object>) execution.getVariable(VoteRecord.DECISION_RESULT));
  }

  @Bean
  ExecutionListener cangzhouLegalReviewDone(PlanSteps steps) {
    return steps::legalReviewDone;
  }

  @Bean
  TaskListener cangzhouJointMeetingHeld(JointMeeting meeting) {
    return meeting::held;
  }

  @Bean
  ExecutionListener cangzhouResultNoticeDone(PlanSteps steps) {
    return steps::resultNoticeDone;
  }

  @Bean
  JavaDelegate cangzhouProgressReport(ProgressReport report) {
    return report::compose;
  }
}
