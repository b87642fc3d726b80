package com.civicflow.consultation.kenli;

import static com.civicflow.consultation.kenli.KenliVariables.CATALOGUE_ITEM;
import static com.civicflow.consultation.kenli.KenliVariables.SCREENING_NOTE;

import com.civicflow.consultation.matter.Submission;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * 定 — complete listener of 审核研究确定议题 ({@code ${kenliScreeningCheck}}): a catalogue item and the
 * reasoning. Whether the item may be discussed is the table {@code kenli-eight-step-catalogue}'s answer (an
 * item it does not know is 不议), so administrators extend the catalogue there and in the form only.
 */
@Component("kenliScreeningCheck")
class ScreeningCheck implements TaskListener {

  @Override
  public void notify(DelegateTask task) {
    Submission form = Submission.of(task);
    CATALOGUE_ITEM.set(task, form.text(CATALOGUE_ITEM, "对照协商目录"));
    SCREENING_NOTE.set(task, form.text(SCREENING_NOTE, "审核意见"));
  }
}
