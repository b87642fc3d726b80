package com.civicflow.consultation.dongcheng;

import static com.civicflow.consultation.dongcheng.DongchengVariables.*;

import com.civicflow.consultation.matter.InvalidSubmissionException;
import com.civicflow.consultation.matter.ProcessVariable;
import com.civicflow.consultation.matter.Submission;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.springframework.stereotype.Service;

/**
 * 评估反馈，结果公开: the street's choice of a third-party evaluation and the evaluation, the residents' supervision
 * group's sign-offs (at the result and at its implementation) and the 居委会's answer to an objection, and the
 * departments that took part (whom the periodic rating round rates).
 */
@Service
class EvaluationSteps {

  private static final Pattern SEPARATORS = Pattern.compile("[、，,;；\\n]+");

  /** 街道积极引入第三方: the street decides per matter; no decision within the period means none. */
  void thirdPartyDecided(DelegateTask task) {
    Submission form = Submission.of(task);
    THIRD_PARTY_CHOSEN.set(task, form.bool(THIRD_PARTY_CHOSEN, "引入第三方评估"));
    THIRD_PARTY_REASON.set(task, THIRD_PARTY_REASON.from(task).orElse(""));
  }

  /** The street let the decision period pass: no third-party evaluation for this matter. */
  void thirdPartyNotDecided(DelegateExecution execution) {
    THIRD_PARTY_CHOSEN.set(execution, false);
    THIRD_PARTY_REASON.set(execution, "街道未在期限内决定引入第三方评估");
  }

  void evaluatedByThirdParty(DelegateTask task) {
    Submission form = Submission.of(task);
    EVALUATOR_ORGANISATION.set(task, form.text(EVALUATOR_ORGANISATION, "第三方评估机构"));
    THIRD_PARTY_EVALUATION.set(task, form.text(THIRD_PARTY_EVALUATION, "评估结论"));
  }

  /** 居民监督小组 on the result: 确认, or 有异议 with its opinion (the committee deliberates again). */
  void resultSupervised(DelegateTask task) {
    supervised(task, RESULT_SUPERVISION_VERDICT, RESULT_SUPERVISION_OPINION);
  }

  /** 居民监督小组 on the implementation: 确认, or 有异议 with its opinion (the committee answers and rectifies). */
  void implementationSupervised(DelegateTask task) {
    supervised(task, IMPLEMENTATION_SUPERVISION_VERDICT, IMPLEMENTATION_SUPERVISION_OPINION);
  }

  private static void supervised(DelegateTask task, ProcessVariable<String> verdict, ProcessVariable<String> opinion) {
    Submission form = Submission.of(task);
    String given = form.oneOf(verdict, "监督结论", VERDICTS);
    if (OBJECTED.equals(given)) {
      opinion.set(task, form.text(opinion, "监督意见"));
      SUPERVISION_OBJECTIONS.set(task, SUPERVISION_OBJECTIONS.from(task).orElse(0L) + 1);
    } else {
      opinion.set(task, opinion.from(task).orElse(""));
    }
  }

  void rectified(DelegateTask task) {
    RECTIFICATION_REPORT.set(task, Submission.of(task).text(RECTIFICATION_REPORT, "对监督意见的答复和整改情况"));
  }

  /** The departments a street step names join the matter's {@code assistingDepartments} (one per line, no repeats). */
  static void addDepartments(DelegateTask task, String named) {
    Set<String> all = new LinkedHashSet<>(ASSISTING_DEPARTMENTS.from(task).map(EvaluationSteps::departments).orElse(Set.of()));
    all.addAll(departments(named));
    if (all.stream().anyMatch(name -> name.length() > 100)) {
      throw new InvalidSubmissionException("部门名称过长（每个不超过 100 字），请用顿号或换行分隔多个部门");
    }
    ASSISTING_DEPARTMENTS.set(task, String.join("\n", all));
  }

  static Set<String> departments(String text) {
    Set<String> names = new LinkedHashSet<>();
    Arrays.stream(SEPARATORS.split(text == null ? "" : text)).map(String::trim).filter(n -> !n.isEmpty()).forEach(names::add);
    return names;
  }
}
