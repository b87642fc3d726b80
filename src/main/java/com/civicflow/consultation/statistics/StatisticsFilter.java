package com.civicflow.consultation.statistics;

import java.time.Instant;
import java.util.List;

/**
 * What the figures cover. {@code tenants} are already limited to those the user may read (the archive's rules):
 * the SQL of the statistics bypasses the engine's tenant check and filters by exactly these. Matters count when
 * they were raised in [{@code from}, {@code to}); meetings when they were held in it; online topics when they
 * were received in it.
 */
public record StatisticsFilter(List<String> tenants, List<ConsultationModel> models, Instant from, Instant to) {

  /** No lower bound. */
  public static final Instant BEGINNING = Instant.parse("1970-01-01T00:00:00Z");
  /** No upper bound. */
  public static final Instant END = Instant.parse("9999-01-01T00:00:00Z");

  public StatisticsFilter {
    tenants = List.copyOf(tenants);
    models = List.copyOf(models);
  }

  /** Every model, the whole time, in these tenants. */
  public static StatisticsFilter of(List<String> tenants) {
    return new StatisticsFilter(tenants, List.of(ConsultationModel.values()), BEGINNING, END);
  }

  /** Nothing can match: no tenant or no model. */
  boolean empty() {
    return tenants.isEmpty() || models.isEmpty();
  }
}
