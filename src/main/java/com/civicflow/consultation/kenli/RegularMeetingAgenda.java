package com.civicflow.consultation.kenli;

import static com.civicflow.consultation.kenli.KenliVariables.REGULAR_MEETING_AGENDA;
import static com.civicflow.consultation.kenli.KenliVariables.REGULAR_MEETING_DATE;
import static com.civicflow.consultation.kenli.KenliVariables.REGULAR_MEETING_TOPIC_COUNT;

import com.civicflow.consultation.matter.Submission;
import com.civicflow.consultation.meetingschedule.AgendaLines;
import java.time.LocalDate;
import java.util.Date;
import java.util.List;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.springframework.stereotype.Component;

/**
 * 逢十议事 — service task 汇总上次议事以来征集的议题 ({@code ${kenliRegularMeetingAgenda}}): lists the
 * {@code kenli-eight-step} matters of this community (its own tenant) started since the previous meeting day,
 * with their number, topic and current stage, as the agenda the convener sees.
 */
@Component("kenliRegularMeetingAgenda")
class RegularMeetingAgenda implements JavaDelegate {

  private final RegularMeetingCalendar calendar;
  private final HistoryService history;
  private final AgendaLines lines;

  RegularMeetingAgenda(RegularMeetingCalendar calendar, HistoryService history, AgendaLines lines) {
    this.calendar = calendar;
    this.history = history;
    this.lines = lines;
  }

  @Override
  public void execute(DelegateExecution execution) {
    LocalDate previous = calendar.previousMeetingDay(LocalDate.parse(REGULAR_MEETING_DATE.required(execution)));
    Date since = Date.from(previous.atStartOfDay(Submission.ZONE).toInstant());
    List<HistoricProcessInstance> matters = history.createHistoricProcessInstanceQuery()
        .processDefinitionKey(KenliProcess.PROCESS_KEY).tenantIdIn(execution.getTenantId())
        .startedAfter(since).orderByProcessInstanceStartTime().asc().list();
    String agenda = matters.stream().map(this::line).collect(Collectors.joining("\n"));
    REGULAR_MEETING_AGENDA.set(execution, agenda.isEmpty() ? "自" + previous + "以来没有新征集的议题" : agenda);
    REGULAR_MEETING_TOPIC_COUNT.set(execution, (long) matters.size());
  }

  private String line(HistoricProcessInstance matter) {
    return lines.line(matter.getId(), matter.getBusinessKey());
  }
}
