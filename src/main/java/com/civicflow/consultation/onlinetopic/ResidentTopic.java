package com.civicflow.consultation.onlinetopic;

import com.civicflow.consultation.notice.Objection;
import java.util.ArrayList;
import java.util.List;

/**
 * What a resident submits with “我要提议题”: the same cleaning and limits as an objection; the place is optional.
 * {@link #problems()} lists in Chinese what is wrong with it.
 */
public record ResidentTopic(String topic, String description, String location, String name, String contact) {

  public ResidentTopic {
    topic = Objection.clean(topic, false);
    description = Objection.clean(description, true);
    location = Objection.clean(location, false);
    name = Objection.clean(name, false);
    contact = Objection.clean(contact, false);
  }

  public static ResidentTopic empty() {
    return new ResidentTopic("", "", "", "", "");
  }

  public List<String> problems() {
    List<String> problems = new ArrayList<>();
    Objection.check(problems, topic, "议题", OnlineTopicVariables.MAX_TOPIC);
    Objection.check(problems, description, "具体情况", Objection.MAX_REASON);
    if (location.codePointCount(0, location.length()) > OnlineTopicVariables.MAX_LOCATION) {
      problems.add("“地点”不能超过 " + OnlineTopicVariables.MAX_LOCATION + " 个字");
    }
    Objection.check(problems, name, "姓名", Objection.MAX_NAME);
    Objection.check(problems, contact, "联系方式", Objection.MAX_CONTACT);
    return problems;
  }
}
