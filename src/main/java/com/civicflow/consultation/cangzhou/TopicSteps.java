package com.civicflow.consultation.cangzhou;

import static com.civicflow.consultation.cangzhou.CangzhouVariables.INITIAL_SUGGESTIONS;
import static com.civicflow.consultation.cangzhou.CangzhouVariables.MAX_CONSENSUS_ROUNDS;
import static com.civicflow.consultation.cangzhou.CangzhouVariables.MEETING_NOTICE_BODY;
import static com.civicflow.consultation.cangzhou.CangzhouVariables.MEETING_NOTICE_DAYS;
import static com.civicflow.consultation.cangzhou.CangzhouVariables.MEETING_NOTICE_TITLE;
import static com.civicflow.consultation.cangzhou.CangzhouVariables.MEETING_PARTICIPANTS;
import static com.civicflow.consultation.cangzhou.CangzhouVariables.MEETING_PLACE;
import static com.civicflow.consultation.cangzhou.CangzhouVariables.MEETING_TIME;
import static com.civicflow.consultation.cangzhou.CangzhouVariables.MEETING_TIME_TEXT;
import static com.civicflow.consultation.cangzhou.CangzhouVariables.RAISED_BY;
import static com.civicflow.consultation.cangzhou.CangzhouVariables.REJECTION_REASON;
import static com.civicflow.consultation.cangzhou.CangzhouVariables.STUDY_DECISION;
import static com.civicflow.consultation.cangzhou.CangzhouVariables.TALKS_ATTENDANCE;
import static com.civicflow.consultation.cangzhou.CangzhouVariables.TALKS_MINUTES;
import static com.civicflow.consultation.cangzhou.CangzhouVariables.TOPIC_CHANNEL;
import static com.civicflow.consultation.cangzhou.CangzhouVariables.TOPIC_DESCRIPTION;
import static com.civicflow.consultation.cangzhou.CangzhouVariables.TOPIC_LOCATION;
import static com.civicflow.consultation.cangzhou.CangzhouVariables.TOPIC_MODE;
import static com.civicflow.consultation.legalreview.LegalReviewVariables.CATEGORY;
import static com.civicflow.consultation.legalreview.LegalReviewVariables.CONSULTATION_LEVEL;

import com.civicflow.consultation.matter.MatterVariables;
import com.civicflow.consultation.matter.Submission;
import java.util.Date;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.springframework.stereotype.Service;

/** 提议题 and the seed's general procedure up to the meeting: 研究协商议题, 发布公告, 出主意. */
@Service("cangzhouTopicSteps")
class TopicSteps {

  static final List<String> CHANNELS = List.of("专题座谈会", "社区事务商谈会", "入户走访", "网络群", "网上议事厅", "其他");
  static final List<String> MODES = List.of("面对面", "背靠背");
  static final String ANONYMOUS = "背靠背";
  static final List<String> STUDY_DECISIONS = List.of("admit", "reject");
  static final String REJECT = "reject";
  static final List<String> CATEGORIES =
      List.of("矛盾纠纷", "物业管理服务", "小区环境提升", "老旧小区改造", "公共设施维修", "自治制度", "其他");
  static final List<String> LEVELS = List.of("社区", "小区", "楼栋");

  private final CangzhouProperties properties;

  TopicSteps(CangzhouProperties properties) {
    this.properties = properties;
  }

  /** The start form (提议题): a topic, its channel and mode; a 背靠背 topic keeps no name. */
  void topicRaised(DelegateExecution execution) {
    Submission form = Submission.of(execution);
    MatterVariables.TOPIC.set(execution, form.text(MatterVariables.TOPIC, "议题"));
    TOPIC_DESCRIPTION.set(execution, form.text(TOPIC_DESCRIPTION, "问题描述"));
    form.oneOf(TOPIC_CHANNEL, "提议渠道", CHANNELS);
    String mode = form.oneOf(TOPIC_MODE, "提议方式", MODES);
    RAISED_BY.set(execution, ANONYMOUS.equals(mode) ? null : RAISED_BY.from(execution).map(String::trim).orElse(null));
    TOPIC_LOCATION.set(execution, TOPIC_LOCATION.from(execution).map(String::trim).orElse(""));
    MAX_CONSENSUS_ROUNDS.set(execution, (long) properties.maxConsensusRounds());
  }

  /** 研究协商议题: admit (with category, level, time, place and participants) or reject with a reason. */
  void topicStudied(DelegateTask task) {
    Submission form = Submission.of(task);
    if (REJECT.equals(form.oneOf(STUDY_DECISION, "研究结论", STUDY_DECISIONS))) {
      form.text(REJECTION_REASON, "不予协商的理由");
      return;
    }
    String category = form.oneOf(CATEGORY, "议题类别", CATEGORIES);
    form.oneOf(CONSULTATION_LEVEL, "协商层级", LEVELS);
    Date time = form.futureDateTime(MEETING_TIME, "会议时间");
    String place = form.text(MEETING_PLACE, "会议地点");
    String participants = form.text(MEETING_PARTICIPANTS, "参与主体");
    String shownTime = Submission.shown(time);
    MEETING_TIME.set(task, time);
    MEETING_TIME_TEXT.set(task, shownTime);
    String topic = MatterVariables.TOPIC.required(task);
    MEETING_NOTICE_TITLE.set(task, "协商议事会议公告：" + topic);
    MEETING_NOTICE_BODY.set(task, "议题：" + topic + "（" + category + "）\n时间：" + shownTime + "\n地点：" + place
        + "\n参与主体：" + participants + "\n欢迎利害关系人、单位代表和居民代表参加，对议题有异议的请在公告期内提出。");
    MEETING_NOTICE_DAYS.set(task, (long) properties.meetingNoticeDays());
  }

  /** 出主意: who talked and the initial suggestions they made. */
  void talksHeld(DelegateTask task) {
    Submission form = Submission.of(task);
    form.text(TALKS_ATTENDANCE, "参加恳谈的人员和单位");
    form.text(TALKS_MINUTES, "恳谈记录");
    form.text(INITIAL_SUGGESTIONS, "初步建议");
  }
}
