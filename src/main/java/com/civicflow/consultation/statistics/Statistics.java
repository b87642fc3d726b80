package com.civicflow.consultation.statistics;

import com.civicflow.consultation.organisation.OrganisationDirectory;
import com.civicflow.consultation.organisation.ResponsibleUnit;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The statistics for supervisors (统计分析): every figure is one aggregate SQL query over the reporting tables
 * ({@link ReportingTables}, kept from the engine's history as matters progress), filtered by the filter's tenants;
 * nothing loops over the history API. {@link #report} is also what a benchmark measures.
 */
@Service
public class Statistics {

  private final MatterFigures matters;
  private final MeetingFigures meetings;
  private final ResultFigures results;
  private final ReviewFigures reviews;
  private final PointsFigures points;
  private final OrganisationDirectory directory;
  private final PartyIndexTables partyIndices;

  Statistics(MatterFigures matters, MeetingFigures meetings, ResultFigures results, ReviewFigures reviews,
      PointsFigures points, OrganisationDirectory directory, PartyIndexTables partyIndices) {
    this.matters = matters;
    this.meetings = meetings;
    this.results = results;
    this.reviews = reviews;
    this.points = points;
    this.directory = directory;
    this.partyIndices = partyIndices;
  }

  /** The figures for the filter, as of the engine clock's now (which decides what is overdue). */
  @Transactional(readOnly = true)
  public StatisticsReport report(StatisticsFilter filter) {
    Instant now = ClockUtil.getCurrentTime().toInstant();
    boolean none = filter.empty();
    List<MatterFigures.Status> statuses = none ? List.of() : matters.statuses(filter, now);
    List<ResultFigures.Results> carriedOut = none ? List.of() : results.results(filter, now);
    List<ResultFigures.Evaluation> evaluations = none ? List.of() : results.evaluations(filter, now);
    Map<MeetingKind, Long> held = meetings.meetings(filter, now);
    MeetingFigures.OnlineTopics online = meetings.onlineTopics(filter, now);
    List<Table> tables = new java.util.ArrayList<>(List.of(
        MatterTables.statuses(filter.models(), statuses),
        MatterTables.stages(none ? List.of() : matters.stages(filter, now)),
        MatterTables.meetings(held),
        OutcomeTables.results(filter.models(), carriedOut),
        MatterTables.durations(filter.models(), none ? List.of() : matters.days(filter, now)),
        OutcomeTables.satisfaction(evaluations),
        OutcomeTables.reviews(none ? List.of() : reviews.reviews(filter, now)),
        OutcomeTables.objections(none ? List.of() : reviews.notices(filter, now)),
        OutcomeTables.units(carriedOut, this::unitName),
        MatterTables.onlineTopics(online)));
    tables.addAll(points.tables(filter, now));
    tables.addAll(partyIndices.tables(filter, now));
    return new StatisticsReport(List.of(
        new StatisticsReport.Headline("提出事项", sum(statuses, MatterFigures.Status::raised)),
        new StatisticsReport.Headline("在办", sum(statuses, MatterFigures.Status::running)),
        new StatisticsReport.Headline("已办结", sum(statuses, MatterFigures.Status::closed)),
        new StatisticsReport.Headline("未予立项", sum(statuses, MatterFigures.Status::notAdmitted)),
        new StatisticsReport.Headline("召开会议", held.values().stream().mapToLong(Long::longValue).sum() + " 次"),
        new StatisticsReport.Headline("成果逾期率", Figures.percentText(OutcomeTables.sum(carriedOut).overdueRate())),
        new StatisticsReport.Headline("居民满意率", Figures.percentText(OutcomeTables.satisfactionRate(evaluations))),
        new StatisticsReport.Headline("网上议题", String.valueOf(online.received()))), tables);
  }

  private static String sum(List<MatterFigures.Status> statuses, java.util.function.ToLongFunction<MatterFigures.Status> figure) {
    return String.valueOf(statuses.stream().mapToLong(figure).sum());
  }

  private String unitName(String unitId) {
    return unitId == null ? "（未指定）" : directory.responsibleUnit(unitId).map(ResponsibleUnit::name).orElse(unitId);
  }
}
