package com.civicflow.consultation.statistics;

import java.util.List;
import java.util.Optional;

/** The figures for one filter: headline figures and the tables, in the order the page shows them. */
public record StatisticsReport(List<Headline> headlines, List<Table> tables) {

  /** A headline figure (value already formatted, e.g. "12" or "8.3%"). */
  public record Headline(String label, String value) {}

  public StatisticsReport {
    headlines = List.copyOf(headlines);
    tables = List.copyOf(tables);
  }

  public Optional<Table> table(String id) {
    return tables.stream().filter(t -> t.id().equals(id)).findFirst();
  }
}
