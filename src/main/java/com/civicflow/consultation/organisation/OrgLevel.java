package com.civicflow.consultation.organisation;

/** The five levels of the organisation (垦利 names them all). */
public enum OrgLevel {
  DISTRICT("区"),
  STREET("街道/镇"),
  COMMUNITY("社区"),
  GRID("小区/网格"),
  BUILDING("楼栋");

  private final String label;

  OrgLevel(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }

  /** Districts, streets and communities own consultations and are Camunda tenants. */
  public boolean isTenant() {
    return this == DISTRICT || this == STREET || this == COMMUNITY;
  }
}
