package com.civicflow.consultation.yuzhong;

import static com.civicflow.consultation.yuzhong.YuzhongVariables.FAILED_VOTE_DECISION;
import static com.civicflow.consultation.yuzhong.YuzhongVariables.FAILED_VOTE_NOTE;
import static com.civicflow.consultation.yuzhong.YuzhongVariables.QUORUM_REACHED;
import static com.civicflow.consultation.yuzhong.YuzhongVariables.REJECTION_REASON;
import static com.civicflow.consultation.yuzhong.YuzhongVariables.REPRESENTATIVES_PRESENT;
import static com.civicflow.consultation.yuzhong.YuzhongVariables.REPRESENTATIVES_TOTAL;
import static com.civicflow.consultation.yuzhong.YuzhongVariables.RESOLUTION_MINUTES;
import static com.civicflow.consultation.yuzhong.YuzhongVariables.RESOLUTION_PASSED;
import static com.civicflow.consultation.yuzhong.YuzhongVariables.RESOLUTION_REASON;
import static com.civicflow.consultation.yuzhong.YuzhongVariables.RESULT_NOTICE_BODY;
import static com.civicflow.consultation.yuzhong.YuzhongVariables.RESULT_NOTICE_TITLE;
import static com.civicflow.consultation.yuzhong.YuzhongVariables.RESULT_TEXT;
import static com.civicflow.consultation.yuzhong.YuzhongVariables.VOTES_ABSTAIN;
import static com.civicflow.consultation.yuzhong.YuzhongVariables.VOTES_AGAINST;
import static com.civicflow.consultation.yuzhong.YuzhongVariables.VOTES_FOR;
import static com.civicflow.consultation.yuzhong.YuzhongVariables.VOTE_TALLY;

import com.civicflow.consultation.matter.InvalidSubmissionException;
import com.civicflow.consultation.matter.MatterVariables;
import com.civicflow.consultation.matter.Submission;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.springframework.stereotype.Service;

/**
 * 决议: the residents' representatives assembly's attendance and votes. The listener refuses impossible
 * counts (more present than representatives, more votes than present); the decision table
 * {@code yuzhong-six-plus-five-resolution} decides quorum and majority; after a failed vote the committee
 * decides: vote again, back to 合议, or close the topic as rejected.
 */
@Service
class Resolution {

  static final String RESULT = "resolutionDecision";
  private static final long MAX = 100_000;

  void recorded(DelegateTask task) {
    Submission form = Submission.of(task);
    long total = form.number(REPRESENTATIVES_TOTAL, "应到居民代表人数", 1, MAX);
    long present = form.number(REPRESENTATIVES_PRESENT, "实到居民代表人数", 0, MAX);
    long yes = form.number(VOTES_FOR, "赞成票", 0, MAX);
    long no = form.number(VOTES_AGAINST, "反对票", 0, MAX);
    long abstain = form.number(VOTES_ABSTAIN, "弃权票", 0, MAX);
    if (present > total) {
      throw new InvalidSubmissionException("实到人数（" + present + "）不能多于应到人数（" + total + "）");
    }
    if (yes + no + abstain > present) {
      throw new InvalidSubmissionException("赞成、反对、弃权票合计（" + (yes + no + abstain) + "）不能多于实到人数（" + present + "）");
    }
    REPRESENTATIVES_TOTAL.set(task, total);
    REPRESENTATIVES_PRESENT.set(task, present);
    VOTES_FOR.set(task, yes);
    VOTES_AGAINST.set(task, no);
    VOTES_ABSTAIN.set(task, abstain);
    RESOLUTION_MINUTES.set(task, RESOLUTION_MINUTES.from(task).map(String::trim).orElse(""));
    VOTE_TALLY.set(task, "应到 %d 人，实到 %d 人；赞成 %d 票，反对 %d 票，弃权 %d 票".formatted(total, present, yes, no, abstain));
  }

  /** End of the business rule task: the table's row as plain variables, and the result notice's text. */
  void evaluated(DelegateExecution execution) {
    if (!(execution.getVariable(RESULT) instanceof Map<?, ?> row) || row.get(RESOLUTION_PASSED.name()) == null) {
      throw new IllegalStateException("决策表 " + YuzhongProcess.DECISION_RESOLUTION + " 没有给出表决结果");
    }
    boolean passed = Boolean.TRUE.equals(row.get(RESOLUTION_PASSED.name()));
    QUORUM_REACHED.set(execution, Boolean.TRUE.equals(row.get(QUORUM_REACHED.name())));
    RESOLUTION_PASSED.set(execution, passed);
    RESOLUTION_REASON.set(execution, String.valueOf(row.get(RESOLUTION_REASON.name())));
    if (passed) {
      RESULT_NOTICE_TITLE.set(execution, "协商结果：" + MatterVariables.TOPIC.from(execution).orElse(""));
      RESULT_NOTICE_BODY.set(execution, RESULT_TEXT.required(execution)
          + "\n\n社区居民代表大会表决：" + VOTE_TALLY.from(execution).orElse("") + "。" + RESOLUTION_REASON.required(execution));
    }
  }

  void failedVoteDecided(DelegateTask task) {
    Submission form = Submission.of(task);
    String decision = form.oneOf(FAILED_VOTE_DECISION, "委员会决定",
        List.of(YuzhongProcess.REVOTE, YuzhongProcess.REDRAFT, YuzhongProcess.CLOSE));
    String note = form.text(FAILED_VOTE_NOTE, "决定理由");
    FAILED_VOTE_NOTE.set(task, note);
    if (YuzhongProcess.CLOSE.equals(decision)) {
      REJECTION_REASON.set(task, "社区居民代表大会未通过决议（" + RESOLUTION_REASON.from(task).orElse("") + "），社区协商议事委员会决定终止：" + note);
    }
  }
}
