package com.civicflow.consultation.legalreview;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Deadlines of the legality review ({@code consultation.legal-review} in application.yaml), in working
 * days (工作日). DOMAIN.md: the street office has 5 working days, then the review goes to the district.
 *
 * @param streetWorkingDays how long the street office has before the review escalates to the district
 * @param districtWorkingDays the due date of the district's review task
 */
@ConfigurationProperties("consultation.legal-review")
public record LegalReviewProperties(
    @DefaultValue("5") int streetWorkingDays,
    @DefaultValue("5") int districtWorkingDays) {

  public LegalReviewProperties {
    if (streetWorkingDays < 1 || districtWorkingDays < 1) {
      throw new IllegalArgumentException("consultation.legal-review 的审核期限必须至少为 1 个工作日");
    }
  }

  int workingDays(ReviewLevel level) {
    return level == ReviewLevel.DISTRICT ? districtWorkingDays : streetWorkingDays;
  }
}
