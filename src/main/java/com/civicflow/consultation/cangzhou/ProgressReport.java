package com.civicflow.consultation.cangzhou;

import static com.civicflow.consultation.cangzhou.CangzhouVariables.IMPLEMENTATION_OUTCOMES;
import static com.civicflow.consultation.cangzhou.CangzhouVariables.PROGRESS_NOTICE_BODY;
import static com.civicflow.consultation.cangzhou.CangzhouVariables.PROGRESS_NOTICE_TITLE;
import static com.civicflow.consultation.cangzhou.CangzhouVariables.PROGRESS_REPORT_COUNT;
import static com.civicflow.consultation.implementation.ImplementationVariables.COMPLETION_DEADLINE;
import static com.civicflow.consultation.implementation.ImplementationVariables.EVALUATION_RESULT;
import static com.civicflow.consultation.implementation.ImplementationVariables.IMPLEMENTATION_REPORT;
import static com.civicflow.consultation.implementation.ImplementationVariables.RESPONSIBLE_UNIT;
import static com.civicflow.consultation.implementation.ImplementationVariables.RESPONSIBLE_UNIT_NAME;

import com.civicflow.consultation.implementation.ImplementationProcess;
import com.civicflow.consultation.matter.MatterVariables;
import com.civicflow.consultation.matter.Submission;
import java.util.Date;
import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.springframework.stereotype.Service;

/**
 * 全透明 — 定期通报进展: at each period of the progress-report timer, writes the 进展报告 notice from the
 * running implementation-supervision instances of this matter (unit, stage, deadline, overdue) and the
 * units already done; and, when one unit's implementation ends, records its outcome.
 */
@Service
class ProgressReport {

  private final RuntimeService runtime;

  ProgressReport(RuntimeService runtime) {
    this.runtime = runtime;
  }

  void compose(DelegateExecution execution) {
    long number = PROGRESS_REPORT_COUNT.from(execution).orElse(0L) + 1;
    StringBuilder body = new StringBuilder("截至 ")
        .append(TopicSteps.SHOWN.format(ClockUtil.getCurrentTime().toInstant().atZone(Submission.ZONE)))
        .append("，协商成果实施进展（第 ").append(number).append(" 期）：\n");
    for (ProcessInstance call : runtime.createProcessInstanceQuery().processDefinitionKey(ImplementationProcess.KEY)
        .superProcessInstanceId(execution.getProcessInstanceId()).list()) {
      Map<String, Object> v = runtime.getVariables(call.getId());
      body.append("· ").append(v.getOrDefault(RESPONSIBLE_UNIT_NAME.name(), v.get(RESPONSIBLE_UNIT.name())))
          .append("：").append(v.getOrDefault(MatterVariables.STAGE.name(), "办理中"));
      if (v.get(COMPLETION_DEADLINE.name()) instanceof Date deadline) {
        body.append("，办结时限 ").append(TopicSteps.SHOWN.format(deadline.toInstant().atZone(Submission.ZONE)));
      }
      if (Boolean.TRUE.equals(v.get(MatterVariables.OVERDUE.name()))) {
        body.append("（已逾期，督办中）");
      }
      body.append('\n');
    }
    IMPLEMENTATION_OUTCOMES.from(execution).ifPresent(done -> body.append("已办结：\n").append(done));
    PROGRESS_REPORT_COUNT.set(execution, number);
    PROGRESS_NOTICE_TITLE.set(execution, "进展报告（第 " + number + " 期）：" + MatterVariables.TOPIC.required(execution));
    PROGRESS_NOTICE_BODY.set(execution, body.toString().trim());
  }

  /** End of one unit's implementation-supervision call: one line for the file and the next reports. */
  void implementationEnded(DelegateExecution execution) {
    String line = "· %s：%s%s".formatted(
        RESPONSIBLE_UNIT_NAME.from(execution).orElse(RESPONSIBLE_UNIT.from(execution).orElse("")),
        EVALUATION_RESULT.from(execution).map(r -> "居民评议" + r).orElse("办结"),
        IMPLEMENTATION_REPORT.from(execution).map(r -> "；实施情况：" + r).orElse(""));
    String before = IMPLEMENTATION_OUTCOMES.from(execution).orElse("");
    IMPLEMENTATION_OUTCOMES.set(execution.getProcessInstance(), before.isEmpty() ? line : before + "\n" + line);
  }
}
