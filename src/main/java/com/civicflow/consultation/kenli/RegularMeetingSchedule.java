package com.civicflow.consultation.kenli;

import static com.civicflow.consultation.kenli.KenliVariables.REGULAR_MEETING_DATE;
import static com.civicflow.consultation.kenli.KenliVariables.REGULAR_MEETING_DAY;
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
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.variable.Variables;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * 逢十议事 — a daily job (Spring {@code @Scheduled}, {@code consultation.kenli.regular-meeting.cron}, Beijing
 * time) that, on a meeting day of {@link RegularMeetingCalendar}, starts one {@code kenli-regular-meeting} per
 * community of the configured districts: the community's convener (party secretary) gets the task to hold the
 * meeting. It reads the engine clock (ClockUtil), so tests move the clock and call {@link #startDueMeetings()}.
 * A meeting already started for a community and nominal date is not started again (restarts, several nodes);
 * its business key is {@link #businessKey}.
 */
@Component
public class RegularMeetingSchedule {

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

  @Scheduled(cron = "${consultation.kenli.regular-meeting.cron:0 0 7 * * *}", zone = "Asia/Shanghai")
  void onSchedule() {
    if (properties.regularMeeting().enabled()) {
      startDueMeetings();
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
