package com.civicflow.consultation.onlinetopic;

import java.util.Date;

/**
 * What the resident's tracking page shows: no name, no contact. {@code state} is 已受理, 已立项 or 未予立项; an
 * admitted topic has its matter number and the matter's current stage ({@code matterClosed} once it ended); a
 * declined one the reason. Texts are masked ({@code Masking}).
 */
public record TopicStatus(String trackingNumber, String communityId, String topic, Date submittedAt, String state,
    String matterNumber, String matterStage, boolean matterClosed, String declineReason) {

  public static final String RECEIVED = "已受理";
  public static final String ADMITTED = "已立项";
  public static final String DECLINED = "未予立项";

  public boolean admitted() {
    return ADMITTED.equals(state);
  }

  public boolean declined() {
    return DECLINED.equals(state);
  }
}
