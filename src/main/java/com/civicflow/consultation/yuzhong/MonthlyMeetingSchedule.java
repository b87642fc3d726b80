package com.civicflow.consultation.yuzhong;

import static com.civicflow.consultation.yuzhong.YuzhongVariables.MONTHLY_MEETINGS_STARTED;
import static com.civicflow.consultation.yuzhong.YuzhongVariables.MONTHLY_MEETING_DUE;
import static com.civicflow.consultation.yuzhong.YuzhongVariables.MONTHLY_MEETING_MONTH;

import com.civicflow.consultation.matter.MatterVariables;
import com.civicflow.consultation.meetingschedule.MeetingScheduleRun;
import com.civicflow.consultation.meetingschedule.ScheduledMeetings;
import com.civicflow.consultation.organisation.OrgUnit;
import com.civicflow.consultation.organisation.OrganisationDirectory;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * 每月协商议事会议 — the service task of the platform schedule {@code yuzhong-monthly-meeting-schedule}
 * ({@code ${yuzhongMonthlyMeetingSchedule}}), whose timer start event runs every morning at 07:00 Beijing time as one
 * engine job for the whole cluster: from the month's meeting day of {@link MonthlyMeetingCalendar} on, it starts one
 * {@code yuzhong-monthly-meeting} for each community of every district that runs the 渝中 model (organisation
 * directory), in that community's tenant, once per community and month ({@link ScheduledMeetings}; business key e.g.
 * {@code MINZULU-MM-2026-12}; its topic, as Tasklist's card shows it, e.g. “2026 年 12 月协商议事会议”). A run
 * missed on the meeting day (the platform was down) is made up the next morning.
 */
@Component("yuzhongMonthlyMeetingSchedule")
class MonthlyMeetingSchedule extends MeetingScheduleRun {

  private static final Logger LOG = LoggerFactory.getLogger(MonthlyMeetingSchedule.class);

  private final MonthlyMeetingCalendar calendar;
  private final ScheduledMeetings meetings;
  private final YuzhongProperties properties;
  private final OrganisationDirectory directory;

  MonthlyMeetingSchedule(MonthlyMeetingCalendar calendar, ScheduledMeetings meetings, YuzhongProperties properties,
      OrganisationDirectory directory) {
    super(MONTHLY_MEETINGS_STARTED);
    this.calendar = calendar;
    this.meetings = meetings;
    this.properties = properties;
    this.directory = directory;
  }

  @Override
  protected boolean enabled() {
    return properties.monthlyMeeting().enabled();
  }

  /** This month's meetings, once their day has come. */
  @Override
  public List<String> startDueMeetings() {
    LocalDate today = ScheduledMeetings.today();
    YearMonth month = YearMonth.from(today);
    if (today.isBefore(calendar.meetingDay(month))) {
      return List.of();
    }
    List<String> started = meetings.start(new ScheduledMeetings.Occasion(YuzhongProcess.MONTHLY_MEETING_KEY, "MM",
        MONTHLY_MEETING_MONTH, month.toString(), Map.of(
            MatterVariables.TOPIC.name(), month.getYear() + " 年 " + month.getMonthValue() + " 月协商议事会议",
            MONTHLY_MEETING_DUE.name(),
            ScheduledMeetings.at(calendar.lastWorkingDay(month), properties.monthlyMeeting().dueHour()))),
        communities());
    if (!started.isEmpty()) {
      LOG.info("每月协商议事会议 {} ({}): meetings started for {}", month, today, started);
    }
    return started;
  }

  /** The communities of the districts whose staff start the 渝中 model. */
  private List<OrgUnit> communities() {
    return meetings.communitiesOf(district -> directory.modelsOf(district).contains(YuzhongProcess.KEY));
  }
}
