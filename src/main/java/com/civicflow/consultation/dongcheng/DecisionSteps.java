package com.civicflow.consultation.dongcheng;

import static com.civicflow.consultation.dongcheng.DongchengVariables.*;

import com.civicflow.consultation.matter.InvalidSubmissionException;
import com.civicflow.consultation.matter.Submission;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.springframework.stereotype.Service;

/**
 * 展开讨论，共商共议 and 充分协商，共同决策: minutes of each meeting of the series, the committee's
 * outcome, the way a dispute goes (搁置 or the residents' (representatives') meeting) and the meeting's
 * recorded counts (the DMN decides; impossible counts are refused here).
 */
@Service
class DecisionSteps {

  static final long MAX_SHELVE_WORKDAYS = 250;

  void discussed(DelegateTask task) {
    Submission form = Submission.of(task);
    if (!form.bool(HOST_NEUTRAL, "主持人中立公正")) {
      throw new InvalidSubmissionException("主持人必须保持中立公正；请更换主持人后再组织讨论");
    }
    DISCUSSION_MINUTES.set(task, form.text(DISCUSSION_MINUTES, "讨论记录"));
  }

  void deliberated(DelegateTask task) {
    Submission form = Submission.of(task);
    String outcome = form.oneOf(DELIBERATION_OUTCOME, "协商结果", OUTCOMES);
    if ("达成共识".equals(outcome)) {
      RESULT_TEXT.set(task, form.text(RESULT_TEXT, "协商成果（解决方案）"));
      CATEGORY.set(task, legalCategory(TOPIC_CATEGORY.from(task).orElse("")));
    }
  }

  /** Another meeting of the series (专题系列协商). */
  void nextMeeting(DelegateExecution execution) {
    MEETING_ROUND.set(execution, MEETING_ROUND.from(execution).orElse(1L) + 1);
  }

  void disputePathChosen(DelegateTask task) {
    Submission form = Submission.of(task);
    String path = form.oneOf(DISPUTE_PATH, "争议处理方式", DISPUTE_PATHS);
    if ("搁置".equals(path)) {
      form.text(SHELVE_REASON, "搁置理由");
      long days = form.number(SHELVE_WORKDAYS, "搁置期限（工作日）", 1, MAX_SHELVE_WORKDAYS);
      SHELVE_WORKDAYS.set(task, days);
      SHELVE_DURATION.set(task, "workdays:" + days);
      SHELVE_COUNT.set(task, SHELVE_COUNT.from(task).orElse(0L) + 1);
    } else {
      RESIDENTS_MEETING_KIND.set(task, path);
      RESULT_TEXT.set(task, form.text(RESULT_TEXT, "提交表决的方案"));
      CATEGORY.set(task, legalCategory(TOPIC_CATEGORY.from(task).orElse("")));
    }
  }

  /** 搁置期满: the topic comes back to the committee for a new series of meetings. */
  void shelvedTopicReturns(DelegateExecution execution) {
    MEETING_ROUND.set(execution, 1L);
  }

  void residentsMeetingHeld(DelegateTask task) {
    Submission form = Submission.of(task);
    long entitled = form.number(ENTITLED_COUNT, "应到人数", 1, 100_000);
    long present = form.number(PRESENT_COUNT, "实到人数", 0, 100_000);
    long yes = form.number(VOTES_FOR, "赞成票数", 0, 100_000);
    long no = form.number(VOTES_AGAINST, "反对票数", 0, 100_000);
    checkCounts(entitled, present, yes, no);
    RESIDENTS_MEETING_MINUTES.set(task, form.text(RESIDENTS_MEETING_MINUTES, "会议记录"));
    ENTITLED_COUNT.set(task, entitled);
    PRESENT_COUNT.set(task, present);
    VOTES_FOR.set(task, yes);
    VOTES_AGAINST.set(task, no);
  }

  /** A meeting's counts that cannot be: more present than entitled, more votes than present. */
  static void checkCounts(long entitled, long present, long yes, long no) {
    if (present > entitled) {
      throw new InvalidSubmissionException("实到人数（" + present + "）不能多于应到人数（" + entitled + "）");
    }
    if (yes + no > present) {
      throw new InvalidSubmissionException("赞成票与反对票之和（" + (yes + no) + "）不能多于实到人数（" + present + "）");
    }
  }

  /** The legality review's catalogue (公益事业, 工作部署, 矛盾纠纷, 自治制度, 其他) for the seed's six kinds. */
  static String legalCategory(String topicCategory) {
    return switch (CATEGORIES.indexOf(topicCategory)) {
      case 1 -> "公益事业";
      case 2 -> "矛盾纠纷";
      case 3 -> "自治制度";
      case 4 -> "工作部署";
      default -> "其他";
    };
  }
}
