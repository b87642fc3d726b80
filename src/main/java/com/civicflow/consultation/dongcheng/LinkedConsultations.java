package com.civicflow.consultation.dongcheng;

import static com.civicflow.consultation.dongcheng.DongchengVariables.LINKED_FROM_MATTER;
import static com.civicflow.consultation.dongcheng.DongchengVariables.LINKED_MATTERS;
import static com.civicflow.consultation.dongcheng.DongchengVariables.NEW_DISPUTE_TOPIC;
import static com.civicflow.consultation.dongcheng.DongchengVariables.STREET_MATTER_NUMBER;
import static com.civicflow.consultation.dongcheng.DongchengVariables.TOPIC_BACKGROUND;
import static com.civicflow.consultation.dongcheng.DongchengVariables.TOPIC_CATEGORY;
import static com.civicflow.consultation.dongcheng.DongchengVariables.TRANSFER_REQUEST;

import com.civicflow.consultation.matter.MatterVariables;
import com.civicflow.consultation.matter.StartOnBehalf;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.Variables;
import org.springframework.stereotype.Service;

/**
 * Starts a new consultation of the same model linked to this one, both ways: the new matter records
 * where it came from ({@code linkedFromMatter}, {@code linkedMatters}) and this one lists the new matter
 * number in {@code linkedMatters}. Used for a new dispute during implementation (same community) and for
 * lifting a common issue to a street-level consultation (tenant = the street, which the community's staff who
 * completed the step do not belong to: {@link StartOnBehalf}). The new instance runs on its own (not a call
 * activity): this matter does not wait for it.
 */
@Service
class LinkedConsultations {

  private final RuntimeService runtime;

  LinkedConsultations(RuntimeService runtime) {
    this.runtime = runtime;
  }

  /** 出现新分歧: a new consultation in the same community on the new dispute. */
  void startForNewDispute(DelegateExecution execution) {
    String topic = NEW_DISPUTE_TOPIC.from(execution).orElseThrow();
    start(execution, execution.getTenantId(), topic, "落实协商成果过程中出现的新分歧");
  }

  /** 上升为街道协商议题: a street-level consultation (tenant = the street) linked to this matter. */
  void liftToStreet(DelegateExecution execution) {
    String street = MatterVariables.STREET_ID.required(execution);
    String matter = start(execution, street, MatterVariables.TOPIC.required(execution),
        TRANSFER_REQUEST.from(execution).orElse(""));
    STREET_MATTER_NUMBER.set(execution, matter);
  }

  private String start(DelegateExecution execution, String tenant, String topic, String background) {
    String from = MatterVariables.MATTER_NUMBER.required(execution);
    VariableMap variables = Variables.createVariables()
        .putValue(MatterVariables.COMMUNITY_ID.name(), tenant)
        .putValue(MatterVariables.TOPIC.name(), topic)
        .putValue(TOPIC_CATEGORY.name(), TOPIC_CATEGORY.from(execution).orElse(null))
        .putValue(TOPIC_BACKGROUND.name(), background)
        .putValue(LINKED_FROM_MATTER.name(), from)
        .putValue(LINKED_MATTERS.name(), from);
    ProcessInstance started = StartOnBehalf.of(execution,
        () -> runtime.startProcessInstanceByKey(DongchengConsultation.PROCESS_KEY, variables));
    String number = started.getBusinessKey();
    String links = LINKED_MATTERS.from(execution).filter(s -> !s.isBlank()).map(s -> s + "," + number).orElse(number);
    LINKED_MATTERS.set(execution, links);
    return number;
  }
}
