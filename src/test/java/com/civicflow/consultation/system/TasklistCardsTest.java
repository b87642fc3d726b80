package com.civicflow.consultation.system;

import static org.assertj.core.api.Assertions.assertThat;

import com.civicflow.consultation.TestUsers;
import com.civicflow.consultation.WebappSession;
import com.civicflow.consultation.legalreview.LegalReviewVariables;
import com.civicflow.consultation.matter.MatterVariables;
import com.civicflow.consultation.matter.TaskCard;
import com.civicflow.consultation.yuzhong.YuzhongProcess;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Date;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.filter.Filter;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.variable.Variables;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

/**
 * Tasklist's cards for people with hundreds of tasks, through Tasklist's own list call
 * ({@code POST …/filter/{id}/list}, {@code Accept: application/hal+json}) as the real users: a council member of
 * 民族路 with a few hundred matters, the street office, a supervisor — every card carries 事项编号, 社区, 议题 and
 * 环节, the tasks due first come first, the search box finds a matter by number or topic — and a member of another
 * community sees neither the tasks nor their variables.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TasklistCardsTest {

  static final int MINZULU_MATTERS = 300;
  static final int JIAOCHANGKOU_MATTERS = 40;
  static final String TASKLIST_BODY = "{\"processVariables\":[],\"taskVariables\":[],\"caseInstanceVariables\":[],"
      + "\"sorting\":[{\"sortBy\":\"created\",\"sortOrder\":\"desc\"}]%s}";

  @LocalServerPort int port;
  @Autowired ProcessEngine engine;
  @Autowired TasklistFilters filters;

  private final ObjectMapper json = new ObjectMapper();
  /** Matter number → topic, of every matter this test started. */
  private final Map<String, String> topics = new HashMap<>();
  private final List<String> lijingReviews = new ArrayList<>();

  @BeforeAll
  void aCommunityWithHundredsOfMatters() {
    String definition = engine.getRepositoryService().createProcessDefinitionQuery()
        .processDefinitionKey(YuzhongProcess.KEY).latestVersion().singleResult().getId();
    for (int i = 1; i <= MINZULU_MATTERS + JIAOCHANGKOU_MATTERS; i++) {
      boolean minzulu = i <= MINZULU_MATTERS;
      String council = minzulu ? "minzulu-council" : "jiaochangkou-council";
      String topic = (minzulu ? "民族路" : "较场口") + " " + i + " 号院" + (i % 3 == 0 ? "加装电梯" : "楼道堆物清理");
      ProcessInstance matter = TestUsers.as(engine, council, () -> engine.getFormService().submitStartForm(definition,
          Map.of("communityId", minzulu ? "minzulu" : "jiaochangkou", "topic", topic, "topicDescription", "居民反映",
              "category", "公益事业", "catalogueItem", "环境卫生整治", "topicSource", "入户走访",
              "householdsAffected", 36, "withinCommunityPowers", "true", "contraryToLaw", "false")));
      topics.put(matter.getBusinessKey(), topic);
      if (i % 4 == 0) { // a quarter of them a step further: another stage on the card
        Task screening = taskOf(matter, YuzhongProcess.TASK_SCREEN_TOPIC);
        TestUsers.as(engine, council, () -> engine.getTaskService().complete(screening.getId(),
            Map.of("screeningDecision", "confirm")));
      }
    }
    // due dates: some overdue, some later, most none
    List<Task> minzuluTasks = engine.getTaskService().createTaskQuery().tenantIdIn("minzulu").list();
    long now = ClockUtil.getCurrentTime().getTime();
    for (int i = 0; i < minzuluTasks.size(); i += 7) {
      Task task = minzuluTasks.get(i);
      task.setDueDate(new Date(now + (i % 2 == 0 ? -1 : 1) * (i + 1) * 3_600_000L));
      engine.getTaskService().saveTask(task);
    }
    // the street office's legality reviews: two of its communities, one of another street
    for (String community : List.of("minzulu", "jiaochangkou", "lijing")) {
      for (int i = 1; i <= 3; i++) {
        String topic = community + " 的第 " + i + " 项重大事项";
        ProcessInstance review = engine.getRuntimeService().startProcessInstanceByKey(LegalReviewVariables.PROCESS_KEY,
            Variables.putValue("communityId", community).putValue("topic", topic)
                .putValue("resultText", "更换小区供水管网").putValue("category", "公益事业").putValue("consultationLevel", "社区")
                .putValue("estimatedCost", 80_000L).putValue("householdsAffected", 20L));
        topics.put(review.getBusinessKey(), topic);
        if (community.equals("lijing")) {
          lijingReviews.add(review.getId());
        }
      }
    }
  }

  @Test
  void everyCardOfTheCouncilMembersGroupTasksNamesItsMatterAndTheTasksDueFirstComeFirst() throws Exception {
    // given
    WebappSession council = WebappSession.login(port, "minzulu-council", "tasklist");

    // when the council member pages through 本组待办 as Tasklist does
    List<JsonNode> cards = allCards(council, TasklistFilters.GROUP, "");

    // then every matter of 民族路 is there (other tests of this application may have added more), and only 民族路's
    assertThat(cards).hasSizeGreaterThanOrEqualTo(MINZULU_MATTERS)
        .allSatisfy(task -> assertThat(task.path("tenantId").asText()).isEqualTo("minzulu"));
    assertThat(count(council, TasklistFilters.GROUP)).isEqualTo(cards.size());
    assertThat(cards.stream().map(t -> card(t).get("事项编号")).filter(topics::containsKey).count()).isEqualTo(MINZULU_MATTERS);
    // every card carries the four values, each the matter's own
    for (JsonNode task : cards) {
      Map<String, String> card = card(task);
      assertThat(card.keySet()).as("card of %s", task.path("id")).containsExactly("事项编号", "社区", "议题", "环节");
      assertThat(card.values()).as("card of %s", task.path("id")).allSatisfy(value -> assertThat(value).isNotBlank());
      // a matter's number, or the 受理编号 of a resident's online topic waiting to be admitted (网上议事厅)
      assertThat(card.get("事项编号")).matches("MINZULU-\\d{4}-\\d{4}|WS-.+")
          .isEqualTo(engine.getRuntimeService().getVariable(task.path("processInstanceId").asText(), "matterNumber"));
      assertThat(card.get("社区")).isEqualTo("民族路社区");
      assertThat(card.get("议题")).isEqualTo(engine.getRuntimeService().getVariable(task.path("processInstanceId").asText(), "topic"));
      assertThat(card.get("环节")).isEqualTo(engine.getRuntimeService().getVariable(task.path("processInstanceId").asText(), "stage"));
    }
    assertThat(cards.stream().map(t -> card(t).get("环节")).distinct()).hasSizeGreaterThan(1);
    // the tasks due first come first, those without a due date after them, then the oldest first
    Comparator<JsonNode> dueFirst = Comparator.comparing((JsonNode t) -> t.path("due").isNull() ? null : date(t.path("due")),
        Comparator.nullsLast(Comparator.naturalOrder())).thenComparing(t -> date(t.path("created")));
    assertThat(cards).isSortedAccordingTo(dueFirst);
    assertThat(cards.get(0).path("due").isNull()).isFalse();
  }

  @Test
  void theStreetOfficeAndTheSupervisorSeeTheirStreetsCardsWithTheMatters() throws Exception {
    // the street office's legality reviews of its two communities, not the other street's
    List<JsonNode> reviews = allCards(WebappSession.login(port, "jiefangbei-office", "tasklist"), TasklistFilters.GROUP, "");
    assertThat(reviews).noneMatch(t -> lijingReviews.contains(t.path("processInstanceId").asText()))
        .filteredOn(t -> topics.containsKey(card(t).get("事项编号"))).hasSize(6);
    for (JsonNode task : reviews) {
      Map<String, String> card = card(task);
      assertThat(card.get("事项编号")).matches("(MINZULU|JIAOCHANGKOU)-\\d{4}-\\d{4}");
      assertThat(card.get("社区")).isIn("民族路社区", "较场口社区");
      assertThat(card.get("议题")).isEqualTo(engine.getRuntimeService().getVariable(task.path("processInstanceId").asText(), "topic"));
      assertThat(card.get("环节")).isEqualTo("合法性审核（解放碑街道）");
    }

    // the street's supervisor: every overdue task of the street, with its card
    List<JsonNode> overdue = allCards(WebappSession.login(port, "jiefangbei-supervisor", "tasklist"), TasklistFilters.OVERDUE, "");
    assertThat(overdue).isNotEmpty().allSatisfy(task -> {
      assertThat(task.path("tenantId").asText()).isIn("minzulu", "jiaochangkou");
      assertThat(card(task).keySet()).containsExactly("事项编号", "社区", "议题", "环节");
      assertThat(card(task).get("议题")).isEqualTo(
          engine.getRuntimeService().getVariable(task.path("processInstanceId").asText(), "topic"));
    }).anySatisfy(task -> assertThat(topics).containsKey(card(task).get("事项编号")));
  }

  @Test
  void aMemberOfAnotherCommunitySeesNeitherTheTasksNorTheirVariables() throws Exception {
    // given a task of 民族路
    Task minzulu = engine.getTaskService().createTaskQuery().tenantIdIn("minzulu").listPage(0, 1).get(0);

    // when 较场口's council member uses Tasklist
    WebappSession other = WebappSession.login(port, "jiaochangkou-council", "tasklist");

    // then their cards are 较场口's only, and 民族路's task and its variables stay hidden
    List<JsonNode> cards = allCards(other, TasklistFilters.GROUP, "");
    assertThat(cards).hasSizeGreaterThanOrEqualTo(JIAOCHANGKOU_MATTERS).allSatisfy(task -> {
      assertThat(task.path("tenantId").asText()).isEqualTo("jiaochangkou");
      assertThat(card(task).get("社区")).isEqualTo("较场口社区");
    });
    String api = WebappSession.TASKLIST_API;
    assertThat(other.get(api + "/task/" + minzulu.getId()).statusCode()).isEqualTo(404);
    HttpResponse<String> taskVariables = other.get(api + "/task/" + minzulu.getId() + "/variables");
    assertThat(taskVariables.statusCode()).isNotEqualTo(200);
    assertThat(taskVariables.body()).doesNotContain("cardTopic", "民族路");
    HttpResponse<String> variables = other.post(api + "/variable-instance",
        "{\"taskIdIn\": [\"" + minzulu.getId() + "\"], \"processInstanceIdIn\": [\"" + minzulu.getProcessInstanceId() + "\"]}");
    assertThat(json.readTree(variables.body())).as(variables.body()).isEmpty();
  }

  @Test
  void theSearchBoxFindsAMatterByItsNumberOrTopic() throws Exception {
    // given
    WebappSession council = WebappSession.login(port, "minzulu-council", "tasklist");
    String number = topics.keySet().stream().filter(n -> n.startsWith("MINZULU-")).sorted().skip(6).findFirst().orElseThrow();

    // when searching 流程实例事项编号 like the number (Tasklist wraps a like value in %)
    List<JsonNode> byNumber = allCards(council, TasklistFilters.GROUP,
        ",\"processInstanceBusinessKeyLike\":\"%" + number.substring(number.length() - 9) + "%\"");

    // then that matter's task
    assertThat(byNumber).extracting(t -> card(t).get("事项编号")).containsExactly(number);

    // when searching 任务变量 议题 (cardTopic) like part of a topic, case ignored as Tasklist offers
    List<JsonNode> byTopic = allCards(council, TasklistFilters.GROUP, ",\"taskVariables\":[{\"name\":\""
        + TaskCard.copyOf(MatterVariables.TOPIC).name()
        + "\",\"operator\":\"like\",\"value\":\"%加装电梯%\"}],\"variableValuesIgnoreCase\":true");

    // then the matters with that topic, and only those
    long expected = topics.entrySet().stream().filter(e -> e.getKey().startsWith("MINZULU-"))
        .filter(e -> e.getValue().contains("加装电梯")).count();
    assertThat(byTopic).allSatisfy(t -> assertThat(card(t).get("议题")).contains("加装电梯"))
        .filteredOn(t -> topics.containsKey(card(t).get("事项编号"))).hasSize((int) expected);

    // and 流程变量 议题 (topic) finds the same tasks: the task query itself needs no READ on the process instances
    List<JsonNode> byProcessTopic = allCards(council, TasklistFilters.GROUP,
        ",\"processVariables\":[{\"name\":\"topic\",\"operator\":\"like\",\"value\":\"%加装电梯%\"}]");
    assertThat(byProcessTopic).extracting(t -> t.path("id").asText())
        .containsExactlyInAnyOrderElementsOf(byTopic.stream().map(t -> t.path("id").asText()).toList());

  }

  @Test
  void theFiltersOfAnExistingDatabaseAreBroughtUpToDateAtStart() {
    // given 本组待办 as an earlier version left it: the process variables on the cards, no order
    Filter group = filters.byName(TasklistFilters.GROUP);
    Map<String, Object> old = new LinkedHashMap<>(group.getProperties());
    old.put("variables", List.of(Map.of("name", "matterNumber", "label", "事项编号"), Map.of("name", "topic", "label", "议题")));
    group.setProperties(old);
    group.setQuery(engine.getTaskService().createTaskQuery().taskCandidateGroupInExpression("${currentUserGroups()}"));
    engine.getFilterService().saveFilter(group);

    // when the application starts again
    filters.ensure();
    filters.ensure();

    // then
    Filter updated = filters.byName(TasklistFilters.GROUP);
    assertThat(engine.getFilterService().createFilterQuery().filterName(TasklistFilters.GROUP).count()).isOne();
    @SuppressWarnings("unchecked")
    List<Map<String, Object>> variables = (List<Map<String, Object>>) updated.getProperties().get("variables");
    assertThat(variables).extracting(v -> v.get("name"))
        .containsExactly("cardMatterNumber", "cardCommunityName", "cardTopic", "cardStage");
    assertThat(((org.camunda.bpm.engine.impl.TaskQueryImpl) updated.getQuery()).getOrderingProperties())
        .extracting(o -> o.getQueryProperty().getName()).containsExactly("DUE_DATE_", "CREATE_TIME_");
  }

  /** Every task of the filter, page by page as Tasklist asks for them (15 at a time), with its embedded variables. */
  private List<JsonNode> allCards(WebappSession session, String filterName, String search) throws Exception {
    String list = WebappSession.TASKLIST_API + "/filter/" + filters.byName(filterName).getId() + "/list";
    List<JsonNode> tasks = new ArrayList<>();
    for (int first = 0; ; first += 15) {
      HttpResponse<String> page = session.postHal(list + "?firstResult=" + first + "&maxResults=15",
          TASKLIST_BODY.formatted(search));
      assertThat(page.statusCode()).as(page.body()).isEqualTo(200);
      JsonNode embedded = json.readTree(page.body()).path("_embedded").path("task");
      embedded.forEach(tasks::add);
      if (embedded.size() < 15) {
        return tasks;
      }
    }
  }

  private long count(WebappSession session, String filterName) throws Exception {
    HttpResponse<String> count = session.post(WebappSession.TASKLIST_API + "/filter/" + filters.byName(filterName).getId()
        + "/count", TASKLIST_BODY.formatted(""));
    return json.readTree(count.body()).path("count").asLong();
  }

  /** The card as Tasklist shows it: the filter's label → the embedded variable's value. */
  private Map<String, String> card(JsonNode task) {
    Map<String, String> byName = new HashMap<>();
    task.path("_embedded").path("variable").forEach(v -> byName.put(v.path("name").asText(), v.path("value").asText()));
    Map<String, String> card = new LinkedHashMap<>();
    TaskCard.FIELDS.forEach(f -> {
      if (byName.containsKey(f.variable().name())) {
        card.put(f.label(), byName.get(f.variable().name()));
      }
    });
    return card;
  }

  private static java.time.OffsetDateTime date(JsonNode value) {
    return java.time.OffsetDateTime.parse(value.asText(), java.time.format.DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSSZ"));
  }

  private Task taskOf(ProcessInstance matter, String key) {
    return engine.getTaskService().createTaskQuery().processInstanceId(matter.getId()).taskDefinitionKey(key).singleResult();
  }
}
