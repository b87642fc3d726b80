package com.civicflow.consultation.kenli;

import static com.civicflow.consultation.kenli.KenliVariables.REGULAR_MEETING_ATTENDANCE;
import static com.civicflow.consultation.kenli.KenliVariables.REGULAR_MEETING_MINUTES;

import com.civicflow.consultation.matter.Submission;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/** 逢十议事 — complete listener of 召开逢十议事会 ({@code ${kenliRegularMeetingCheck}}): attendance and minutes. */
@Component("kenliRegularMeetingCheck")
class RegularMeetingCheck implements TaskListener {

  @Override
  public void notify(DelegateTask task) {
    Submission form = Submission.of(task);
    REGULAR_MEETING_ATTENDANCE.set(task, form.number(REGULAR_MEETING_ATTENDANCE, "参会人数", 1, 10_000));
    REGULAR_MEETING_MINUTES.set(task, form.text(REGULAR_MEETING_MINUTES, "会议记录"));
  }
}
