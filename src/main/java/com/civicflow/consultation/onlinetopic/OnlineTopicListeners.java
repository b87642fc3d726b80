package com.civicflow.consultation.onlinetopic;

import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The beans {@code processes/online-topic.bpmn} names. */
@Configuration
class OnlineTopicListeners {

  @Bean
  ExecutionListener onlineTopicReceived(OnlineTopicSteps steps) {
    return steps::received;
  }

  @Bean
  TaskListener onlineTopicReviewed(OnlineTopicSteps steps) {
    return steps::reviewed;
  }

  @Bean
  JavaDelegate onlineTopicMatterStart(OnlineTopicSteps steps) {
    return steps::startMatter;
  }
}
