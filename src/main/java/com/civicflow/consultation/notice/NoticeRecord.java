package com.civicflow.consultation.notice;

import static com.civicflow.consultation.notice.NoticeVariables.DISMISSED;
import static com.civicflow.consultation.notice.NoticeVariables.OBJECTION_DECISION;
import static com.civicflow.consultation.notice.NoticeVariables.OBJECTION_REPLY;

import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.history.HistoricVariableInstance;

/** Collects one notice instance's historic variables into a {@link PostedNotice}. */
class NoticeRecord {

  private final HistoricProcessInstance instance;
  private final Map<String, Object> top = new HashMap<>();
  /** objection scope (its own execution) → its variables. */
  private final Map<String, Map<String, Object>> objections = new TreeMap<>();

  NoticeRecord(HistoricProcessInstance instance) {
    this.instance = instance;
  }

  void add(HistoricVariableInstance v) {
    if (instance.getId().equals(v.getExecutionId())) {
      top.put(v.getName(), v.getValue());
    } else {
      objections.computeIfAbsent(v.getExecutionId(), k -> new HashMap<>()).put(v.getName(), v.getValue());
    }
  }

  boolean posted() {
    return top.get(NoticeVariables.NOTICE_ID.name()) != null && top.get(NoticeVariables.NOTICE_POSTED_AT.name()) != null;
  }

  boolean isResult() {
    return NoticeKind.RESULT.label().equals(text(NoticeVariables.NOTICE_KIND.name()));
  }

  String matterNumber() {
    return instance.getBusinessKey();
  }

  PostedNotice toNotice(ImplementationProgress progress) {
    List<String> replies = new ArrayList<>();
    objections.values().stream()
        .filter(o -> DISMISSED.equals(o.get(OBJECTION_DECISION.name())) && o.get(OBJECTION_REPLY.name()) != null)
        .forEach(o -> replies.add(o.get(OBJECTION_REPLY.name()).toString()));
    NoticeStatus status = NoticeStatus.of(text(NoticeVariables.NOTICE_STATUS.name()));
    if (instance.getEndTime() != null && (status == NoticeStatus.OPEN || status == NoticeStatus.EXPIRED)) {
      status = NoticeStatus.CLOSED; // ended without passing a closing step (e.g. the matter was cancelled)
    }
    return new PostedNotice(
        text(NoticeVariables.NOTICE_ID.name()),
        instance.getTenantId(),
        instance.getBusinessKey(),
        text(NoticeVariables.NOTICE_TITLE.name()),
        text(NoticeVariables.NOTICE_KIND.name()),
        text(NoticeVariables.NOTICE_BODY.name()),
        number(NoticeVariables.NOTICE_PERIOD_DAYS.name()),
        date(NoticeVariables.NOTICE_POSTED_AT.name()),
        date(NoticeVariables.NOTICE_CLOSES_AT.name()),
        date(NoticeVariables.NOTICE_CLOSED_AT.name()) != null ? date(NoticeVariables.NOTICE_CLOSED_AT.name()) : instance.getEndTime(),
        status,
        number(NoticeVariables.OBJECTION_COUNT.name()),
        List.copyOf(replies),
        progress);
  }

  private String text(String name) {
    Object value = top.get(name);
    return value == null ? null : value.toString();
  }

  private long number(String name) {
    return top.get(name) instanceof Number n ? n.longValue() : 0L;
  }

  private Date date(String name) {
    return top.get(name) instanceof Date d ? d : null;
  }
}
