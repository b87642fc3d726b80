package com.civicflow.consultation.statistics;

import static com.civicflow.consultation.statistics.Figures.days;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The tables about matters and meetings: statuses by model, running matters by stage, durations, meetings, online topics. */
final class MatterTables {

  static final String STATUSES = "matters";
  static final String STAGES = "stages";
  static final String DURATIONS = "durations";
  static final String MEETINGS = "meetings";
  static final String ONLINE_TOPICS = "online-topics";
  static final String TOTAL = Figures.TOTAL;

  private MatterTables() {}

  static Table statuses(List<ConsultationModel> models, List<MatterFigures.Status> statuses) {
    Map<String, long[]> byModel = new LinkedHashMap<>();
    for (ConsultationModel model : models) {
      MatterFigures.Status s = statuses.stream().filter(x -> x.matterKey().equals(model.matterKey())).findFirst()
          .orElse(new MatterFigures.Status(model.matterKey(), 0, 0, 0, 0, 0));
      byModel.put(model.label(), new long[] {s.raised(), s.running(), s.closed(), s.notAdmitted(), s.cancelled()});
    }
    return new Table(STATUSES, "事项办理情况（按协商模式）",
        "提出 = 在办 + 已办结 + 未予立项 + 已撤销；按提出议题的时间统计。已办结含表决未通过、搁置、提请上级等未形成成果而结束的事项。",
        List.of("协商模式", "提出", "在办", "已办结", "未予立项", "已撤销"), Figures.withTotal(byModel, 5), true,
        new Table.Chart("stack", List.of(0), List.of(2, 3, 4, 5)));
  }

  static Table stages(List<MatterFigures.Stage> stages) {
    List<List<Object>> rows = stages.stream()
        .sorted(Comparator.comparing((MatterFigures.Stage s) -> ConsultationModel.byKey(s.matterKey()).map(Enum::ordinal).orElse(99))
            .thenComparing(MatterFigures.Stage::matters, Comparator.reverseOrder()))
        .map(s -> List.<Object>of(modelLabel(s.matterKey()), s.stage() == null ? "（未记录）" : s.stage(), s.matters(), s.overdue()))
        .toList();
    return new Table(STAGES, "在办事项所处环节", "在办事项按其当前环节（流程变量 stage）统计；其中逾期 = 有办理或反馈任务超过时限。",
        List.of("协商模式", "当前环节", "在办事项", "其中逾期"), rows, false,
        new Table.Chart("hbar", List.of(1), List.of(2, 3)));
  }

  static Table durations(List<ConsultationModel> models, List<MatterFigures.Days> days) {
    List<List<Object>> rows = new ArrayList<>();
    for (ConsultationModel model : models) {
      days.stream().filter(d -> model.matterKey().equals(d.matterKey())).findFirst().filter(d -> d.withResult() > 0)
          .ifPresent(d -> rows.add(daysRow(model.label(), d)));
    }
    days.stream().filter(d -> d.matterKey() == null).findFirst().ifPresent(d -> rows.add(daysRow(TOTAL, d)));
    return new Table(DURATIONS, "办理时长（天）",
        "从提出议题到形成协商成果（成果进入公示、审核或交办的时刻），以及到办结（形成成果并结束的事项）；自然日，保留一位小数。",
        List.of("协商模式", "形成成果事项", "议题→成果 平均", "议题→成果 90%分位", "办结事项", "议题→办结 平均", "议题→办结 90%分位"),
        rows, true, new Table.Chart("bar", List.of(0), List.of(2, 3, 5, 6)));
  }

  private static List<Object> daysRow(String label, MatterFigures.Days d) {
    List<Object> row = new ArrayList<>();
    row.add(label);
    row.add(d.withResult());
    row.add(days(d.resultAverage()));
    row.add(days(d.resultP90()));
    row.add(d.completed());
    row.add(days(d.completionAverage()));
    row.add(days(d.completionP90()));
    return row;
  }

  static Table meetings(Map<MeetingKind, Long> held) {
    List<List<Object>> rows = new ArrayList<>();
    held.forEach((kind, count) -> rows.add(List.of(kind.label(), count)));
    rows.add(List.of(TOTAL, held.values().stream().mapToLong(Long::longValue).sum()));
    return new Table(MEETINGS, "会议召开情况（按类型）",
        "按会议召开（记录完成）的时间统计；各模式记录会议的环节见统计说明。尚无模式记录的类型显示 0。",
        List.of("会议类型", "召开次数"), rows, true, new Table.Chart("hbar", List.of(0), List.of(1)));
  }

  static Table onlineTopics(MeetingFigures.OnlineTopics topics) {
    return new Table(ONLINE_TOPICS, "网上议事厅", "居民在公示栏“我要提议题”提交的议题，按提交时间统计；不按协商模式筛选。",
        List.of("来源", "收到议题", "已立项", "未予立项", "待受理"),
        List.of(List.of("网上议事厅", topics.received(), topics.admitted(), topics.declined(), topics.pending())), false,
        new Table.Chart("pie", List.of(0), List.of(2, 3, 4)));
  }

  static String modelLabel(String matterKey) {
    return ConsultationModel.byKey(matterKey).map(ConsultationModel::label).orElse(matterKey);
  }
}
