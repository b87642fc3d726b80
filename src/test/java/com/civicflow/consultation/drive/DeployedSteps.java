package com.civicflow.consultation.drive;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.history.HistoricJobLog;
import org.camunda.bpm.engine.runtime.ProcessInstance;

/**
 * The deployed product as its users meet it: each step through the REST calls Tasklist makes (the task list
 * query, claim, submit-form) as the real user, while the real job executor runs every asynchronous step, timer,
 * mail and filing job; after each step the driver waits until the executor has nothing left to do and fails at once
 * when any job failed. With a {@link FormProbe}, every form is first sent malformed variants that must be refused.
 */
public final class DeployedSteps implements Steps {

  private static final Duration JOBS_TIMEOUT = Duration.ofSeconds(90);

  private final ProcessEngine engine;
  private final Rest rest;
  private final Optional<FormProbe> probe;
  private final long failuresBefore;

  public DeployedSteps(ProcessEngine engine, int port, FormProbe probe) {
    this.engine = engine;
    this.rest = new Rest(port);
    this.probe = Optional.ofNullable(probe);
    this.failuresBefore = failures().size();
  }

  @Override
  public ProcessEngine engine() {
    return engine;
  }

  public Rest rest() {
    return rest;
  }

  @Override
  public ProcessInstance start(String user, String processKey, Map<String, Object> variables) {
    String definition = engine.getRepositoryService().createProcessDefinitionQuery().processDefinitionKey(processKey)
        .latestVersion().singleResult().getId();
    probe.ifPresent(p -> p.startForm(user, definition, variables));
    Rest.Response started = rest.post(user, "/process-definition/" + definition + "/submit-form", Rest.submission(variables));
    if (started.status() != 200) {
      throw new AssertionError(user + " 发起 " + processKey + " 失败: HTTP " + started.status() + " " + started.body());
    }
    String id = started.json().path("id").asText();
    waitForJobs();
    return engine.getRuntimeService().createProcessInstanceQuery().processInstanceId(id).singleResult();
  }

  @Override
  public void complete(String user, String matterNumber, String taskKey, Map<String, Object> variables) {
    JsonNode task = openTask(user, matterNumber, taskKey);
    String id = task.path("id").asText();
    if (task.path("assignee").isNull() || task.path("assignee").isMissingNode()) {
      expect(rest.post(user, "/task/" + id + "/claim", Map.of("userId", user)), 204, user + " 认领 " + taskKey);
    }
    opensWithWholeTexts(user, id);
    probe.ifPresent(p -> p.taskForm(user, id, variables));
    expect(rest.post(user, "/task/" + id + "/submit-form", Rest.submission(variables)), 204, user + " 提交 " + taskKey);
    waitForJobs();
  }

  @Override
  public void object(String matterNumber, String name, String contact, String reason) {
    board(matterNumber, "/objections", Map.of("name", name, "contact", contact, "reason", reason), "?received");
  }

  @Override
  public void apply(String matterNumber, String name, String contact, String organisation, String reason) {
    board(matterNumber, "/applications", Map.of("name", name, "contact", contact, "organisation", organisation,
        "reason", reason), "?applied");
  }

  /**
   * 网上议事厅: a resident raises a topic on the community's public board, without logging in. Returns the 受理编号
   * (the topic's tracking number, also its business key).
   */
  public String raiseTopicOnline(String communityId, Map<String, String> topic) {
    Board resident = new Board(rest.port());
    String board = "/notices/" + communityId;
    Board.Page page = resident.get(board);
    Board.Page sent = resident.post(board + "/topics", page.csrfToken(), topic);
    if (sent.status() != 303 || !sent.location().contains("/topics/WS-")) {
      throw new AssertionError("居民在 " + board + " 提出议题未被受理: HTTP " + sent.status() + " " + sent.body());
    }
    waitForJobs();
    return sent.location().replaceAll(".*/topics/([^?]+).*", "$1");
  }

  /** On the page of the matter's published result (its latest 协商结果 notice, closed by now), as a resident. */
  @Override
  public void superviseOpinion(String matterNumber, String name, String contact, String opinion) {
    var notice = engine.getHistoryService().createHistoricProcessInstanceQuery().processDefinitionKey("public-notice")
        .processInstanceBusinessKey(matterNumber).orderByProcessInstanceStartTime().desc().listPage(0, 1).get(0);
    String page = "/notices/" + notice.getTenantId() + "/" + engine.getHistoryService().createHistoricVariableInstanceQuery()
        .processInstanceId(notice.getId()).variableName("noticeId").singleResult().getValue();
    Board resident = new Board(rest.port());
    Board.Page form = resident.get(page);
    if (form.status() != 200 || !form.body().contains("提交监督意见")) {
      throw new AssertionError("公示页 " + page + " 没有居民监督表单: HTTP " + form.status());
    }
    Board.Page sent = resident.post(page + "/supervision", form.csrfToken(), Map.of("name", name, "contact", contact,
        "opinion", opinion));
    if (sent.status() != 303 || !sent.location().endsWith(page + "?supervised")) {
      throw new AssertionError("居民在 " + page + " 提交监督意见未被受理: HTTP " + sent.status() + " " + sent.body());
    }
    waitForJobs();
  }

  /** A resident's form on the notice's public page: no login, the page's CSRF token in the same session. */
  private void board(String matterNumber, String action, Map<String, String> fields, String received) {
    ProcessInstance notice = postedNotice(matterNumber);
    String page = "/notices/" + engine.getRuntimeService().getVariable(notice.getId(), "communityId") + "/"
        + engine.getRuntimeService().getVariable(notice.getId(), "noticeId");
    Board resident = new Board(rest.port());
    Board.Page form = resident.get(page);
    if (form.status() != 200) {
      throw new AssertionError("公示页 " + page + ": HTTP " + form.status());
    }
    Board.Page sent = resident.post(page + action, form.csrfToken(), fields);
    if (sent.status() != 303 || !sent.location().endsWith(page + received)) {
      throw new AssertionError("居民在 " + page + " 提交 " + action + " 未被受理: HTTP " + sent.status() + " " + sent.body());
    }
    waitForJobs();
  }

  /**
   * The form opens as Tasklist opens it ({@code form-variables?deserializeValues=false} as the user), and every text
   * it may show comes back whole — also those longer than the engine's 4,000-character column.
   */
  private void opensWithWholeTexts(String user, String taskId) {
    Rest.Response form = rest.get(user, "/task/" + taskId + "/form-variables?deserializeValues=false");
    expect(form, 200, user + " 打开任务表单");
    Map<String, Object> stored = engine.getTaskService().getVariables(taskId);
    form.json().fields().forEachRemaining(variable -> {
      if ("String".equals(variable.getValue().path("type").asText()) && stored.get(variable.getKey()) instanceof String text
          && !text.equals(variable.getValue().path("value").asText())) {
        throw new AssertionError("表单读到的“" + variable.getKey() + "”与存储的不同（" + text.length() + " 字）");
      }
    });
  }

  /** The user's task of that step, found as Tasklist finds it: a task query over REST as the user. */
  private JsonNode openTask(String user, String matterNumber, String taskKey) {
    Rest.Response found = rest.get(user, "/task?processInstanceBusinessKey=" + URLEncoder.encode(matterNumber, StandardCharsets.UTF_8)
        + "&taskDefinitionKey=" + taskKey + "&candidateUser=" + user + "&includeAssignedTasks=true");
    expect(found, 200, user + " 查询待办");
    if (found.json().size() != 1) {
      throw new AssertionError(user + " 在事项 " + matterNumber + " 中应有一个待办 " + taskKey + "，实有 " + found.json().size());
    }
    return found.json().get(0);
  }

  @Override
  public void runDueJobs(String matterNumber) {
    waitForJobs();
  }

  /** Until the job executor has run every job due at the engine clock; fails when a job failed meanwhile. */
  public void waitForJobs() {
    long deadline = System.nanoTime() + JOBS_TIMEOUT.toNanos();
    int quiet = 0;
    while (quiet < 2) {
      if (System.nanoTime() > deadline) {
        throw new AssertionError("作业执行器 " + JOBS_TIMEOUT.toSeconds() + " 秒内未执行完到期作业: "
            + engine.getManagementService().createJobQuery().executable().list());
      }
      quiet = engine.getManagementService().createJobQuery().executable().count() == 0 ? quiet + 1 : 0;
      sleep();
    }
    List<HistoricJobLog> failed = failures();
    if (failed.size() > failuresBefore) {
      throw new AssertionError("作业执行失败: " + failed.subList((int) failuresBefore, failed.size()).stream()
          .map(f -> f.getJobDefinitionType() + " " + f.getActivityId() + " (" + f.getProcessDefinitionKey() + "): "
              + f.getJobExceptionMessage()).toList());
    }
  }

  private List<HistoricJobLog> failures() {
    return engine.getHistoryService().createHistoricJobLogQuery().failureLog().orderByTimestamp().asc().list();
  }

  private static void expect(Rest.Response response, int status, String what) {
    if (response.status() != status) {
      throw new AssertionError(what + ": HTTP " + response.status() + " " + response.body());
    }
  }

  private static void sleep() {
    try {
      Thread.sleep(100);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AssertionError(e);
    }
  }
}
