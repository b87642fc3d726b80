package com.civicflow.consultation.haimen;

import static com.civicflow.consultation.haimen.ElectionVariables.NOMINATIONS_BY_COMMITTEES;
import static com.civicflow.consultation.haimen.ElectionVariables.NOMINATIONS_BY_MEMBERS;
import static com.civicflow.consultation.haimen.ElectionVariables.NOMINATIONS_BY_OWNERS;

import com.civicflow.consultation.matter.MatterVariables;
import com.civicflow.consultation.matter.ProcessVariable;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/** Complete listener of every user task of {@code haimen-council-election}: checks and records the submission. */
@Component("haimenElectionCheck")
class ElectionCheck implements TaskListener {

  private static final Map<String, ProcessVariable<String>> NOMINATION_LISTS = Map.of(
      CouncilElection.TASK_NOMINATE_BY_COMMITTEES, NOMINATIONS_BY_COMMITTEES,
      CouncilElection.TASK_NOMINATE_BY_OWNERS, NOMINATIONS_BY_OWNERS,
      CouncilElection.TASK_NOMINATE_BY_MEMBERS, NOMINATIONS_BY_MEMBERS);

  private final Election election;
  private final Nominations nominations;
  private final Screenings screenings;

  ElectionCheck(Election election, Nominations nominations, Screenings screenings) {
    this.election = election;
    this.nominations = nominations;
    this.screenings = screenings;
  }

  @Override
  public void notify(DelegateTask task) {
    String key = task.getTaskDefinitionKey();
    if (NOMINATION_LISTS.containsKey(key)) {
      String list = nominations.nominations(task, MatterVariables.COMMUNITY_ID.required(task));
      nominations.record(task, list);
      NOMINATION_LISTS.get(key).set(task.getExecution().getProcessInstance(), list);
    } else if (CouncilElection.TASK_SCREEN_BY_COMMITTEES.equals(key)) {
      screenings.propose(task);
    } else if (CouncilElection.TASK_CONFIRM_SCREENING.equals(key)) {
      screenings.confirm(task, "村（居）“两委”筛选");
    } else if (CouncilElection.TASK_SCREEN_BY_PARTY.equals(key)) {
      screenings.screen(task, task.getName());
    } else if (CouncilElection.TASK_SECRET_BALLOT.equals(key)) {
      election.checkBallot(task);
    } else if (CouncilElection.TASK_STRIKE_OBJECTED.equals(key)) {
      election.strike(task);
    } else {
      throw new IllegalStateException("haimenElectionCheck 不适用于任务 " + key);
    }
  }
}
