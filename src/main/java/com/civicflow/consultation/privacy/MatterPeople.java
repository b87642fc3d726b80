package com.civicflow.consultation.privacy;

import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.history.HistoricVariableInstance;
import org.springframework.stereotype.Service;

/**
 * The people a matter names: every name in its {@link PersonalDataFields#NAMES} fields, in the matter and every
 * process it called (they share the matter number), read from history (so also from finished steps and scopes,
 * e.g. each objection's objector). Two queries for any number of matters.
 */
@Service
public class MatterPeople {

  private final HistoryService history;

  MatterPeople(HistoryService history) {
    this.history = history;
  }

  /** Matter number → the names it holds (no entry for a matter that names nobody). */
  public Map<String, Set<String>> of(Collection<String> matterNumbers) {
    Map<String, Set<String>> people = new HashMap<>();
    if (matterNumbers.isEmpty()) {
      return people;
    }
    Map<String, String> matterOfInstance = new HashMap<>();
    for (HistoricProcessInstance instance : history.createHistoricProcessInstanceQuery()
        .processInstanceBusinessKeyIn(matterNumbers.stream().distinct().toArray(String[]::new)).list()) {
      matterOfInstance.put(instance.getId(), instance.getBusinessKey());
    }
    if (matterOfInstance.isEmpty()) {
      return people;
    }
    for (HistoricVariableInstance v : history.createHistoricVariableInstanceQuery()
        .processInstanceIdIn(matterOfInstance.keySet().toArray(String[]::new))
        .variableNameIn(PersonalDataFields.nameFields().toArray(String[]::new)).disableCustomObjectDeserialization().list()) {
      if (v.getValue() instanceof String value) {
        people.computeIfAbsent(matterOfInstance.get(v.getProcessInstanceId()), k -> new LinkedHashSet<>())
            .addAll(PersonNames.in(value));
      }
    }
    return people;
  }

  public Set<String> of(String matterNumber) {
    return of(Set.of(matterNumber)).getOrDefault(matterNumber, Set.of());
  }
}
