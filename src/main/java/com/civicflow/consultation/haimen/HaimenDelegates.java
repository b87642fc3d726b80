package com.civicflow.consultation.haimen;

import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The thin delegates and listeners of the 海门 diagrams, each calling a service. */
@Configuration(proxyBeanMethods = false)
class HaimenDelegates {

  @Bean
  ExecutionListener haimenElectionStart(Election election) {
    return election::start;
  }

  @Bean
  JavaDelegate haimenMergeNominations(Election election) {
    return election::mergeNominations;
  }

  @Bean
  JavaDelegate haimenCountVotes(Election election) {
    return election::count;
  }

  @Bean
  JavaDelegate haimenRefillSeat(Election election) {
    return election::refill;
  }

  @Bean
  JavaDelegate haimenInstallCouncil(Election election) {
    return election::install;
  }

  @Bean
  ExecutionListener haimenSevenStepStart(SevenStepStart start) {
    return start::start;
  }

  @Bean
  ExecutionListener haimenApplyLegalReview(SevenStepStart start) {
    return start::applyLegalReview;
  }
}
