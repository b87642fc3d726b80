package com.civicflow.consultation.dongcheng;

import static com.civicflow.consultation.dongcheng.DongchengConsultation.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.*;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import com.civicflow.consultation.ProcessTest;
import com.civicflow.consultation.ProcessTestSupport;
import org.junit.jupiter.api.Test;

@ProcessTest
class DongchengConsultationTest extends ProcessTestSupport {

  @Test
  void fullRunWithConsensusEndsClosed() {
    // when
    DongchengFullRun.run(processEngine);

    // then
    assertThat(historyService().createHistoricProcessInstanceQuery().processDefinitionKey(PROCESS_KEY).finished().count())
        .isEqualTo(1);
  }
}
