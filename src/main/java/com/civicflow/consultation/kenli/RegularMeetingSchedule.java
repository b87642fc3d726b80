package com.civicflow.consultation.kenli;

import static com.civicflow.consultation.kenli.KenliVariables.REGULAR_MEETING_DATE;
import static com.civicflow.consultation.kenli.KenliVariables.REGULAR_MEETING_DAY;
import static com.civicflow.consultation.kenli.KenliVariables.REGULAR_MEETINGS_STARTED;
import static com.civicflow.consultation.matter.MatterVariables.COMMUNITY_ID;

import com.civicflow.consultation.matter.Submission;
import com.civicflow.consultation.organisation.OrgLevel;
import com.civicflow.consultation.organisation.OrgUnit;
import com.civicflow.consultation.organisation.OrganisationDirectory;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.variable.Variables;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * 逢十议事 — the service task of the platform schedule {@code kenli-regular-meeting-schedule}
 * ({@code ${kenliRegularMeetingSchedule}}), whose timer start event runs every morning at 07:00 Beijing time as one
 * engine job for the whole cluster: on a meeting day of {@link RegularMeetingCalendar} it starts one
 * {@code kenli-regular-meeting} per community of the configured districts, in that community's tenant; the
 * community's convener (party secretary) gets the task to hold the meeting. The whole run is one transaction: the
 * job's lock and the engine's optimistic locking let only one node's run commit, and a failed run starts nothing
 * and is retried. It reads the engine clock (ClockUtil). A meeting already started for a community and nominal
 * date is not started again (a retried or repeated run); its business key is {@link #businessKey}.
 */
@Component("kenliRegularMeetingSchedule")
public class RegularMeetingSchedule implements JavaDelegate {

  private static final Logger LOG = LoggerFactory.getLogger(RegularMeetingSchedule.class);

  private final RegularMeetingCalendar calendar;
  private final OrganisationDirectory directory;
  private final RuntimeService runtime;
  private final HistoryService history;
  private final KenliProperties properties;

  RegularMeetingSchedule(RegularMeetingCalendar calendar, OrganisationDirectory directory, RuntimeService runtime,
      HistoryService history, KenliProperties properties) {
    this.calendar = calendar;
    this.directory = directory;
    this.runtime = runtime;
    this.history = history;
    this.properties = properties;
  }

  @Override
  public void execute(DelegateExecution execution) {
    if (properties.regularMeeting().enabled()) {
      REGULAR_MEETINGS_STARTED.set(execution, String.join(",", startDueMeetings()));
    }
  }

  /** Starts today's meetings (engine clock, Beijing time); returns the communities they were started for. */
  public List<String> startDueMeetings() {
    LocalDate today = ClockUtil.getCurrentTime().toInstant().atZone(Submission.ZONE).toLocalDate();
    List<String> started = new ArrayList<>();
    calendar.meetingOn(today).ifPresent(nominal -> {
      for (OrgUnit community : communities()) {
        if (!alreadyStarted(community.id(), nominal)) {
          Date due = Date.from(today.atTime(properties.regularMeeting().meetingHour(), 0).atZone(Submission.ZONE).toInstant());
          runtime.startProcessInstanceByKey(KenliProcess.REGULAR_MEETING_KEY, businessKey(community.id(), nominal),
              Variables.createVariables()
              .putValue(COMMUNITY_ID.name(), community.id())
              .putValue(REGULAR_MEETING_DATE.name(), nominal.toString())
              .putValue(REGULAR_MEETING_DAY.name(), due));
          started.add(community.id());
        }
      }
      LOG.info("逢十议事 {} (nominal {}): meetings started for {}", today, nominal, started);
    });
    return started;
  }

  /**
   * A meeting's own readable number, e.g. {@code YANGMIAO-RM-2026-11-10}: it is no consultation matter and
   * takes no number from the matters' sequence.
   */
  static String businessKey(String communityId, LocalDate nominal) {
    return communityId.toUpperCase().replace("-", "") + "-RM-" + nominal;
  }

  private List<OrgUnit> communities() {
    return directory.units(OrgLevel.COMMUNITY).stream()
        .filter(c -> properties.regularMeeting().districts().contains(directory.districtOf(c.id()).id()))
        .toList();
  }

  private boolean alreadyStarted(String communityId, LocalDate nominal) {
    return history.createHistoricProcessInstanceQuery().processDefinitionKey(KenliProcess.REGULAR_MEETING_KEY)
        .tenantIdIn(communityId).variableValueEquals(REGULAR_MEETING_DATE.name(), nominal.toString()).count() > 0;
  }
}
