package com.civicflow.consultation.calendar;

import org.camunda.bpm.engine.impl.calendar.CycleBusinessCalendar;
import org.camunda.bpm.engine.impl.calendar.DueDateBusinessCalendar;
import org.camunda.bpm.engine.impl.calendar.DurationBusinessCalendar;
import org.camunda.bpm.engine.impl.calendar.MapBusinessCalendarManager;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.springframework.stereotype.Component;

/**
 * Plugs the working-day calendar into the engine: {@code workdays:N} is understood wherever the engine
 * resolves a date text — {@code camunda:dueDate}, {@code camunda:followUpDate}, timer {@code timeDate} and
 * {@code timeDuration}. Cycles keep the engine's calendar.
 */
@Component
class CalendarEnginePlugin extends AbstractProcessEnginePlugin {

  private final WorkingDays workingDays;

  CalendarEnginePlugin(WorkingDays workingDays) {
    this.workingDays = workingDays;
  }

  @Override
  public void preInit(ProcessEngineConfigurationImpl config) {
    MapBusinessCalendarManager calendars = new MapBusinessCalendarManager();
    calendars.addBusinessCalendar(DueDateBusinessCalendar.NAME,
        new WorkdaysBusinessCalendar(workingDays, new DueDateBusinessCalendar()));
    calendars.addBusinessCalendar(DurationBusinessCalendar.NAME,
        new WorkdaysBusinessCalendar(workingDays, new DurationBusinessCalendar()));
    calendars.addBusinessCalendar(CycleBusinessCalendar.NAME, new CycleBusinessCalendar());
    config.setBusinessCalendarManager(calendars);
  }
}
