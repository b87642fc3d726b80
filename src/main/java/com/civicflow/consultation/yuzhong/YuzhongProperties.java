package com.civicflow.consultation.yuzhong;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the 渝中 model ({@code consultation.yuzhong}). The seed names no number for repeated
 * meetings: after {@code maxMeetingRounds} 群议 without a conclusion the committee decides whether to
 * continue or to close the topic.
 *
 * @param monthlyMeeting the dedicated consultation meeting held “原则上每月召开一次”
 */
@ConfigurationProperties("consultation.yuzhong")
public record YuzhongProperties(@DefaultValue("2") int maxMeetingRounds, @DefaultValue MonthlyMeeting monthlyMeeting) {

  public YuzhongProperties {
    if (maxMeetingRounds < 1) {
      throw new IllegalArgumentException("consultation.yuzhong.max-meeting-rounds 必须至少为 1");
    }
  }

  /**
   * The monthly meeting's schedule. The seed says only “原则上每月召开一次”; the day is 本产品默认值，原文未规定.
   *
   * @param enabled whether the daily run (platform schedule {@code yuzhong-monthly-meeting-schedule}, 07:00 Beijing
   *     time: the timer of its diagram) starts the meetings
   * @param dayOfMonth the day of the month the meeting is scheduled (1: the first working day of the month); a day
   *     that is no working day moves to the next working day of the same month, else to the last one before it; a day
   *     beyond the month's end is its last day
   * @param dueHour the hour of the month's last working day by which the meeting is to be recorded
   */
  public record MonthlyMeeting(
      @DefaultValue("true") boolean enabled,
      @DefaultValue("1") int dayOfMonth,
      @DefaultValue("18") int dueHour) {

    public MonthlyMeeting {
      if (dayOfMonth < 1 || dayOfMonth > 31) {
        throw new IllegalArgumentException("consultation.yuzhong.monthly-meeting.day-of-month 必须在 1 到 31 之间");
      }
      if (dueHour < 0 || dueHour > 23) {
        throw new IllegalArgumentException("consultation.yuzhong.monthly-meeting.due-hour 必须在 0 到 23 之间");
      }
    }
  }
}
