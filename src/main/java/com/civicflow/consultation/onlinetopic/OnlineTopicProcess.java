package com.civicflow.consultation.onlinetopic;

/** The {@code online-topic} process (网上议事厅): a resident's topic from the public board, admitted or declined. */
public final class OnlineTopicProcess {

  public static final String KEY = "online-topic";

  public static final String EVENT_TOPIC_SUBMITTED = "Event_TopicSubmitted";
  public static final String TASK_REVIEW_TOPIC = "Task_ReviewTopic";
  public static final String GATEWAY_ADMITTED = "Gateway_TopicAdmitted";
  public static final String TASK_ENTER_MATTER = "Task_EnterMatter";
  public static final String TASK_START_MATTER = "Task_StartMatter";
  public static final String EVENT_TOPIC_ADMITTED = "Event_TopicAdmitted";
  public static final String EVENT_TOPIC_DECLINED = "Event_TopicDeclined";

  /** Values of {@code admissionDecision}. */
  public static final String ADMIT = "admit";
  public static final String DECLINE = "decline";

  private OnlineTopicProcess() {}
}
