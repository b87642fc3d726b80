package com.civicflow.consultation.points;

import com.civicflow.consultation.kenli.KenliVariables;
import com.civicflow.consultation.matter.MatterVariables;
import com.civicflow.consultation.matter.ProcessVariable;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The points a 垦利 matter earns by itself (processes/kenli-eight-step.bpmn):
 * <ul>
 *   <li>{@code ${kenliTopicPoints}}, taken with the flow 五议：议 ({@code Flow_TopicAdmitted}): 建言献策 for whoever raised
 *       the topic (提出人);</li>
 *   <li>{@code ${kenliMeetingPoints}}, completing 议：召开协商会议 ({@code Task_HoldMeeting}): 议事协商 for each interested
 *       party (“N”) the meeting was fixed with.</li>
 * </ul>
 * Once per matter, person and kind: another meeting round, a matter sent back to the meeting, or a retried step adds
 * nothing. Recorded by {@value PointsLedger#SYSTEM}, with the matter's number.
 */
@Configuration
class PointsEarning {

  private final PointsLedger ledger;
  private final PointsRules rules;

  PointsEarning(PointsLedger ledger, PointsRules rules) {
    this.ledger = ledger;
    this.rules = rules;
  }

  @Bean
  ExecutionListener kenliTopicPoints() {
    return execution -> earn(execution, KenliVariables.RAISED_BY, PointsKind.SUGGESTION, "提出的议题进入协商");
  }

  @Bean
  TaskListener kenliMeetingPoints() {
    return task -> earn(task.getExecution(), KenliVariables.INTERESTED_PARTIES, PointsKind.CONSULTATION, "参加协商会议");
  }

  void earn(DelegateExecution execution, ProcessVariable<String> people, PointsKind kind, String what) {
    String tenantId = execution.getTenantId();
    String matter = execution.getProcessBusinessKey();
    if (tenantId == null || matter == null) {
      return;
    }
    var holders = PointsHolders.in(people.from(execution).orElse(null), holder -> ledger.find(tenantId, holder).isPresent());
    if (holders.isEmpty()) {
      return;
    }
    long points = rules.points(kind, null, 0);
    String topic = MatterVariables.TOPIC.from(execution).map(t -> "：" + t).orElse("");
    // in one order, so that two matters crediting the same people at once wait for each other instead of deadlocking
    for (String holder : new java.util.TreeSet<>(holders)) {
      PointsLedger.Account account = ledger.open(tenantId, holder, PointsProcess.RESIDENT);
      ledger.earn(account, kind, points, matter, what + topic, kind.label() + "|" + matter + "|" + account.id(),
          PointsLedger.SYSTEM);
    }
  }
}
