package com.civicflow.consultation.organisation;

import java.util.List;

/**
 * A 责任单位 / 承办单位 (property company, city management, fire brigade …): a group whose members
 * carry out results of the districts, streets or communities it serves.
 */
public record ResponsibleUnit(String id, String name, List<String> serves) {}
