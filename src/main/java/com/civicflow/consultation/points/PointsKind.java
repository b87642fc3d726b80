package com.civicflow.consultation.points;

import java.util.Arrays;
import java.util.Optional;

/**
 * The kinds of entry in the 治理积分 ledger, in the seed's words (垦利区 “345”社区议事协商模式, 山东省东营市垦利区民政局, 《社区工作通讯》:
 * “引导居民、商户等通过建言献策、议事协商、志愿服务等获得积分，兑换实物或服务”). The first three earn, 兑换 spends.
 */
public enum PointsKind {
  SUGGESTION("建言献策"),
  CONSULTATION("议事协商"),
  VOLUNTEERING("志愿服务"),
  REDEMPTION("兑换");

  private final String label;

  PointsKind(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }

  public boolean earns() {
    return this != REDEMPTION;
  }

  public static Optional<PointsKind> byLabel(String label) {
    return Arrays.stream(values()).filter(k -> k.label.equals(label)).findFirst();
  }
}
