package com.civicflow.consultation.dongcheng;

import com.civicflow.consultation.matter.MatterVariables;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The beans {@code dongcheng-consultation.bpmn} names in {@code delegateExpression}: thin adapters. */
@Configuration
class DongchengListeners {

  /** Start listener of every step: the stage supervisors filter by is the step's name (the seed's words). */
  @Bean
  ExecutionListener dongchengStage() {
    return execution -> MatterVariables.STAGE.set(execution.getProcessInstance(), execution.getCurrentActivityName());
  }

  @Bean
  ExecutionListener dongchengStart(TopicSteps steps) {
    return steps::started;
  }

  @Bean
  TaskListener dongchengTopicCheck(TopicSteps steps) {
    return steps::topicFixed;
  }

  @Bean
  JavaDelegate dongchengDrawLots(ParticipantDraw draw) {
    return draw::draw;
  }

  @Bean
  ExecutionListener dongchengApplicationReceived(TopicSteps steps) {
    return steps::applicationReceived;
  }

  @Bean
  TaskListener dongchengApplicationCheck(TopicSteps steps) {
    return steps::applicationDecided;
  }

  @Bean
  TaskListener dongchengDepartmentsCheck(TopicSteps steps) {
    return steps::departmentsCoordinated;
  }

  @Bean
  TaskListener dongchengExpertCheck(TopicSteps steps) {
    return steps::expertReviewed;
  }

  @Bean
  TaskListener dongchengDiscussionCheck(DecisionSteps steps) {
    return steps::discussed;
  }

  @Bean
  TaskListener dongchengDeliberationCheck(DecisionSteps steps) {
    return steps::deliberated;
  }

  @Bean
  ExecutionListener dongchengNextMeeting(DecisionSteps steps) {
    return steps::nextMeeting;
  }

  @Bean
  TaskListener dongchengDisputeCheck(DecisionSteps steps) {
    return steps::disputePathChosen;
  }

  @Bean
  ExecutionListener dongchengShelvedReturns(DecisionSteps steps) {
    return steps::shelvedTopicReturns;
  }

  @Bean
  TaskListener dongchengResidentsMeetingCheck(DecisionSteps steps) {
    return steps::residentsMeetingHeld;
  }

  @Bean
  ExecutionListener dongchengLegallyReviewed(CarryingOutSteps steps) {
    return steps::legallyReviewed;
  }

  @Bean
  ExecutionListener dongchengResultNotice(CarryingOutSteps steps) {
    return steps::resultNotice;
  }

  @Bean
  TaskListener dongchengPlanCheck(CarryingOutSteps steps) {
    return steps::planned;
  }

  @Bean
  TaskListener dongchengTrackingCheck(CarryingOutSteps steps) {
    return steps::tracked;
  }

  @Bean
  TaskListener dongchengAssistanceCheck(CarryingOutSteps steps) {
    return steps::assisted;
  }

  @Bean
  TaskListener dongchengTransferCheck(CarryingOutSteps steps) {
    return steps::transferAnswered;
  }

  @Bean
  JavaDelegate dongchengLinkedConsultation(LinkedConsultations linked) {
    return linked::startForNewDispute;
  }

  @Bean
  JavaDelegate dongchengLiftToStreet(LinkedConsultations linked) {
    return linked::liftToStreet;
  }

  @Bean
  TaskListener dongchengThirdPartyDecision(EvaluationSteps steps) {
    return steps::thirdPartyDecided;
  }

  @Bean
  ExecutionListener dongchengThirdPartyNotDecided(EvaluationSteps steps) {
    return steps::thirdPartyNotDecided;
  }

  @Bean
  TaskListener dongchengThirdPartyCheck(EvaluationSteps steps) {
    return steps::evaluatedByThirdParty;
  }

  @Bean
  TaskListener dongchengResultSupervisionCheck(EvaluationSteps steps) {
    return steps::resultSupervised;
  }

  @Bean
  TaskListener dongchengImplementationSupervisionCheck(EvaluationSteps steps) {
    return steps::implementationSupervised;
  }

  @Bean
  TaskListener dongchengRectificationCheck(EvaluationSteps steps) {
    return steps::rectified;
  }

  @Bean
  TaskListener dongchengFundingMeetingCheck(FundingSteps steps) {
    return steps::meetingHeld;
  }

  @Bean
  JavaDelegate dongchengFundingPublished(FundingSteps steps) {
    return steps::published;
  }

  @Bean
  ExecutionListener dongchengRatingRoundStart(RatingRound round) {
    return round::started;
  }

  @Bean
  JavaDelegate dongchengRatingLaunch(RatingRound round) {
    return round::launch;
  }

  @Bean
  ExecutionListener dongchengRatingPrepare(CommunityRating rating) {
    return rating::prepare;
  }

  @Bean
  TaskListener dongchengCommunityRatingCheck(CommunityRating rating) {
    return rating::rated;
  }

  /** Matters started on earlier versions, still waiting at the 居委会's sign-off for the group. */
  @Bean
  TaskListener dongchengSupervisionGroupCheck(EarlierVersionSteps steps) {
    return steps::signedOff;
  }

  /** Matters started on earlier versions, still waiting at the per-matter rating. */
  @Bean
  TaskListener dongchengRatingCheck(EarlierVersionSteps steps) {
    return steps::rated;
  }

  @Bean
  ExecutionListener dongchengFundingAuditStart(FundingAudit audit) {
    return audit::started;
  }

  @Bean
  TaskListener dongchengFundingAuditCheck(FundingAudit audit) {
    return audit::audited;
  }
}
