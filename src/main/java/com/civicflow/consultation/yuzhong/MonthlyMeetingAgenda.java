package com.civicflow.consultation.yuzhong;

import static com.civicflow.consultation.yuzhong.YuzhongVariables.MONTHLY_MEETING_AGENDA;
import static com.civicflow.consultation.yuzhong.YuzhongVariables.MONTHLY_MEETING_AGENDA_OPTIONS;
import static com.civicflow.consultation.yuzhong.YuzhongVariables.MONTHLY_MEETING_MATTER_COUNT;

import com.civicflow.consultation.matter.FormOptions;
import com.civicflow.consultation.meetingschedule.AgendaLines;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.springframework.stereotype.Component;

/**
 * 每月协商议事会议 — service task 列出等待群议的事项 ({@code ${yuzhongMonthlyMeetingAgenda}}): the
 * {@code yuzhong-six-plus-five} matters of this community (its own tenant) waiting for 群议
 * ({@link YuzhongProcess#WAITING_FOR_MEETING}), by matter number, as the agenda and as the choices of the matters the
 * meeting deliberated.
 */
@Component("yuzhongMonthlyMeetingAgenda")
class MonthlyMeetingAgenda implements JavaDelegate {

  private final RuntimeService runtime;
  private final AgendaLines lines;

  MonthlyMeetingAgenda(RuntimeService runtime, AgendaLines lines) {
    this.runtime = runtime;
    this.lines = lines;
  }

  @Override
  public void execute(DelegateExecution execution) {
    List<FormOptions.Option> waiting = runtime.createProcessInstanceQuery().processDefinitionKey(YuzhongProcess.KEY)
        .tenantIdIn(execution.getTenantId()).activityIdIn(YuzhongProcess.WAITING_FOR_MEETING.toArray(String[]::new))
        .list().stream()
        .sorted(Comparator.comparing(ProcessInstance::getBusinessKey))
        .map(matter -> new FormOptions.Option(lines.line(matter.getId(), matter.getBusinessKey()), matter.getBusinessKey()))
        .toList();
    String agenda = waiting.stream().map(FormOptions.Option::label).collect(Collectors.joining("\n"));
    MONTHLY_MEETING_AGENDA.set(execution, agenda.isEmpty() ? "本月没有等待群议的事项" : agenda);
    MONTHLY_MEETING_MATTER_COUNT.set(execution, (long) waiting.size());
    MONTHLY_MEETING_AGENDA_OPTIONS.set(execution, FormOptions.json(waiting));
  }
}
