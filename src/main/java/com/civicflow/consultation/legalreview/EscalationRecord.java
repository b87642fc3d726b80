package com.civicflow.consultation.legalreview;

import static com.civicflow.consultation.legalreview.LegalReviewVariables.ESCALATIONS;

import com.civicflow.consultation.matter.Submission;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Date;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.camunda.bpm.engine.variable.value.TypedValue;
import org.camunda.spin.plugin.variable.SpinValues;
import org.camunda.spin.plugin.variable.value.JsonValue;

/**
 * The escalations of a matter's legality review, kept as a JSON list (Spin, variable
 * {@code legalReviewEscalations}) that Cockpit shows and the file assembler (一事一档) reads from history:
 * {@code [{"level":"street","levelLabel":"街道办事处","officeId":"jiefangbei","officeName":"解放碑街道",
 * "candidateGroup":"street-office","tenantId":"minzulu","reviewers":["jiefangbei-office"],
 * "escalatedAt":"2026-11-23T09:00:00+08:00","dueDate":"…","workingDays":5,"cause":"routing",
 * "causeLabel":"按决策表报送审核","routingReason":"…"}]}. A later review of the same matter appends.
 */
final class EscalationRecord {

  private static final ObjectMapper JSON = new ObjectMapper();

  private EscalationRecord() {}

  static void append(VariableScope scope, Escalation e) {
    ArrayNode list = read(scope);
    ObjectNode entry = list.addObject();
    entry.put("level", e.level().id());
    entry.put("levelLabel", e.level().label());
    entry.put("officeId", e.officeId());
    entry.put("officeName", e.officeName());
    entry.put("candidateGroup", e.level().reviewers().id());
    entry.put("tenantId", e.tenantId());
    e.reviewers().forEach(entry.putArray("reviewers")::add);
    entry.put("escalatedAt", iso(e.escalatedAt()));
    entry.put("dueDate", iso(e.dueDate()));
    entry.put("workingDays", e.workingDays());
    entry.put("cause", e.cause().id());
    entry.put("causeLabel", e.cause().label());
    entry.put("routingReason", e.routingReason());
    scope.setVariable(ESCALATIONS, SpinValues.jsonValue(list.toString()).create());
  }

  /** The recorded escalations (an empty list when there are none). */
  static ArrayNode read(VariableScope scope) {
    TypedValue value = scope.getVariableTyped(ESCALATIONS, false);
    try {
      if (value instanceof JsonValue json && json.getValueSerialized() != null) {
        return (ArrayNode) JSON.readTree(json.getValueSerialized());
      }
      if (value != null && value.getValue() != null) {
        return (ArrayNode) JSON.readTree(value.getValue().toString());
      }
    } catch (Exception e) {
      throw new IllegalStateException("变量 " + ESCALATIONS + " 不是有效的 JSON 列表", e);
    }
    return JSON.createArrayNode();
  }

  static String iso(Date date) {
    return date.toInstant().atZone(Submission.ZONE).toOffsetDateTime().toString();
  }
}
