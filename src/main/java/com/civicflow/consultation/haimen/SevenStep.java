package com.civicflow.consultation.haimen;

import java.util.List;

/** The process {@code haimen-seven-step} (七步议事法), its element ids and catalogues. */
public final class SevenStep {

  public static final String KEY = "haimen-seven-step";

  public static final String EVENT_TOPIC_RAISED = "Event_TopicRaised";
  public static final String TASK_SURVEY_NEEDS = "Task_SurveyNeeds";
  public static final String TASK_REVIEW_TOPIC = "Task_ReviewTopic";
  public static final String TASK_SCREEN_TOPIC = "Task_ScreenTopic";
  public static final String EVENT_TOPIC_NOT_ADMITTED = "Event_TopicNotAdmitted";
  public static final String TASK_DECIDE_HEARING = "Task_DecideHearing";
  public static final String TASK_HOLD_HEARING = "Task_HoldHearing";
  public static final String TASK_VOTE = "Task_Vote";
  public static final String TASK_DECIDE_VOTE = "Task_DecideVote";
  public static final String TASK_HANDLE_FAILED_VOTE = "Task_HandleFailedVote";
  public static final String EVENT_CLOSED_AFTER_FAILED_VOTE = "Event_ClosedAfterFailedVote";
  public static final String TASK_PREPARE_IMPLEMENTATION = "Task_PrepareImplementation";
  public static final String CALL_LEGALITY_REVIEW = "Call_LegalityReview";
  public static final String CALL_IMPLEMENTATION = "Call_Implementation";
  public static final String TASK_DEMOCRATIC_EVALUATION = "Task_DemocraticEvaluation";
  public static final String TASK_PREPARE_FEEDBACK = "Task_PrepareFeedback";
  public static final String CALL_PUBLISH_FEEDBACK = "Call_PublishFeedback";
  public static final String TASK_POST_EVALUATION = "Task_PostEvaluation";
  public static final String EVENT_MATTER_CLOSED = "Event_MatterClosed";

  static final List<String> TOPIC_SOURCES = List.of("入户走访", "问卷调查", "座谈", "居民反映", "网格员上报", "12345热线", "社区微信群", "网上议事厅");
  static final List<String> SURVEY_METHODS = List.of("入户走访", "问卷调查", "座谈");
  static final List<String> CATEGORIES = List.of("公共事务", "公益事业", "矛盾纠纷", "自治制度", "其他",
      "违反法律法规", "涉及个人隐私", "已有法定程序", "超出社区职责");
  /**
   * The five kinds of meeting 海门 counts (seed: “民主理事会231次、民主恳谈会38次、民主评议会27次、民主听证会2次、民主咨询会8次”),
   * in the seed's words: the kind the council's 确定议题并审议 is held as; 民主理事会 unless the council says otherwise.
   */
  public static final List<String> MEETING_KINDS = List.of("民主理事会", "民主恳谈会", "民主评议会", "民主听证会", "民主咨询会");
  static final List<String> VOTE_MEETINGS = List.of("村（居）民代表会议", "村（居）民大会");
  static final List<String> RATINGS = List.of("满意", "基本满意", "不满意");
  static final List<String> GOALS = List.of("完全实现", "基本实现", "未实现");

  private SevenStep() {}
}
