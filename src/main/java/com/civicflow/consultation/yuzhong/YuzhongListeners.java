package com.civicflow.consultation.yuzhong;

import static com.civicflow.consultation.yuzhong.YuzhongVariables.DISCUSSION_MINUTES;
import static com.civicflow.consultation.yuzhong.YuzhongVariables.NEGOTIATION_MINUTES;
import static com.civicflow.consultation.yuzhong.YuzhongVariables.QUESTIONS_MINUTES;
import static com.civicflow.consultation.yuzhong.YuzhongVariables.STATEMENT_MINUTES;

import com.civicflow.consultation.matter.MatterVariables;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The beans {@code yuzhong-six-plus-five.bpmn} names in {@code delegateExpression}: thin adapters over
 * {@link Screening}, {@link MeetingPlanning}, {@link MeetingRecord}, {@link ResultDrafting},
 * {@link Resolution} and {@link YuzhongMail}.
 */
@Configuration
class YuzhongListeners {

  /** Each step's name (the seed's words) becomes the matter's {@code stage}, a plain top-level variable. */
  @Bean
  ExecutionListener yuzhongStage() {
    return execution -> MatterVariables.STAGE.set(execution.getProcessInstance(), execution.getCurrentActivityName());
  }

  @Bean
  ExecutionListener yuzhongScreeningResult(Screening screening) {
    return screening::classified;
  }

  @Bean
  TaskListener yuzhongScreening(Screening screening) {
    return screening::screened;
  }

  @Bean
  TaskListener yuzhongMeetingPlan(MeetingPlanning planning) {
    return planning::planned;
  }

  @Bean
  JavaDelegate yuzhongMeetingNoticeMail(YuzhongMail mail) {
    return mail::meetingNotice;
  }

  @Bean
  TaskListener yuzhongStatement(MeetingRecord record) {
    return task -> record.linkRecorded(task, STATEMENT_MINUTES, "陈述环节记录");
  }

  @Bean
  TaskListener yuzhongQuestions(MeetingRecord record) {
    return task -> record.linkRecorded(task, QUESTIONS_MINUTES, "询问环节记录");
  }

  @Bean
  TaskListener yuzhongDiscussion(MeetingRecord record) {
    return task -> record.linkRecorded(task, DISCUSSION_MINUTES, "讨论环节记录");
  }

  @Bean
  TaskListener yuzhongNegotiation(MeetingRecord record) {
    return task -> record.linkRecorded(task, NEGOTIATION_MINUTES, "协商环节记录");
  }

  @Bean
  TaskListener yuzhongConclusion(MeetingRecord record) {
    return record::concluded;
  }

  @Bean
  TaskListener yuzhongMeetingsDecision(MeetingRecord record) {
    return record::meetingsDecided;
  }

  @Bean
  TaskListener yuzhongDeliberation(ResultDrafting drafting) {
    return drafting::drafted;
  }

  @Bean
  TaskListener yuzhongResolutionRecord(Resolution resolution) {
    return resolution::recorded;
  }

  @Bean
  ExecutionListener yuzhongResolutionResult(Resolution resolution) {
    return resolution::evaluated;
  }

  @Bean
  TaskListener yuzhongFailedVoteDecision(Resolution resolution) {
    return resolution::failedVoteDecided;
  }

  @Bean
  ExecutionListener yuzhongLegalReviewDone(ResultDrafting drafting) {
    return drafting::reviewed;
  }

  @Bean
  TaskListener yuzhongImplementationAssignment(ResultDrafting drafting) {
    return drafting::implementationAssigned;
  }

  @Bean
  JavaDelegate yuzhongRejectionMail(YuzhongMail mail) {
    return mail::topicRejected;
  }
}
