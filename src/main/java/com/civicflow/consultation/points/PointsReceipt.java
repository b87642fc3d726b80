package com.civicflow.consultation.points;

import com.civicflow.consultation.matter.InvalidSubmissionException;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.history.HistoricVariableInstance;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * After a record of {@code kenli-points}: the staff member reads the receipt (and a new personal code, which they hand
 * to the resident) in 积分回执 ({@code ${kenliPointsReceipt}}); then the code leaves the process: the variable is removed
 * on completion and, in the next transaction (the asynchronous 清除积分码 {@code ${kenliPointsForgetCode}}), its history
 * too — the ledger keeps only the code's digest, so nobody can read a resident's code afterwards.
 */
@Configuration
class PointsReceipt {

  @Bean
  TaskListener kenliPointsReceipt() {
    return task -> {
      if (PointsVariables.CODE.from(task).isPresent()) {
        if (!Boolean.TRUE.equals(PointsVariables.CODE_HANDED_OVER.from(task).orElse(false))) {
          throw new InvalidSubmissionException("请将积分码交给居民（商户）后勾选“已将积分码交给本人”");
        }
        task.getExecution().removeVariable(PointsVariables.CODE.name());
      }
    };
  }

  @Bean
  JavaDelegate kenliPointsForgetCode(HistoryService history) {
    return (DelegateExecution execution) -> AsProduct.call(() -> {
      for (HistoricVariableInstance code : history.createHistoricVariableInstanceQuery()
          .processInstanceId(execution.getProcessInstanceId()).variableName(PointsVariables.CODE.name())
          .includeDeleted().list()) {
        history.deleteHistoricVariableInstance(code.getId());
      }
      return null;
    });
  }
}
