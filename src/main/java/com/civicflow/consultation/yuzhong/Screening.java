package com.civicflow.consultation.yuzhong;

import static com.civicflow.consultation.yuzhong.YuzhongVariables.NOT_FOR_CONSULTATION;
import static com.civicflow.consultation.yuzhong.YuzhongVariables.REJECTION_REASON;
import static com.civicflow.consultation.yuzhong.YuzhongVariables.SCREENING_CLASS;
import static com.civicflow.consultation.yuzhong.YuzhongVariables.SCREENING_DECISION;
import static com.civicflow.consultation.yuzhong.YuzhongVariables.SCREENING_JUSTIFICATION;
import static com.civicflow.consultation.yuzhong.YuzhongVariables.SCREENING_OVERRIDE_CLASS;
import static com.civicflow.consultation.yuzhong.YuzhongVariables.SCREENING_REASON;
import static com.civicflow.consultation.yuzhong.YuzhongVariables.TOPIC_ADMISSIBLE;
import static com.civicflow.consultation.yuzhong.YuzhongVariables.TOPIC_CLASS;
import static com.civicflow.consultation.yuzhong.YuzhongVariables.TOPIC_CLASSES;

import com.civicflow.consultation.matter.InvalidSubmissionException;
import com.civicflow.consultation.matter.Submission;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.springframework.stereotype.Service;

/**
 * 审议: what the screening table proposed, and the committee's decision — confirm it, or override it with
 * a recorded justification (refused without one, or when the "override" keeps the same class).
 */
@Service
class Screening {

  static final String RESULT = "screeningResult";

  /** End of the business rule task: the table's row as plain variables. */
  void classified(DelegateExecution execution) {
    Object result = execution.getVariable(RESULT);
    if (!(result instanceof Map<?, ?> row) || row.get(SCREENING_CLASS.name()) == null) {
      throw new IllegalStateException("决策表 " + YuzhongProcess.DECISION_SCREENING + " 没有给出议题分类");
    }
    SCREENING_CLASS.set(execution, row.get(SCREENING_CLASS.name()).toString());
    SCREENING_REASON.set(execution, String.valueOf(row.get(SCREENING_REASON.name())));
  }

  void screened(DelegateTask task) {
    Submission form = Submission.of(task);
    String proposed = SCREENING_CLASS.required(task);
    String decision = form.oneOf(SCREENING_DECISION, "审议结论", List.of(YuzhongProcess.CONFIRM, YuzhongProcess.OVERRIDE));
    String finalClass = proposed;
    String reason = SCREENING_REASON.from(task).orElse("");
    if (YuzhongProcess.OVERRIDE.equals(decision)) {
      finalClass = form.oneOf(SCREENING_OVERRIDE_CLASS, "改定的议题分类", TOPIC_CLASSES);
      if (finalClass.equals(proposed)) {
        throw new InvalidSubmissionException("改定的议题分类与清单初筛结果相同，请选择“同意初筛结果”");
      }
      reason = form.text(SCREENING_JUSTIFICATION, "改定理由");
      SCREENING_JUSTIFICATION.set(task, reason);
    } else {
      SCREENING_OVERRIDE_CLASS.set(task, null);
      SCREENING_JUSTIFICATION.set(task, null);
    }
    boolean admissible = !NOT_FOR_CONSULTATION.equals(finalClass);
    TOPIC_CLASS.set(task, finalClass);
    TOPIC_ADMISSIBLE.set(task, admissible);
    if (!admissible) {
      REJECTION_REASON.set(task, "经社区协商议事委员会审议，议题不宜协商：" + reason);
    }
  }
}
