package com.civicflow.consultation.onlinetopic;

import static com.civicflow.consultation.onlinetopic.OnlineTopicVariables.ADMITTED_MATTER_NUMBER;
import static com.civicflow.consultation.onlinetopic.OnlineTopicVariables.DECLINE_REASON;
import static com.civicflow.consultation.onlinetopic.OnlineTopicVariables.RESIDENT_NAME;
import static com.civicflow.consultation.onlinetopic.OnlineTopicVariables.TARGET_MODEL;
import static com.civicflow.consultation.onlinetopic.OnlineTopicVariables.TOPIC_ADMITTED;
import static com.civicflow.consultation.onlinetopic.OnlineTopicVariables.TRACKING_NUMBER;

import com.civicflow.consultation.matter.MatterVariables;
import com.civicflow.consultation.privacy.Masking;
import com.civicflow.consultation.privacy.PersonNames;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.history.HistoricVariableInstance;
import org.springframework.stereotype.Service;

/**
 * The read side of the tracking page: an online topic by its 受理编号 on its community's board, from history (no
 * user, like the rest of the board), and — once admitted — its matter's current stage.
 */
@Service
public class TopicTracking {

  private final HistoryService history;

  TopicTracking(HistoryService history) {
    this.history = history;
  }

  /** The topic with this number on this community's board; empty for any other number or board. */
  public Optional<TopicStatus> of(String communityId, String typedNumber) {
    return TrackingNumbers.normalise(typedNumber).flatMap(number -> history.createHistoricVariableInstanceQuery()
            .variableName(TRACKING_NUMBER.name()).variableValueEquals(TRACKING_NUMBER.name(), number).list().stream()
            .map(v -> history.createHistoricProcessInstanceQuery().processInstanceId(v.getProcessInstanceId()).singleResult())
            .filter(pi -> pi != null && OnlineTopicProcess.KEY.equals(pi.getProcessDefinitionKey())
                && communityId.equals(pi.getTenantId()))
            .findFirst()
            .map(pi -> status(pi, number)));
  }

  private TopicStatus status(HistoricProcessInstance topic, String number) {
    Map<String, Object> v = variables(topic.getId());
    Set<String> resident = new LinkedHashSet<>();
    Optional.ofNullable((String) v.get(RESIDENT_NAME.name())).filter(n -> !n.isBlank()).ifPresent(name -> {
      resident.add(name.strip());
      resident.addAll(PersonNames.in(name));
    });
    String title = Masking.text((String) v.get(MatterVariables.TOPIC.name()), resident);
    Object admitted = v.get(TOPIC_ADMITTED.name());
    if (Boolean.FALSE.equals(admitted)) {
      return new TopicStatus(number, topic.getTenantId(), title, topic.getStartTime(), TopicStatus.DECLINED, null, null, false,
          Masking.text((String) v.get(DECLINE_REASON.name()), resident));
    }
    String matterNumber = (String) v.get(ADMITTED_MATTER_NUMBER.name());
    if (!Boolean.TRUE.equals(admitted) || matterNumber == null) {
      return new TopicStatus(number, topic.getTenantId(), title, topic.getStartTime(), TopicStatus.RECEIVED, null, null, false, null);
    }
    HistoricProcessInstance matter = history.createHistoricProcessInstanceQuery().processInstanceBusinessKey(matterNumber)
        .processDefinitionKey((String) v.get(TARGET_MODEL.name())).singleResult();
    String stage = matter == null ? null : (String) variables(matter.getId(), MatterVariables.STAGE.name()).get(MatterVariables.STAGE.name());
    return new TopicStatus(number, topic.getTenantId(), title, topic.getStartTime(), TopicStatus.ADMITTED, matterNumber,
        stage, matter != null && matter.getEndTime() != null, null);
  }

  /** The instance's own (top-level) variables: all, or those named. */
  private Map<String, Object> variables(String processInstanceId, String... names) {
    Map<String, Object> values = new HashMap<>();
    var query = history.createHistoricVariableInstanceQuery().processInstanceId(processInstanceId);
    if (names.length > 0) {
      query.variableNameIn(names);
    }
    for (HistoricVariableInstance v : query.disableCustomObjectDeserialization().list()) {
      if (processInstanceId.equals(v.getExecutionId())) {
        values.put(v.getName(), v.getValue());
      }
    }
    return values;
  }
}
