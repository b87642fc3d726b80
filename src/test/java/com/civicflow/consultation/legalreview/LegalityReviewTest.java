package com.civicflow.consultation.legalreview;

import com.civicflow.consultation.TestUsers;
import static com.civicflow.consultation.legalreview.LegalReviewVariables.CORRECTION;
import static com.civicflow.consultation.legalreview.LegalReviewVariables.DUE_DATE;
import static com.civicflow.consultation.legalreview.LegalReviewVariables.ESCALATIONS;
import static com.civicflow.consultation.legalreview.LegalReviewVariables.OPINION;
import static com.civicflow.consultation.legalreview.LegalReviewVariables.OUTCOME;
import static com.civicflow.consultation.legalreview.LegalReviewVariables.PROCESS_KEY;
import static com.civicflow.consultation.legalreview.LegalReviewVariables.REVIEWER;
import static com.civicflow.consultation.legalreview.LegalReviewVariables.REVIEW_LEVEL;
import static com.civicflow.consultation.legalreview.LegalReviewVariables.REVIEW_REQUIRED;
import static com.civicflow.consultation.legalreview.LegalReviewVariables.REVISED_RESULT_TEXT;
import static com.civicflow.consultation.legalreview.LegalReviewVariables.ROUTING_REASON;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.calledProcessInstance;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;

import com.civicflow.consultation.ProcessTest;
import com.civicflow.consultation.ProcessTestSupport;
import com.civicflow.consultation.matter.InvalidSubmissionException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetup;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.dmn.engine.DmnDecisionResultEntries;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.Variables;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** The call activity legality-review, driven through a test-only caller (legalreview/legality-review-caller.bpmn). */
@ProcessTest
class LegalityReviewTest extends ProcessTestSupport {

  static final String CALLER = "legality-review-caller";
  static final String CALL_LEGALITY_REVIEW = "Call_LegalityReview";
  static final String TASK_REDRAFT = "Task_RedraftResult";
  static final String TASK_STREET_REVIEW = "Task_StreetReview";
  static final String TASK_DISTRICT_REVIEW = "Task_DistrictReview";
  static final String TIMER_STREET_DEADLINE = "Timer_StreetDeadline";
  static final String EVENT_NO_REVIEW = "Event_NoReviewNeeded";
  static final String EVENT_UNLAWFUL = "Event_Unlawful";
  /** Monday 23 November 2026, 09:00 Beijing time. */
  static final Date MONDAY_MORNING = beijing("2026-11-23T09:00");
  /** Five working days later: the next Monday, same time. */
  static final Date FIVE_WORKING_DAYS_LATER = beijing("2026-11-30T09:00");
  static final String STREET_OFFICE = "jiefangbei-office@demo.civicflow.example";
  static final String OTHER_STREET_OFFICE = "shuiyuesi-office@demo.civicflow.example";
  static final String DISTRICT = "yuzhong-civil@demo.civicflow.example";
  static final String STREET_SUPERVISOR = "jiefangbei-supervisor@demo.civicflow.example";
  static final String DISTRICT_SUPERVISOR = "yuzhong-supervisor@demo.civicflow.example";

  /** A free port of its own rather than the profile's 3025, so that other suites running at once never clash. */
  static final ServerSetup SMTP = ServerSetupTest.SMTP.port(freePort());

  @RegisterExtension
  static GreenMailExtension greenMail = new GreenMailExtension(SMTP);

  @DynamicPropertySource
  static void mailServer(DynamicPropertyRegistry registry) {
    registry.add("spring.mail.port", SMTP::getPort);
  }

  private final ObjectMapper json = new ObjectMapper();

  @BeforeEach
  void deployCallerAndFixTheClock() {
    if (processEngine.getRepositoryService().createProcessDefinitionQuery().processDefinitionKey(CALLER).count() == 0) {
      processEngine.getRepositoryService().createDeployment().name(CALLER)
          .addClasspathResource("legalreview/legality-review-caller.bpmn").deploy();
    }
    ClockUtil.setCurrentTime(MONDAY_MORNING);
  }

  @Test
  void smallMatterNeedsNoReviewAndPassesStraightThrough() {
    // when
    ProcessInstance caller = start(matter().putValue("estimatedCost", 3000L).putValue("householdsAffected", 12L));

    // then
    assertThat(caller).isEnded();
    assertThat(processEngine.getHistoryService().createHistoricProcessInstanceQuery()
        .superProcessInstanceId(caller.getId()).singleResult().getEndActivityId()).isEqualTo(EVENT_NO_REVIEW);
    assertThat(output(caller, REVIEW_REQUIRED.name())).isEqualTo(false);
    assertThat(output(caller, REVIEW_LEVEL.name())).isEqualTo("none");
    assertThat(output(caller, OUTCOME.name())).isNull();
  }

  @Test
  void streetOfficeFindsTheResultLawful() {
    // given
    ProcessInstance caller = start(matter().putValue("estimatedCost", 80000L));
    ProcessInstance review = calledProcessInstance(PROCESS_KEY, caller);
    assertThat(review).isWaitingAt(TASK_STREET_REVIEW);
    Task task = task(TASK_STREET_REVIEW, review);
    assertThat(task).hasCandidateGroup("street-office").hasDueDate(FIVE_WORKING_DAYS_LATER);
    assertThat(DUE_DATE.from(vars(review))).contains(FIVE_WORKING_DAYS_LATER);

    // when
    completeAs("jiefangbei-office", task, decision("lawful", "符合《居民委员会组织法》第九条"));

    // then
    assertThat(caller).isEnded();
    assertThat(output(caller, OUTCOME.name())).isEqualTo("lawful");
    assertThat(output(caller, OPINION.name())).isEqualTo("符合《居民委员会组织法》第九条");
    assertThat(output(caller, REVIEWER.name())).isEqualTo("jiefangbei-office");
    assertThat(output(caller, REVIEW_LEVEL.name())).isEqualTo("street");
    assertThat(output(caller, REVIEW_REQUIRED.name())).isEqualTo(true);
  }

  @Test
  void streetOfficeFindsTheResultLawfulAfterChangesAndReturnsTheRevisedText() {
    // given
    ProcessInstance caller = start(matter().putValue("involvesFees", true));
    Task task = task(TASK_STREET_REVIEW, calledProcessInstance(PROCESS_KEY, caller));

    // when
    completeAs("jiefangbei-office", task, decision("lawful-with-changes", "收费标准须经业主大会表决")
        .putValue(REVISED_RESULT_TEXT.name(), "绿化费每户每年150元，经业主大会表决通过后实施"));

    // then
    assertThat(caller).isEnded();
    assertThat(output(caller, OUTCOME.name())).isEqualTo("lawful-with-changes");
    assertThat(output(caller, REVISED_RESULT_TEXT.name())).isEqualTo("绿化费每户每年150元，经业主大会表决通过后实施");
    assertThat(output(caller, CORRECTION.name())).isNull();
  }

  @Test
  void unlawfulResultIsCorrectedAndTheCallerGoesBackToDrafting() {
    // given
    ProcessInstance caller = start(matter().putValue("touchesPropertyRights", true));
    ProcessInstance review = calledProcessInstance(PROCESS_KEY, caller);

    // when
    completeAs("jiefangbei-office", task(TASK_STREET_REVIEW, review),
        decision("unlawful", "占用公共部位须经业主共同决定").putValue(CORRECTION.name(), "删除占用消防通道的条款，改为另行协商停车位"));

    // then
    assertThat(review).hasPassed(EVENT_UNLAWFUL).isEnded();
    assertThat(caller).isWaitingAt(TASK_REDRAFT)
        .variables().containsEntry(OUTCOME.name(), "unlawful")
        .containsEntry(CORRECTION.name(), "删除占用消防通道的条款，改为另行协商停车位")
        .containsEntry(REVIEWER.name(), "jiefangbei-office");

    // and when the council redrafts, the new result is reviewed afresh and the file keeps both rounds
    complete(task(TASK_REDRAFT, caller), Variables.createVariables().putValue("resultText", "另行协商停车位"));
    ProcessInstance secondReview = calledProcessInstance(PROCESS_KEY, caller);
    assertThat(secondReview).isWaitingAt(TASK_STREET_REVIEW);
    assertThat(vars(secondReview)).containsEntry(OUTCOME.name(), null).containsEntry(CORRECTION.name(), null)
        .containsEntry("resultText", "另行协商停车位");
    assertThat(escalations(secondReview)).hasSize(2);
  }

  @Test
  void silentStreetOfficeEscalatesToTheDistrictAfterTheDeadline() throws Exception {
    // given
    ProcessInstance caller = start(matter().putValue("estimatedCost", 80000L));
    ProcessInstance review = calledProcessInstance(PROCESS_KEY, caller);
    Date due = DUE_DATE.from(vars(review)).orElseThrow();

    // when
    ClockUtil.setCurrentTime(new Date(due.getTime() + 60_000));
    execute(job(TIMER_STREET_DEADLINE, review));

    // then
    assertThat(review).hasPassed(TIMER_STREET_DEADLINE).isWaitingAt(TASK_DISTRICT_REVIEW);
    assertThat(task(TASK_DISTRICT_REVIEW, review)).hasCandidateGroup("district-civil-affairs");
    JsonNode escalations = escalations(review);
    assertThat(escalations).hasSize(2);
    assertThat(escalations.get(0).get("officeName").asText()).isEqualTo("解放碑街道");
    assertThat(escalations.get(1).get("officeName").asText()).isEqualTo("渝中区");
    assertThat(escalations.get(1).get("cause").asText()).isEqualTo("overdue");
    deliverMail(review);
    assertThat(mailTo(STREET_SUPERVISOR)).singleElement().satisfies(mail ->
        assertThat(mail.getSubject()).contains("逾期").contains("渝中区").contains(caller.getBusinessKey()));
    assertThat(mailTo(DISTRICT_SUPERVISOR)).hasSize(1);
    assertThat(mailTo(DISTRICT)).singleElement().satisfies(mail ->
        assertThat(mail.getContent().toString()).contains(task(TASK_DISTRICT_REVIEW, review).getId()));

    // and when the district decides
    completeAs("yuzhong-civil", task(TASK_DISTRICT_REVIEW, review), decision("lawful", "合法"));

    // then
    assertThat(caller).isEnded();
    assertThat(output(caller, REVIEW_LEVEL.name())).isEqualTo("district");
    assertThat(output(caller, REVIEWER.name())).isEqualTo("yuzhong-civil");
  }

  @Test
  void districtReviewsDirectlyWhenTheTableRoutesThere() {
    // when
    ProcessInstance caller = start(matter().putValue("involvesDemolition", true));

    // then
    ProcessInstance review = calledProcessInstance(PROCESS_KEY, caller);
    assertThat(review).isWaitingAt(TASK_DISTRICT_REVIEW).hasNotPassed(TASK_STREET_REVIEW);
    Task task = task(TASK_DISTRICT_REVIEW, review);
    assertThat(task).hasCandidateGroup("district-civil-affairs");
    assertThat(escalations(review)).hasSize(1);
    assertThat(visibleTaskIds("yuzhong-civil")).contains(task.getId());
    assertThat(visibleTaskIds("jiefangbei-office")).doesNotContain(task.getId());
    assertThat(visibleTaskIds("yunhe-civil")).doesNotContain(task.getId());

    // and when the district decides
    completeAs("yuzhong-civil", task, decision("lawful", "经审查，拆除违建符合规划要求"));

    // then
    assertThat(caller).isEnded();
    assertThat(output(caller, REVIEW_LEVEL.name())).isEqualTo("district");
    assertThat(output(caller, OUTCOME.name())).isEqualTo("lawful");
    assertThat(output(caller, REVIEWER.name())).isEqualTo("yuzhong-civil");
  }

  @Test
  void streetOfficeIsMailedALinkToTheReviewTask() throws Exception {
    // given
    ProcessInstance caller = start(matter().putValue("estimatedCost", 80000L));
    ProcessInstance review = calledProcessInstance(PROCESS_KEY, caller);
    String taskId = task(TASK_STREET_REVIEW, review).getId();
    assertThat(greenMail.getReceivedMessages()).as("nothing is sent inside the transaction").isEmpty();

    // when
    deliverMail(review);

    // then
    MimeMessage mail = mailTo(STREET_OFFICE).get(0);
    assertThat(mail.getSubject()).contains("合法性审核").contains("民族路小区绿化带改造").contains(caller.getBusinessKey());
    assertThat(mail.getContent().toString())
        .contains("/camunda/app/tasklist/default/#/?task=" + taskId)
        .contains("解放碑街道")
        .contains("2026年11月30日 09:00");
    assertThat(mailTo(OTHER_STREET_OFFICE)).isEmpty();
    assertThat(mailTo(DISTRICT)).isEmpty();
  }

  @Test
  void streetTaskIsVisibleToTheMattersStreetOfficeOnly() {
    // given a matter of 民族路社区 (解放碑街道)
    ProcessInstance caller = start(matter().putValue("estimatedCost", 80000L));
    String taskId = task(TASK_STREET_REVIEW, calledProcessInstance(PROCESS_KEY, caller)).getId();

    // then
    assertThat(visibleTaskIds("jiefangbei-office")).contains(taskId);
    assertThat(visibleTaskIds("shuiyuesi-office")).doesNotContain(taskId);
    assertThat(visibleTaskIds("minzulu-staff")).doesNotContain(taskId);
  }

  @Test
  void incompleteOrUnknownDecisionsAreRefusedAndTheTaskStaysOpen() {
    // given
    ProcessInstance caller = start(matter().putValue("estimatedCost", 80000L));
    ProcessInstance review = calledProcessInstance(PROCESS_KEY, caller);
    Task task = task(TASK_STREET_REVIEW, review);

    // then
    assertThatThrownBy(() -> completeAs("jiefangbei-office", task,
        decision("unlawful", "违反规定"))).hasRootCauseInstanceOf(InvalidSubmissionException.class).hasMessageContaining("依法纠正意见");
    assertThatThrownBy(() -> completeAs("jiefangbei-office", task,
        decision("unlawful", " ").putValue(CORRECTION.name(), "纠正"))).hasRootCauseInstanceOf(InvalidSubmissionException.class)
        .hasMessageContaining("审核意见");
    assertThatThrownBy(() -> completeAs("jiefangbei-office", task,
        decision("lawful-with-changes", "须修改"))).hasRootCauseInstanceOf(InvalidSubmissionException.class)
        .hasMessageContaining("修改后的协商成果");
    assertThatThrownBy(() -> completeAs("jiefangbei-office", task,
        decision("perhaps", "也许"))).hasRootCauseInstanceOf(InvalidSubmissionException.class).hasMessageContaining("审核结论");
    assertThat(review).isWaitingAt(TASK_STREET_REVIEW);
    assertThat(vars(review).get(OUTCOME.name())).isNull();
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', nullValues = "null", textBlock = """
      拆除一律报区                | 公益事业 | 1000   | 5    | false | false | true  | false | 社区 | district
      金额 50 万元（含）报区       | 公益事业 | 500000 | 5    | false | false | false | false | 社区 | district
      区级规则优先于街道级规则     | 公益事业 | 600000 | 5    | true  | true  | false | false | 社区 | district
      300 户（含）报区             | 公益事业 | 1000   | 300  | false | false | false | false | 社区 | district
      街道本级成果报区             | 工作部署 | 1000   | 5    | false | false | false | false | 街道 | district
      金额不足 50 万元报街道       | 公益事业 | 499999 | 5    | false | false | false | false | 社区 | street
      涉及收费报街道               | 公益事业 | 1000   | 5    | false | true  | false | false | 小区 | street
      涉及公共安全报街道           | 矛盾纠纷 | 1000   | 5    | false | false | false | true  | 楼栋 | street
      50 户（含）报街道            | 公益事业 | 1000   | 50   | false | false | false | false | 社区 | street
      自治制度报街道               | 自治制度 | 0      | 0    | false | false | false | false | 社区 | street
      一般事项无需审核             | 公益事业 | 49999  | 49   | false | false | false | false | 社区 | none
      金额户数不详、无其他情形     | 其他     | null   | null | false | false | false | false | null | none
      """)
  void routingTableDecidesWhetherAndWhereTheResultIsReviewed(String rule, String category, Long cost, Long households,
      boolean propertyRights, boolean fees, boolean demolition, boolean publicSafety, String level, String expected) {
    // when
    DmnDecisionResultEntries result = processEngine.getDecisionService()
        .evaluateDecisionByKey(LegalReviewVariables.DECISION_KEY)
        .variables(Variables.createVariables()
            .putValue("category", category).putValue("estimatedCost", cost).putValue("householdsAffected", households)
            .putValue("touchesPropertyRights", propertyRights).putValue("involvesFees", fees)
            .putValue("involvesDemolition", demolition).putValue("affectsPublicSafety", publicSafety)
            .putValue("consultationLevel", level))
        .evaluate().getSingleResult();

    // then
    assertThat((String) result.getEntry(REVIEW_LEVEL.name())).as(rule).isEqualTo(expected);
    assertThat((Boolean) result.getEntry(REVIEW_REQUIRED.name())).isEqualTo(!"none".equals(expected));
    assertThat((String) result.getEntry(ROUTING_REASON.name())).isNotBlank();
  }

  // --- helpers --------------------------------------------------------------------------------------

  /** Completes a task as a demo user with their real groups and tenants, as Tasklist would. */
  private void completeAs(String userId, Task task, Map<String, Object> variables) {
    authenticate(userId);
    try {
      processEngine.getTaskService().complete(task.getId(), variables);
    } finally {
      processEngine.getIdentityService().clearAuthentication();
    }
  }

  /** The tasks a demo user's Tasklist shows (authorizations and tenant checks on). */
  private List<String> visibleTaskIds(String userId) {
    authenticate(userId);
    try {
      return processEngine.getTaskService().createTaskQuery().list().stream().map(Task::getId).toList();
    } finally {
      processEngine.getIdentityService().clearAuthentication();
    }
  }

  private void authenticate(String userId) {
    TestUsers.authenticate(processEngine, userId);
  }

  private static int freePort() {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static Date beijing(String localDateTime) {
    return Date.from(LocalDateTime.parse(localDateTime).atZone(ZoneId.of("Asia/Shanghai")).toInstant());
  }

  /** Runs the review's queued mail jobs (the test engine has no job executor). */
  private void deliverMail(ProcessInstance review) {
    processEngine.getManagementService().createJobQuery().processInstanceId(review.getId()).messages().list()
        .forEach(job -> execute(job));
  }

  /** The messages in one mailbox (GreenMail keeps a copy per recipient). */
  private List<MimeMessage> mailTo(String address) {
    return greenMail.findReceivedMessages(user -> address.equals(user.getEmail()), message -> true).toList();
  }

  private ProcessInstance start(VariableMap variables) {
    return processEngine.getRuntimeService().startProcessInstanceByKey(CALLER, variables);
  }

  /** A consultation result of 民族路社区 that is not a major matter until a test says so. */
  static VariableMap matter() {
    return Variables.createVariables()
        .putValue("communityId", "minzulu")
        .putValue("topic", "民族路小区绿化带改造")
        .putValue("resultText", "由物业公司实施绿化带改造，费用由公共收益列支")
        .putValue("category", "公益事业")
        .putValue("consultationLevel", "社区")
        .putValue("estimatedCost", 10000L)
        .putValue("householdsAffected", 20L);
  }

  static VariableMap decision(String outcome, String opinion) {
    return Variables.createVariables().putValue(OUTCOME.name(), outcome).putValue(OPINION.name(), opinion);
  }

  private Map<String, Object> vars(ProcessInstance instance) {
    return processEngine.getRuntimeService().getVariables(instance.getId());
  }

  /** A variable of the caller, after the call (from history: the caller may have ended). */
  private Object output(ProcessInstance caller, String name) {
    var variable = processEngine.getHistoryService().createHistoricVariableInstanceQuery()
        .processInstanceId(caller.getId()).variableName(name).singleResult();
    assertThat(variable).as("variable %s of the caller among %s", name, processEngine.getHistoryService()
        .createHistoricVariableInstanceQuery().processInstanceId(caller.getId()).list()).isNotNull();
    return variable.getValue();
  }

  private JsonNode escalations(ProcessInstance review) {
    try {
      return json.readTree(processEngine.getRuntimeService().getVariable(review.getId(), ESCALATIONS).toString());
    } catch (Exception e) {
      throw new AssertionError(e);
    }
  }
}
