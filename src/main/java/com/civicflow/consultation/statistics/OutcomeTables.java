package com.civicflow.consultation.statistics;

import static com.civicflow.consultation.statistics.Figures.percent;
import static com.civicflow.consultation.statistics.Figures.withTotal;
import static com.civicflow.consultation.statistics.MatterTables.TOTAL;

import com.civicflow.consultation.implementation.ImplementationVariables;
import com.civicflow.consultation.legalreview.LegalReviewOutcome;
import com.civicflow.consultation.notice.NoticeKind;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/** The tables about results: carried out on time or not (by model and by responsible unit), evaluations, reviews, notices. */
final class OutcomeTables {

  static final String RESULTS = "results";
  static final String UNITS = "units";
  static final String SATISFACTION = "satisfaction";
  static final String REVIEWS = "legality-reviews";
  static final String OBJECTIONS = "objections";

  private static final List<String> RESULT_COLUMNS =
      List.of("成果件数", "按期落实", "逾期落实", "逾期未落实", "未到期在办", "逾期率（%）");
  private static final String RATE_NOTE = "逾期率 = (逾期落实 + 逾期未落实) ÷ (按期落实 + 逾期落实 + 逾期未落实)；未到期的不计入。";

  private OutcomeTables() {}

  /** Counts of one group of results: on time, done late, open and late, open before the deadline. */
  record Tally(long onTime, long lateDone, long lateOpen, long open) {
    static final Tally NONE = new Tally(0, 0, 0, 0);

    static Tally of(ResultFigures.Results r) {
      return new Tally(r.onTime(), r.lateDone(), r.lateOpen(), r.open());
    }

    Tally plus(Tally t) {
      return new Tally(onTime + t.onTime, lateDone + t.lateDone, lateOpen + t.lateOpen, open + t.open);
    }

    long total() {
      return onTime + lateDone + lateOpen + open;
    }

    Double overdueRate() {
      return percent(lateDone + lateOpen, onTime + lateDone + lateOpen);
    }

    List<Object> row(String label) {
      List<Object> row = new ArrayList<>(List.of(label, total(), onTime, lateDone, lateOpen, open));
      row.add(overdueRate());
      return row;
    }
  }

  static Table results(List<ConsultationModel> models, List<ResultFigures.Results> results) {
    List<List<Object>> rows = new ArrayList<>();
    for (ConsultationModel model : models) {
      Tally tally = sum(results.stream().filter(r -> model.matterKey().equals(r.matterKey())).toList());
      if (tally.total() > 0) {
        rows.add(tally.row(model.label()));
      }
    }
    rows.add(sum(results).row(TOTAL));
    return new Table(RESULTS, "协商成果落实情况",
        "每个责任单位承办的每项成果计一件，以最近一次“实施协商成果（办理）”任务与其办结时限比较（与公示栏一致）。" + RATE_NOTE,
        columns("协商模式"), rows, true, new Table.Chart("stack", List.of(0), List.of(2, 3, 4, 5)));
  }

  static Table units(List<ResultFigures.Results> results, Function<String, String> unitName) {
    Map<String, Tally> byUnit = new LinkedHashMap<>();
    results.forEach(r -> byUnit.merge(unitName.apply(r.unit()), Tally.of(r), Tally::plus));
    List<List<Object>> rows = byUnit.entrySet().stream()
        .sorted(Comparator.comparing((Map.Entry<String, Tally> e) -> e.getValue().overdueRate(),
                Comparator.nullsLast(Comparator.reverseOrder()))
            .thenComparing(e -> e.getValue().lateDone() + e.getValue().lateOpen(), Comparator.reverseOrder())
            .thenComparing(Map.Entry::getKey))
        .map(e -> e.getValue().row(e.getKey())).toList();
    return new Table(UNITS, "责任单位逾期率排名", "逾期率高的在前。" + RATE_NOTE, columns("责任单位"), rows, false,
        new Table.Chart("hbar", List.of(0), List.of(6)));
  }

  static Table satisfaction(List<ResultFigures.Evaluation> evaluations) {
    Map<String, Long> counts = new LinkedHashMap<>();
    ImplementationVariables.EVALUATIONS.forEach(e -> counts.put(e, 0L));
    evaluations.forEach(e -> counts.merge(e.evaluation() == null ? "（未记录）" : e.evaluation(), e.results(), Long::sum));
    long total = counts.values().stream().mapToLong(Long::longValue).sum();
    List<List<Object>> rows = new ArrayList<>();
    counts.forEach((evaluation, n) -> rows.add(rowOf(evaluation, n, percent(n, total))));
    rows.add(rowOf(TOTAL, total, total == 0 ? null : 100.0));
    return new Table(SATISFACTION, "居民满意度", "居民对每项成果办理结果的评议（评议办理结果），整改后以最后一次评议为准。",
        List.of("评价", "件数", "占比（%）"), rows, true, new Table.Chart("pie", List.of(0), List.of(1)));
  }

  /** (满意 + 基本满意) ÷ all evaluations, in per cent. */
  static Double satisfactionRate(List<ResultFigures.Evaluation> evaluations) {
    long all = evaluations.stream().mapToLong(ResultFigures.Evaluation::results).sum();
    long satisfied = evaluations.stream().filter(e -> ImplementationVariables.SATISFIED.equals(e.evaluation())
        || ImplementationVariables.BASICALLY_SATISFIED.equals(e.evaluation())).mapToLong(ResultFigures.Evaluation::results).sum();
    return percent(satisfied, all);
  }

  static Table reviews(List<ReviewFigures.Review> reviews) {
    Map<String, long[]> byLevel = new LinkedHashMap<>();
    List.of("街道办事处", "区民政局").forEach(level -> byLevel.put(level, new long[6]));
    for (ReviewFigures.Review r : reviews) {
      long[] counts = byLevel.computeIfAbsent(levelLabel(r.level()), k -> new long[6]);
      counts[0] += r.reviews();
      counts[column(r)] += r.reviews();
    }
    return new Table(REVIEWS, "合法性审核（按层级和结论）",
        "街道逾期未审、提级至区民政局的计入区民政局；决策表判定为非重大事项的计入“无需审核”。一项成果退回后再次审核的，每次审核各计一次。",
        List.of("审核层级", "件数", "合法", "修改后合法", "不合法", "审核中", "无需审核"), withTotal(byLevel, 6), true,
        new Table.Chart("stack", List.of(0), List.of(2, 3, 4, 5, 6)));
  }

  /** The column of a review's outcome: 合法, 修改后合法, 不合法 (1–3), 审核中 (4), 无需审核 (5). */
  private static int column(ReviewFigures.Review review) {
    if ("none".equals(review.level())) {
      return 5;
    }
    return review.outcome() == null ? 4 : LegalReviewOutcome.byId(review.outcome()).map(o -> o.ordinal() + 1).orElse(4);
  }

  private static String levelLabel(String level) {
    return switch (level == null ? "" : level) {
      case "street" -> "街道办事处";
      case "district" -> "区民政局";
      case "none" -> "无需审核（非重大事项）";
      default -> "尚未确定";
    };
  }

  static Table objections(List<ReviewFigures.Notices> notices) {
    Map<String, long[]> byKind = new LinkedHashMap<>();
    NoticeKind.labels().forEach(kind -> byKind.put(kind, new long[3]));
    notices.forEach(n -> {
      long[] counts = byKind.computeIfAbsent(n.kind() == null ? "（未记录）" : n.kind(), k -> new long[3]);
      counts[0] += n.notices();
      counts[1] += n.lodged();
      counts[2] += n.upheld();
    });
    return new Table(OBJECTIONS, "公示与异议", "事项的各类公示及公示期内居民提出的异议；异议成立的公示提前终止，事项退回重议。",
        List.of("公示类型", "公示次数", "收到异议", "异议成立"), withTotal(byKind, 3), true, new Table.Chart("bar", List.of(0), List.of(1, 2, 3)));
  }

  static Tally sum(List<ResultFigures.Results> results) {
    return results.stream().map(Tally::of).reduce(Tally.NONE, Tally::plus);
  }

  private static List<String> columns(String first) {
    List<String> columns = new ArrayList<>(List.of(first));
    columns.addAll(RESULT_COLUMNS);
    return columns;
  }

  private static List<Object> rowOf(String label, long count, Double share) {
    List<Object> row = new ArrayList<>(List.of(label, count));
    row.add(share);
    return row;
  }
}
