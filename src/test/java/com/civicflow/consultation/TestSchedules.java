package com.civicflow.consultation;

import static org.assertj.core.api.Assertions.assertThat;

import com.civicflow.consultation.drive.Steps;
import java.time.ZoneId;
import java.util.List;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;

/** The platform schedules (a diagram whose timer start event runs every morning at 07:00 Beijing time) in tests. */
public final class TestSchedules {

  private TestSchedules() {}

  /**
   * Fires the daily timer of the platform schedule {@code scheduleKey} (one engine job, in the test thread) and returns
   * the communities its run recorded in {@code startedVariable}; the run belongs to no tenant and the next one is due
   * tomorrow at 07:00 Beijing time.
   */
  public static List<String> fire(ProcessEngine engine, String scheduleKey, String startedVariable) {
    List<String> earlierRuns = runs(engine, scheduleKey);
    Job timer = engine.getManagementService().createJobQuery().processDefinitionKey(scheduleKey).timers().singleResult();
    engine.getManagementService().executeJob(timer.getId());
    String run = runs(engine, scheduleKey).stream().filter(id -> !earlierRuns.contains(id)).findFirst().orElseThrow();
    assertThat(engine.getHistoryService().createHistoricProcessInstanceQuery().processInstanceId(run).singleResult())
        .extracting(r -> r.getState(), r -> r.getTenantId()).containsExactly("COMPLETED", null);
    Job next = engine.getManagementService().createJobQuery().processDefinitionKey(scheduleKey).timers().singleResult();
    assertThat(next.getDuedate()).as("the next run: tomorrow 07:00 Beijing time").isAfter(ClockUtil.getCurrentTime())
        .isEqualTo(Steps.beijing(ClockUtil.getCurrentTime().toInstant().atZone(ZoneId.of("Asia/Shanghai")).toLocalDate()
            .plusDays(1) + "T07:00"));
    Object started = engine.getHistoryService().createHistoricVariableInstanceQuery().processInstanceId(run)
        .variableName(startedVariable).singleResult().getValue();
    return started.toString().isEmpty() ? List.of() : List.of(started.toString().split(","));
  }

  private static List<String> runs(ProcessEngine engine, String scheduleKey) {
    return engine.getHistoryService().createHistoricProcessInstanceQuery().processDefinitionKey(scheduleKey).list()
        .stream().map(r -> r.getId()).toList();
  }
}
