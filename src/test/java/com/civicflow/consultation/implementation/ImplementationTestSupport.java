package com.civicflow.consultation.implementation;

import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;

import com.civicflow.consultation.ProcessTestSupport;
import com.civicflow.consultation.mail.TestSmtp;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import jakarta.mail.Message;
import jakarta.mail.internet.MimeMessage;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Drives {@code implementation-supervision} the way a consultation model calls it: through the test-only
 * caller {@code implementation-caller-test}, in 民族路社区, from Monday 2 March 2026, 09:00.
 */
abstract class ImplementationTestSupport extends ProcessTestSupport {

  @RegisterExtension
  static GreenMailExtension greenMail = new GreenMailExtension(TestSmtp.smtp());

  @DynamicPropertySource
  static void mailServer(DynamicPropertyRegistry registry) {
    TestSmtp.mailPort(registry);
  }

  static final String CALLER = "implementation-caller-test";
  static final String TASK_ASSIGN = "Task_AssignImplementation";
  static final String TASK_AFTER = "Task_AfterImplementation";
  static final String UNIT = "unit-jiefangbei-property";
  static final String UNIT_USER_MAIL = "jiefangbei-property@demo.civicflow.example";
  static final String STREET_OFFICE_MAIL = "jiefangbei-office@demo.civicflow.example";
  static final String COMMITTEE_MAIL = "minzulu-staff@demo.civicflow.example";
  static final String DISTRICT_MAIL = "yuzhong-civil@demo.civicflow.example";

  @Autowired RuntimeService runtimeService;
  @Autowired ManagementService managementService;
  @Autowired RepositoryService repositoryService;

  ProcessInstance caller;

  @BeforeEach
  void deployCallerAndStartOnMonday() {
    if (repositoryService.createProcessDefinitionQuery().processDefinitionKey(CALLER).count() == 0) {
      repositoryService.createDeployment().addClasspathResource("bpmn/" + CALLER + ".bpmn").deploy();
    }
    ClockUtil.setCurrentTime(at(2026, 3, 2, 9, 0));
    caller = runtimeService.startProcessInstanceByKey(CALLER,
        withVariables("communityId", "minzulu", "topic", "加装电梯", "resultText", "3号楼加装电梯，费用按楼层分摊"));
    assertThat(caller).isWaitingAt(TASK_ASSIGN);
  }

  /** The caller's step hands the result to the responsible unit: 5 working days, due Monday 9 March 09:00. */
  ProcessInstance handOver() {
    return handOver(Map.of("responsibleUnit", UNIT, "completionDeadline", "workdays:5"));
  }

  ProcessInstance handOver(Map<String, Object> inputs) {
    assertThat(caller).isWaitingAt(TASK_ASSIGN);
    complete(task(), inputs);
    ProcessInstance called = called();
    assertThat(called).isStarted();
    return called;
  }

  ProcessInstance called() {
    return runtimeService.createProcessInstanceQuery().superProcessInstanceId(caller.getId()).singleResult();
  }

  Job timer(ProcessInstance pi, String activityId) {
    return managementService.createJobQuery().processInstanceId(pi.getId()).activityId(activityId).singleResult();
  }

  /** Runs the queued mail jobs of the instance (mail is only ever sent from jobs). */
  MimeMessage[] deliverMail(ProcessInstance pi) {
    managementService.createJobQuery().processInstanceId(pi.getId()).messages().list().forEach(j -> execute(j));
    return greenMail.getReceivedMessages();
  }

  static List<MimeMessage> withSubject(MimeMessage[] messages, String part) {
    return Arrays.stream(messages).filter(m -> subject(m).contains(part)).toList();
  }

  static List<String> recipients(List<MimeMessage> messages) {
    return messages.stream().flatMap(m -> {
      try {
        return Arrays.stream(m.getRecipients(Message.RecipientType.TO)).map(Object::toString);
      } catch (Exception e) {
        throw new IllegalStateException(e);
      }
    }).distinct().toList();
  }

  static String subject(MimeMessage message) {
    try {
      return message.getSubject();
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  static String body(MimeMessage message) {
    try {
      return message.getContent().toString();
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  static Date at(int year, int month, int day, int hour, int minute) {
    return at(year, month, day, hour, minute, 0);
  }

  static Date at(int year, int month, int day, int hour, int minute, int second) {
    return Date.from(LocalDateTime.of(year, month, day, hour, minute, second).atZone(ZoneId.of("Asia/Shanghai")).toInstant());
  }
}
