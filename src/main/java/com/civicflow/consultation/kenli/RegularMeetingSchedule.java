package com.civicflow.consultation.kenli;

import static com.civicflow.consultation.kenli.KenliVariables.REGULAR_MEETING_DATE;
import static com.civicflow.consultation.kenli.KenliVariables.REGULAR_MEETING_DAY;
import static com.civicflow.consultation.kenli.KenliVariables.REGULAR_MEETINGS_STARTED;

import com.civicflow.consultation.meetingschedule.MeetingScheduleRun;
import com.civicflow.consultation.meetingschedule.ScheduledMeetings;
import com.civicflow.consultation.organisation.OrgUnit;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * 逢十议事 — the service task of the platform schedule {@code kenli-regular-meeting-schedule}
 * ({@code ${kenliRegularMeetingSchedule}}), whose timer start event runs every morning at 07:00 Beijing time as one
 * engine job for the whole cluster: on a meeting day of {@link RegularMeetingCalendar} it starts one
 * {@code kenli-regular-meeting} per community of the configured districts, in that community's tenant; the
 * community's convener (party secretary) gets the task to hold the meeting, once per community and nominal date
 * ({@link ScheduledMeetings}: one transaction, cluster-safe; business key e.g. {@code YANGMIAO-RM-2026-11-10}).
 */
@Component("kenliRegularMeetingSchedule")
public class RegularMeetingSchedule extends MeetingScheduleRun {

  private static final Logger LOG = LoggerFactory.getLogger(RegularMeetingSchedule.class);

  private final RegularMeetingCalendar calendar;
  private final ScheduledMeetings meetings;
  private final KenliProperties properties;

  RegularMeetingSchedule(RegularMeetingCalendar calendar, ScheduledMeetings meetings, KenliProperties properties) {
    super(REGULAR_MEETINGS_STARTED);
    this.calendar = calendar;
    this.meetings = meetings;
    this.properties = properties;
  }

  @Override
  protected boolean enabled() {
    return properties.regularMeeting().enabled();
  }

  @Override
  public List<String> startDueMeetings() {
    LocalDate today = ScheduledMeetings.today();
    List<String> started = new ArrayList<>();
    calendar.meetingOn(today).ifPresent(nominal -> {
      started.addAll(meetings.start(new ScheduledMeetings.Occasion(KenliProcess.REGULAR_MEETING_KEY, "RM",
          REGULAR_MEETING_DATE, nominal.toString(),
          Map.of(REGULAR_MEETING_DAY.name(), ScheduledMeetings.at(today, properties.regularMeeting().meetingHour()))),
          communities()));
      LOG.info("逢十议事 {} (nominal {}): meetings started for {}", today, nominal, started);
    });
    return started;
  }

  private List<OrgUnit> communities() {
    return meetings.communitiesOf(properties.regularMeeting().districts()::contains);
  }
}
