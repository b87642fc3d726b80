package com.civicflow.consultation.kenli;

import static com.civicflow.consultation.kenli.KenliVariables.SUPERVISION_OPINIONS;
import static com.civicflow.consultation.kenli.KenliVariables.SUPERVISION_OPINION_COUNT;

import com.civicflow.consultation.matter.Submission;
import com.civicflow.consultation.notice.SupervisionOpinion;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * 登记居民监督意见 ({@code ${kenliSupervisionOpinion}}): a resident's opinion from the board, delivered while the unit
 * works, is added to the matter's {@code supervisionOpinions} (numbered, oldest first, with who sent it, their
 * contact and when), which the supervisor's 督走访 and 督办理 forms show; 督办理 must answer them.
 */
@Component("kenliSupervisionOpinion")
class SupervisionOpinionRecord implements JavaDelegate {

  @Override
  public void execute(DelegateExecution execution) {
    DelegateExecution matter = execution.getProcessInstance();
    long number = SUPERVISION_OPINION_COUNT.from(matter).orElse(0L) + 1;
    String entry = number + ". " + SupervisionOpinion.LODGED_AT.from(execution).map(Submission::shown).orElse("") + " "
        + SupervisionOpinion.NAME.required(execution) + "（" + SupervisionOpinion.CONTACT.required(execution) + "）：\n"
        + SupervisionOpinion.TEXT.required(execution);
    String before = SUPERVISION_OPINIONS.from(matter).orElse("");
    SUPERVISION_OPINIONS.set(matter, before.isEmpty() ? entry : before + "\n\n" + entry);
    SUPERVISION_OPINION_COUNT.set(matter, number);
  }
}
