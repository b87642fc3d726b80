package com.civicflow.consultation.cangzhou;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the 沧州 model ({@code consultation.cangzhou} in application.yaml); the seed gives no numbers
 * for these, so they are defaults an administrator may change.
 *
 * @param maxConsensusRounds 达共识: rounds after which "no consensus" can only shelve the matter
 * @param meetingNoticeDays 发布公告: working days the meeting notice is posted
 * @param resultNoticeDays 全透明: working days the result is posted (objection window)
 * @param progressNoticeDays 全透明: working days each progress report is posted
 * @param progressReportDays 全透明: default interval of the progress reports, in days (the joint meeting may set another)
 */
@ConfigurationProperties("consultation.cangzhou")
public record CangzhouProperties(
    @DefaultValue("3") int maxConsensusRounds,
    @DefaultValue("3") int meetingNoticeDays,
    @DefaultValue("5") int resultNoticeDays,
    @DefaultValue("3") int progressNoticeDays,
    @DefaultValue("14") int progressReportDays) {

  public CangzhouProperties {
    if (maxConsensusRounds < 1 || meetingNoticeDays < 1 || resultNoticeDays < 1 || progressNoticeDays < 1
        || progressReportDays < 1) {
      throw new IllegalArgumentException("consultation.cangzhou 的轮次、公示期和通报周期必须至少为 1");
    }
  }
}
