package com.civicflow.consultation.onlinetopic;

/** The community's board takes no online topics (not a community, or its district's model is not a topic model). */
public class TopicsNotTakenException extends RuntimeException {

  public TopicsNotTakenException() {
    super("本社区暂未开通网上议题");
  }
}
