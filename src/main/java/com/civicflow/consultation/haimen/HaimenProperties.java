package com.civicflow.consultation.haimen;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the 海门 models ({@code consultation.haimen}). The seed says only “村（居）代表会议或村（居）民大会进行无记名
 * 差额票决” and names no majority: by default a candidate needs more than half of the ballots cast (本产品默认值，原文未规定).
 *
 * @param electionMajorityPercent a candidate is elected with more than this share (in %) of the ballots cast, ranked by
 *     votes up to the open seats
 */
@ConfigurationProperties("consultation.haimen")
public record HaimenProperties(@DefaultValue("50") int electionMajorityPercent) {

  public HaimenProperties {
    if (electionMajorityPercent < 1 || electionMajorityPercent > 99) {
      throw new IllegalArgumentException("consultation.haimen.election-majority-percent 必须在 1 到 99 之间（超过收回选票的百分之几当选）");
    }
  }
}
