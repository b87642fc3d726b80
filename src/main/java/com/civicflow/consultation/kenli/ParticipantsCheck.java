package com.civicflow.consultation.kenli;

import static com.civicflow.consultation.kenli.KenliVariables.ABSENT_PARTIES_NOTE;
import static com.civicflow.consultation.kenli.KenliVariables.CONSULTATION_FORM;
import static com.civicflow.consultation.kenli.KenliVariables.CONVENER;
import static com.civicflow.consultation.kenli.KenliVariables.EIGHT_PARTIES_PRESENT;
import static com.civicflow.consultation.kenli.KenliVariables.INTERESTED_PARTIES;
import static com.civicflow.consultation.kenli.KenliVariables.MEETING_PLACE;
import static com.civicflow.consultation.kenli.KenliVariables.MEETING_TIME;

import com.civicflow.consultation.matter.InvalidSubmissionException;
import com.civicflow.consultation.matter.Submission;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * 定 — complete listener of 确定参与主体和协商形式 ({@code ${kenliParticipantsCheck}}): “1+8+N”. The
 * convener is named; each of the eight parties is marked present/represented or not, residents must take
 * part, and any party missing needs a reason; at least one interested party (N) is named; the form is one
 * of the catalogue; the meeting lies in the future.
 */
@Component("kenliParticipantsCheck")
class ParticipantsCheck implements TaskListener {

  @Override
  public void notify(DelegateTask task) {
    Submission form = Submission.of(task);
    CONVENER.set(task, form.text(CONVENER, "召集人（“1”）"));
    long present = 0;
    for (EightParties party : EightParties.values()) {
      Object value = task.getVariable(party.variable.name());
      boolean marked = value != null && Boolean.parseBoolean(value.toString());
      party.variable.set(task, marked);
      present += marked ? 1 : 0;
    }
    if (!Boolean.TRUE.equals(EightParties.RESIDENTS.variable.from(task).orElse(false))) {
      throw new InvalidSubmissionException("八方代表中“居民群众”必须参加协商");
    }
    if (present < EightParties.values().length) {
      ABSENT_PARTIES_NOTE.set(task, form.text(ABSENT_PARTIES_NOTE, "未参加的代表方及原因"));
    }
    EIGHT_PARTIES_PRESENT.set(task, present);
    INTERESTED_PARTIES.set(task, form.text(INTERESTED_PARTIES, "利益相关方（“N”）"));
    form.oneOf(CONSULTATION_FORM, "协商形式", KenliProcess.FORMS);
    MEETING_TIME.set(task, form.futureDateTime(MEETING_TIME, "协商时间"));
    MEETING_PLACE.set(task, form.text(MEETING_PLACE, "协商地点"));
  }
}
