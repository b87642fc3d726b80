package com.civicflow.consultation.archive;

import static com.civicflow.consultation.archive.Values.time;

import com.civicflow.consultation.notice.NoticeStatus;
import com.civicflow.consultation.notice.NoticeVariables;
import com.civicflow.consultation.notice.PublicNotice;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.history.HistoricTaskInstance;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.history.HistoricVariableInstance;
import org.springframework.stereotype.Component;

/** One public notice of the matter with its objections: who objected, why, what the committee decided. */
@Component
class NoticeSection {

  private final HistoryService history;

  NoticeSection(HistoryService history) {
    this.history = history;
  }

  Map<String, Object> of(HistoricProcessInstance notice, StepHistory.Result steps) {
    Map<String, Object> top = new LinkedHashMap<>();
    Map<String, Map<String, Object>> objections = new TreeMap<>();
    for (HistoricVariableInstance v : history.createHistoricVariableInstanceQuery().processInstanceId(notice.getId())
        .disableCustomObjectDeserialization().list()) {
      Object value = Values.plain(v.getTypedValue());
      if (notice.getId().equals(v.getExecutionId())) {
        top.put(v.getName(), value);
      } else {
        // each objection lives in its own execution (the event subprocess scope)
        objections.computeIfAbsent(v.getExecutionId(), k -> new LinkedHashMap<>()).put(v.getName(), value);
      }
    }
    for (HistoricTaskInstance handling : history.createHistoricTaskInstanceQuery().processInstanceId(notice.getId())
        .taskDefinitionKey(PublicNotice.TASK_HANDLE_OBJECTION).list()) {
      Map<String, Object> objection = objections.get(handling.getExecutionId());
      if (objection != null) {
        objection.put("handledBy", steps.completedBy().get(handling.getId()));
        objection.put("handledAt", time(handling.getEndTime()));
      }
    }
    Map<String, Object> section = new LinkedHashMap<>();
    for (String name : List.of(NoticeVariables.NOTICE_TITLE.name(), NoticeVariables.NOTICE_KIND.name(),
        NoticeVariables.NOTICE_BODY.name(), NoticeVariables.NOTICE_PERIOD_DAYS.name(),
        NoticeVariables.NOTICE_POSTED_AT.name(), NoticeVariables.NOTICE_CLOSES_AT.name(),
        NoticeVariables.NOTICE_CLOSED_AT.name(), NoticeVariables.NOTICE_STATUS.name(),
        NoticeVariables.OBJECTION_COUNT.name(), NoticeVariables.OBJECTION_UPHELD.name(),
        NoticeVariables.UPHELD_OBJECTION.name())) {
      section.put(name, top.get(name));
    }
    section.put("noticeStatusLabel", top.get(NoticeVariables.NOTICE_STATUS.name()) == null ? null
        : NoticeStatus.of(top.get(NoticeVariables.NOTICE_STATUS.name()).toString()).label());
    section.put("objections", new ArrayList<>(objections.values()));
    return section;
  }
}
