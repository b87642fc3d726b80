package com.civicflow.consultation.haimen;

import static com.civicflow.consultation.haimen.ElectionVariables.*;

import com.civicflow.consultation.matter.FormOptions;
import com.civicflow.consultation.matter.Submission;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.springframework.stereotype.Component;

/**
 * 两筛选: 村（居）“两委”筛选 — committee staff record the joint meeting's strikes, the party secretary confirms them for the
 * party organisation (only then do they take effect) or sends them back — and 镇（街道）党工委筛选. Every strike is
 * kept with its reason in {@code screeningRecord}.
 */
@Component
class Screenings {

  private final TaskActor actor;

  Screenings(TaskActor actor) {
    this.actor = actor;
  }

  /** A screening: strike candidates chosen from the current list, with the reasons; none struck is fine. */
  void screen(VariableScope task, String screeningName) {
    List<String> struck = strikes(task);
    strike(task, screeningName, struck, struck.isEmpty() ? "" : STRIKE_REASON.required(task).trim());
  }

  /** The two committees' screening as committee staff record it: kept until the party secretary {@link #confirm}s it. */
  void propose(VariableScope task) {
    List<String> struck = strikes(task);
    PROPOSED_STRIKES.set(task, String.join("\n", struck));
    PROPOSED_STRIKE_REASON.set(task, struck.isEmpty() ? "" : STRIKE_REASON.required(task).trim());
  }

  /** The party secretary confirms the two committees' screening (it takes effect) or sends it back with a note. */
  void confirm(DelegateTask task, String screeningName) {
    Submission submission = Submission.of(task);
    boolean confirmed = SCREENING_CONFIRMED.equals(submission.oneOf(SCREENING_DECISION, "党组织书记意见",
        List.of(SCREENING_CONFIRMED, SCREENING_RETURNED)));
    COMMITTEE_SCREENING_CONFIRMED.set(task.getExecution().getProcessInstance(), confirmed);
    if (!confirmed) {
      COMMITTEE_SCREENING_RETURN.set(task, submission.text(SCREENING_RETURN_NOTE, "退回意见"));
      return;
    }
    List<String> struck = PROPOSED_STRIKES.from(task).orElse("").lines().filter(l -> !l.isBlank()).toList();
    strike(task, screeningName + "（党组织书记" + actor.nameOf(task) + "确认）", struck,
        PROPOSED_STRIKE_REASON.from(task).orElse(""));
    COMMITTEE_SCREENING_RETURN.set(task, "");
  }

  /** The candidates a screening chose to strike, each offered by its form, with the reason required when any. */
  private static List<String> strikes(VariableScope task) {
    List<String> struck = FormOptions.chosen(STRIKES.from(task).orElse(null));
    if (!struck.isEmpty()) {
      List<FormOptions.Option> offeredNow = CouncilCandidates.current(Election.candidates(task));
      struck.forEach(name -> FormOptions.offered(offeredNow, name, "筛除人选"));
      Submission.of(task).text(STRIKE_REASON, "筛除理由");
    }
    return struck;
  }

  private static void strike(VariableScope scope, String screeningName, List<String> struck, String reason) {
    List<Candidate> candidates = Election.candidates(scope);
    if (!struck.isEmpty()) {
      candidates.removeIf(c -> struck.contains(c.name()));
      SCREENING_RECORD.set(scope, SCREENING_RECORD.from(scope).orElse("") + "【" + screeningName + "】筛除 "
          + String.join("、", struck) + "：" + reason + '\n');
    }
    Election.setCandidates(scope, candidates);
  }
}
