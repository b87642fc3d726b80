package com.civicflow.consultation.archive;

import java.util.Collection;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.springframework.stereotype.Component;

/**
 * The names of the people a file mentions (user id → 姓名（职务）), written into the file at filing time so
 * that the record still says who acted after an account is renamed or removed.
 */
@Component
class People {

  static final Set<String> PERSON_FIELDS = Set.of("assignee", "completedBy", "by", "handledBy", "initiator");
  private final IdentityService identity;

  People(IdentityService identity) {
    this.identity = identity;
  }

  Map<String, String> namesIn(Map<String, Object> file) {
    Map<String, String> names = new TreeMap<>();
    collect(file, names);
    return names;
  }

  private void collect(Object node, Map<String, String> names) {
    if (node instanceof Map<?, ?> map) {
      map.forEach((key, value) -> {
        if (value instanceof String userId && PERSON_FIELDS.contains(key.toString()) && !names.containsKey(userId)) {
          User user = identity.createUserQuery().userId(userId).singleResult();
          if (user != null) {
            names.put(userId, (nullToEmpty(user.getFirstName()) + nullToEmpty(user.getLastName())).trim());
          }
        } else if (!"variables".equals(key)) {
          collect(value, names);
        }
      });
    } else if (node instanceof Collection<?> list) {
      list.forEach(item -> collect(item, names));
    }
  }

  private static String nullToEmpty(String text) {
    return text == null ? "" : text;
  }
}
