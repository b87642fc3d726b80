package com.civicflow.consultation.kenli;

import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of 垦利's model ({@code consultation.kenli} in application.yaml).
 *
 * @param maxMeetingRounds meetings (议) on one topic without consensus before 再议 is refused
 * @param maxHandlingRounds rounds of 办 an unsatisfied evaluation (评) may start before the matter is filed as is
 * @param regularMeeting the 逢十议事 schedule
 */
@ConfigurationProperties("consultation.kenli")
public record KenliProperties(
    @DefaultValue("3") int maxMeetingRounds,
    @DefaultValue("3") int maxHandlingRounds,
    @DefaultValue RegularMeeting regularMeeting) {

  /**
   * @param enabled whether the daily run (platform schedule {@code kenli-regular-meeting-schedule}, 07:00 Beijing
   *     time: the timer of its diagram) starts the meetings
   * @param districts the districts whose communities hold 逢十议事
   * @param meetingHour the hour of the meeting day by which the convener's task is due
   */
  public record RegularMeeting(
      @DefaultValue("true") boolean enabled,
      @DefaultValue("kenli") List<String> districts,
      @DefaultValue("18") int meetingHour) {}
}
