package com.civicflow.consultation.meetingschedule;

import com.civicflow.consultation.matter.ProcessVariable;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;

/**
 * The service task of a platform schedule's daily run: when the schedule is enabled, it starts the meetings that are
 * due ({@link ScheduledMeetings}) and records on the run, in {@code startedVariable}, the communities it started
 * them for (comma separated).
 */
public abstract class MeetingScheduleRun implements JavaDelegate {

  private final ProcessVariable<String> startedVariable;

  protected MeetingScheduleRun(ProcessVariable<String> startedVariable) {
    this.startedVariable = startedVariable;
  }

  /** Whether the settings let the schedule start meetings. */
  protected abstract boolean enabled();

  /** Starts the meetings due today (engine clock, Beijing time); returns the communities they were started for. */
  public abstract List<String> startDueMeetings();

  @Override
  public void execute(DelegateExecution execution) {
    if (enabled()) {
      startedVariable.set(execution, String.join(",", startDueMeetings()));
    }
  }
}
