package com.civicflow.consultation.mail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;

import com.civicflow.consultation.ProcessTest;
import com.civicflow.consultation.ProcessTestSupport;
import com.civicflow.consultation.TestProcesses;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.GreenMailUtil;
import jakarta.mail.Message;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.util.Arrays;
import java.util.Date;
import java.util.List;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.impl.persistence.entity.JobEntity;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Incident;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/** Mail goes out only from jobs: never in the user's transaction, retried, an incident, never lost. */
@ProcessTest
class MailNotificationsTest extends ProcessTestSupport {

  @RegisterExtension
  static GreenMailExtension greenMail = new GreenMailExtension(TestSmtp.smtp());

  @DynamicPropertySource
  static void mailServer(DynamicPropertyRegistry registry) {
    TestSmtp.mailPort(registry);
  }

  static final String PROCESS = "mail-test";
  static final String TASK_WAIT = "Task_Wait";
  static final String STREET_OFFICE = "jiefangbei-office@demo.civicflow.example";
  static final String COMMITTEE = "minzulu-staff@demo.civicflow.example";

  @Autowired RuntimeService runtimeService;
  @Autowired ManagementService managementService;
  @Autowired PlatformTransactionManager transactions;
  @Autowired JdbcTemplate jdbc;

  @BeforeEach
  void deploy() {
    BpmnModelInstance model = Bpmn.createExecutableProcess(PROCESS).camundaHistoryTimeToLive(1)
        .startEvent("Event_Start")
        .serviceTask("Task_SendMail").camundaDelegateExpression("${sendMail}")
          .camundaInputParameter("mailTemplate", "matter-update")
          .camundaInputParameter("mailRecipientGroups", "street-office, committee-staff")
        .userTask(TASK_WAIT).name("办理实施").camundaCandidateGroups("committee-staff")
        .endEvent("Event_End")
        .done();
    TestProcesses.deploy(processEngine, model);
  }

  @Test
  void sendMailQueuesAJobAndTheJobDeliversToTheGroupsOfTheCommunity() throws Exception {
    // when a matter of 民族路社区 passes the sendMail task
    ProcessInstance pi = start();

    // then the user's step completed and nothing was sent inside it
    assertThat(pi).isWaitingAt(TASK_WAIT);
    assertThat(greenMail.getReceivedMessages()).isEmpty();

    // when the job runs, the street office and the committee staff receive it
    execute(job());
    MimeMessage[] received = greenMail.getReceivedMessages();
    assertThat(recipients(received)).containsExactlyInAnyOrder(STREET_OFFICE, COMMITTEE);
    assertThat(received[0].getSubject()).contains(pi.getBusinessKey()).contains("加装电梯").contains("实施协商成果");
    assertThat(GreenMailUtil.getBody(received[0])).isNotBlank();
    assertThat(received[0].getContent().toString()).contains("民族路社区").contains("“加装电梯”");
  }

  @Test
  void smtpOutageRetriesThenRaisesAnIncidentAndTheRetriedJobDeliversExactlyOnce() {
    // given the SMTP server is down
    greenMail.stop();
    Date now = new Date();
    ClockUtil.setCurrentTime(now);
    ProcessInstance pi = start();
    assertThat(pi).isWaitingAt(TASK_WAIT);

    // when the job fails, it is retried on the configured cycle (R3/PT5M)
    Job mail = job();
    assertThatThrownBy(() -> execute(mail)).hasMessageContaining("邮件发送失败");
    Job retried = managementService.createJobQuery().jobId(mail.getId()).singleResult();
    assertThat(retried.getRetries()).isEqualTo(2);
    assertThat(retried.getDuedate()).isEqualTo(new Date(now.getTime() + Duration.ofMinutes(5).toMillis()));
    assertThatThrownBy(() -> execute(mail)).hasMessageContaining("邮件发送失败");
    assertThatThrownBy(() -> execute(mail)).hasMessageContaining("邮件发送失败");

    // then an incident on the matter, naming it, visible in Cockpit
    Incident incident = runtimeService.createIncidentQuery().processInstanceId(pi.getId()).singleResult();
    assertThat(incident.getIncidentType()).isEqualTo(Incident.FAILED_JOB_HANDLER_TYPE);
    assertThat(incident.getIncidentMessage()).contains("邮件发送失败").contains(pi.getBusinessKey());
    assertThat(greenMail.getReceivedMessages()).isEmpty();

    // when the server is back and the job is retried, the message goes out once and the incident is resolved
    greenMail.start();
    managementService.setJobRetries(mail.getId(), 1);
    execute(mail);
    assertThat(greenMail.getReceivedMessages()).as("one message per mailbox").hasSize(2);
    assertThat(recipients(greenMail.getReceivedMessages())).containsExactlyInAnyOrder(STREET_OFFICE, COMMITTEE);
    assertThat(runtimeService.createIncidentQuery().processInstanceId(pi.getId()).count()).isZero();
    assertThat(managementService.createJobQuery().processInstanceId(pi.getId()).count()).isZero();
  }

  @Test
  void aMessageQueuedRightBeforeTheMatterEndsIsStillDelivered() {
    // given a matter whose mail is still queued
    ProcessInstance pi = start();
    assertThat(pi).isWaitingAt(TASK_WAIT);

    List<String> earlierJobs = managementService.createJobQuery().list().stream().map(Job::getId).toList();

    // when the matter ends before the job ran
    complete(task());
    assertThat(pi).isEnded();

    // then the message's job is still there (it is not bound to the matter's execution) and delivers it
    List<Job> jobs = managementService.createJobQuery().processInstanceId(pi.getId()).list().stream()
        .filter(j -> MailJobHandler.TYPE.equals(((JobEntity) j).getJobHandlerType())) // not the filing job (一事一档)
        .toList();
    assertThat(jobs).singleElement().extracting(Job::getId).isIn(earlierJobs);
    managementService.executeJob(jobs.get(0).getId());
    assertThat(recipients(greenMail.getReceivedMessages())).containsExactlyInAnyOrder(STREET_OFFICE, COMMITTEE);
  }

  @Test
  void aMessageTheServerAcceptedIsNotSentAgainWhenTheJobsTransactionFailsAfterwards() throws Exception {
    // given a queued message
    ProcessInstance pi = start();
    assertThat(pi).isWaitingAt(TASK_WAIT);
    Job mail = job();

    // when its job sends it and then its own transaction fails (as one did on a conflict with another node)
    assertThatThrownBy(() -> new TransactionTemplate(transactions).executeWithoutResult(status -> {
      managementService.executeJob(mail.getId());
      throw new IllegalStateException("the job's transaction fails after the send");
    })).hasMessageContaining("after the send");
    assertThat(managementService.createJobQuery().jobId(mail.getId()).count()).as("the job is back").isOne();

    // then the retried job finds the message sent and sends nothing
    managementService.executeJob(mail.getId());
    MimeMessage[] received = greenMail.getReceivedMessages();
    assertThat(recipients(received)).containsExactlyInAnyOrder(STREET_OFFICE, COMMITTEE);
    assertThat(received).hasSize(2);
    String messageId = jdbc.queryForObject("SELECT id_ FROM cc_mail_outbox WHERE proc_inst_id_ = ?", String.class, pi.getId());
    assertThat(received[0].getMessageID()).isEqualTo("<" + messageId + "@civicflow.example>");
    assertThat(jdbc.queryForMap("SELECT attempts_, interrupted_, attempt_started_ FROM cc_mail_outbox WHERE id_ = ?", messageId))
        .containsEntry("ATTEMPTS_", 1).containsEntry("INTERRUPTED_", 0).containsEntry("ATTEMPT_STARTED_", null);
  }

  @Test
  void anAttemptThatLeftNoResultIsCountedWhenTheMessageIsSentAgain() {
    // given a message whose last attempt began but never ended (its node died during the SMTP conversation)
    ProcessInstance pi = start();
    assertThat(pi).isWaitingAt(TASK_WAIT);
    String messageId = jdbc.queryForObject("SELECT id_ FROM cc_mail_outbox WHERE proc_inst_id_ = ?", String.class, pi.getId());
    jdbc.update("UPDATE cc_mail_outbox SET attempt_started_ = CURRENT_TIMESTAMP, attempts_ = 1 WHERE id_ = ?", messageId);

    // when the job runs again (on another node, after the lock expired)
    execute(job());

    // then it is sent, and the possible second copy is on record
    assertThat(recipients(greenMail.getReceivedMessages())).containsExactlyInAnyOrder(STREET_OFFICE, COMMITTEE);
    assertThat(jdbc.queryForMap("SELECT attempts_, interrupted_ FROM cc_mail_outbox WHERE id_ = ?", messageId))
        .containsEntry("ATTEMPTS_", 2).containsEntry("INTERRUPTED_", 1);
  }

  @Test
  void taskAssignedMailLinksToTheTaskInTasklist() throws Exception {
    // given a task whose create listener mails its candidate group
    BpmnModelInstance model = Bpmn.createExecutableProcess("mail-task-test").camundaHistoryTimeToLive(1)
        .startEvent("Event_Start")
        .userTask(TASK_WAIT).name("反馈实施情况").camundaCandidateGroups("street-office")
          .camundaDueDate("workdays:5").camundaTaskListenerDelegateExpression("create", "${taskAssignedMail}")
        .endEvent("Event_End")
        .done();
    TestProcesses.deploy(processEngine, model);

    // when the task is created
    ProcessInstance pi = runtimeService.startProcessInstanceByKey("mail-task-test",
        withVariables("communityId", "minzulu", "topic", "加装电梯"));
    assertThat(pi).isWaitingAt(TASK_WAIT);
    execute(job());

    // then the street office gets the task's name, due date and link
    MimeMessage[] received = greenMail.getReceivedMessages();
    assertThat(recipients(received)).containsExactly(STREET_OFFICE);
    assertThat(received[0].getSubject()).contains("反馈实施情况").contains(pi.getBusinessKey());
    assertThat(received[0].getContent().toString())
        .contains("http://localhost:8080/camunda/app/tasklist/default/#/?task=" + task().getId())
        .contains("办理期限");
  }

  private ProcessInstance start() {
    return runtimeService.startProcessInstanceByKey(PROCESS,
        withVariables("communityId", "minzulu", "topic", "加装电梯", "stage", "实施协商成果"));
  }

  private static List<String> recipients(MimeMessage[] messages) {
    return Arrays.stream(messages).map(m -> {
      try {
        return Arrays.stream(m.getRecipients(Message.RecipientType.TO)).map(Object::toString).toList();
      } catch (Exception e) {
        throw new IllegalStateException(e);
      }
    }).flatMap(List::stream).distinct().toList();
  }
}
