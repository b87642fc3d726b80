package com.civicflow.consultation.kenli;

import java.util.List;

/** Keys, message names and the fixed vocabularies of 垦利's eight-step method. */
public final class KenliProcess {

  public static final String PROCESS_KEY = "kenli-eight-step";
  public static final String REGULAR_MEETING_KEY = "kenli-regular-meeting";
  /** The platform schedule that starts the meetings every meeting day (a timer start event, one job per cluster). */
  public static final String REGULAR_MEETING_SCHEDULE_KEY = "kenli-regular-meeting-schedule";
  public static final String LEVEL_DECISION = "kenli-eight-step-level";
  public static final String CATALOGUE_DECISION = "kenli-eight-step-catalogue";
  /** Correlated to the lower matter (business key = its matter number) when the upper one ends. */
  public static final String REFERRAL_ANSWERED = "kenli-referral-answered";

  /** 协商层级, district to building. */
  public static final List<String> LEVELS = List.of("区", "镇街", "社区", "小区", "楼栋");
  /** 征集渠道 (集: 多途径征集收集协商事项). */
  public static final List<String> CHANNELS = List.of("网格员", "网上议事厅", "逢十议事", "民情恳谈", "走访", "下级提请");
  public static final String CHANNEL_REFERRAL = "下级提请";
  /** 协商形式 (板凳议事、民情恳谈等灵活多样形式). */
  public static final List<String> FORMS = List.of("板凳议事", "民情恳谈", "议事协商会议", "网上议事厅", "听证会");
  public static final String OUTCOME_ADMITTED = "议";
  public static final String OUTCOME_REFUSED = "不议";
  public static final String OUTCOME_REFER = "提请";
  public static final String MEETING_CONSENSUS = "共识";
  public static final String MEETING_AGAIN = "再议";
  public static final String MEETING_REFER = "提请上级";
  public static final List<String> MEETING_OUTCOMES = List.of(MEETING_CONSENSUS, MEETING_AGAIN, MEETING_REFER);
  public static final List<String> HANDLING_VERDICTS = List.of("按要求办理", "未按要求办理");
  public static final List<String> EVALUATIONS = List.of("满意", "基本满意", "不满意");
  public static final String UNSATISFIED = "不满意";
  public static final String NO_REFERRAL = "none";

  private KenliProcess() {}
}
