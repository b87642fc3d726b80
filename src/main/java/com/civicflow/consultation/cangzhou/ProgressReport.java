package com.civicflow.consultation.cangzhou;

import static com.civicflow.consultation.cangzhou.CangzhouVariables.PROGRESS_NOTICE_BODY;
import static com.civicflow.consultation.cangzhou.CangzhouVariables.PROGRESS_NOTICE_TITLE;
import static com.civicflow.consultation.cangzhou.CangzhouVariables.PROGRESS_REPORT_COUNT;
import static com.civicflow.consultation.implementation.ImplementationVariables.COMPLETION_DEADLINE;
import static com.civicflow.consultation.implementation.ImplementationVariables.EVALUATION_RESULT;
import static com.civicflow.consultation.implementation.ImplementationVariables.RESPONSIBLE_UNIT;
import static com.civicflow.consultation.implementation.ImplementationVariables.RESPONSIBLE_UNIT_NAME;

import com.civicflow.consultation.implementation.ImplementationProcess;
import com.civicflow.consultation.matter.MatterVariables;
import com.civicflow.consultation.matter.Submission;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.springframework.stereotype.Service;

/**
 * 全透明 — 定期通报进展: at each period of the progress-report timer, writes the 进展报告 notice from the
 * running implementation-supervision instances of this matter (unit, stage, deadline, overdue) and the
 * units already done with their residents' evaluation (from history).
 */
@Service
class ProgressReport {

  private final RuntimeService runtime;
  private final HistoryService history;

  ProgressReport(RuntimeService runtime, HistoryService history) {
    this.runtime = runtime;
    this.history = history;
  }

  void compose(DelegateExecution execution) {
    long number = PROGRESS_REPORT_COUNT.from(execution).orElse(0L) + 1;
    StringBuilder body = new StringBuilder("截至 ")
        .append(Submission.shown(ClockUtil.getCurrentTime()))
        .append("，协商成果实施进展（第 ").append(number).append(" 期）：\n");
    for (ProcessInstance call : runtime.createProcessInstanceQuery().processDefinitionKey(ImplementationProcess.KEY)
        .superProcessInstanceId(execution.getProcessInstanceId()).list()) {
      Map<String, Object> v = runtime.getVariables(call.getId());
      body.append("· ").append(v.getOrDefault(RESPONSIBLE_UNIT_NAME.name(), v.get(RESPONSIBLE_UNIT.name())))
          .append("：").append(v.getOrDefault(MatterVariables.STAGE.name(), "办理中"));
      if (v.get(COMPLETION_DEADLINE.name()) instanceof Date deadline) {
        body.append("，办结时限 ").append(Submission.shown(deadline));
      }
      if (Boolean.TRUE.equals(v.get(MatterVariables.OVERDUE.name()))) {
        body.append("（已逾期，督办中）");
      }
      body.append('\n');
    }
    done(execution.getProcessInstanceId(), body);
    PROGRESS_REPORT_COUNT.set(execution, number);
    PROGRESS_NOTICE_TITLE.set(execution, "进展报告（第 " + number + " 期）：" + MatterVariables.TOPIC.required(execution));
    PROGRESS_NOTICE_BODY.set(execution, body.toString().trim());
  }

  /** The units whose implementation-supervision has ended, with the residents' evaluation. */
  private void done(String processInstanceId, StringBuilder body) {
    List<HistoricProcessInstance> ended = history.createHistoricProcessInstanceQuery().processDefinitionKey(ImplementationProcess.KEY)
        .superProcessInstanceId(processInstanceId).finished().list();
    if (ended.isEmpty()) {
      return;
    }
    body.append("已办结：\n");
    for (HistoricProcessInstance call : ended) {
      Map<String, Object> v = new HashMap<>();
      history.createHistoricVariableInstanceQuery().processInstanceId(call.getId())
          .variableNameIn(RESPONSIBLE_UNIT_NAME.name(), EVALUATION_RESULT.name()).list()
          .forEach(variable -> v.put(variable.getName(), variable.getValue()));
      body.append("· ").append(v.getOrDefault(RESPONSIBLE_UNIT_NAME.name(), "责任单位"))
          .append("：居民评议").append(v.getOrDefault(EVALUATION_RESULT.name(), "—")).append('\n');
    }
  }
}
