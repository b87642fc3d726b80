package com.civicflow.consultation.organisation;

/**
 * One node of the organisation hierarchy.
 *
 * @param parentId null for a district
 * @param city the city (市) of the district, for display
 */
public record OrgUnit(String id, String name, OrgLevel level, String parentId, String city) {}
