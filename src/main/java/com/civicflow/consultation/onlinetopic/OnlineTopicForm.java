package com.civicflow.consultation.onlinetopic;

import com.civicflow.consultation.notice.CsrfTokens;
import com.civicflow.consultation.notice.Objection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The model attributes of the “我要提议题” form (template fragment {@code notice/topic-form :: form}). */
public final class OnlineTopicForm {

  private OnlineTopicForm() {}

  /** An empty form, for the board's page. */
  public static Map<String, Object> empty(String csrfToken) {
    return attributes(ResidentTopic.empty(), List.of(), csrfToken);
  }

  static Map<String, Object> attributes(ResidentTopic topic, List<String> problems, String csrfToken) {
    Map<String, Object> attributes = new HashMap<>();
    attributes.put("residentTopic", topic);
    attributes.put("topicProblems", problems);
    attributes.put("topicLimits", new int[] {OnlineTopicVariables.MAX_TOPIC, Objection.MAX_REASON,
        OnlineTopicVariables.MAX_LOCATION, Objection.MAX_NAME, Objection.MAX_CONTACT});
    attributes.put("csrfParameter", CsrfTokens.PARAMETER);
    attributes.put("csrfToken", csrfToken);
    return attributes;
  }
}
