package com.civicflow.consultation.cluster;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One consultation driven through the cluster's REST API the way Tasklist drives it: started by a staff member
 * with the start form's variables, each task found, claimed and submitted by the user whose role it is. Steps
 * wait for their task, which may come from a job on either node (or, after a node died, from the other node once
 * the dead node's locks expired). A deadline passes by moving the due date of its timer job to now, as an
 * administrator can through the REST API: the job executor of either node then runs it like any due timer.
 */
final class Matter {

  /** A variable of Camunda's type Json (what Camunda Forms submit for lists). */
  record Json(String text) {}

  static final Duration STEP_TIMEOUT = Duration.ofSeconds(150);

  final String model;
  private final Cluster cluster;
  private final Ledger ledger;
  private final NodeClock clock;
  String businessKey;
  String processInstanceId;

  Matter(String model, Cluster cluster, Ledger ledger, NodeClock clock) {
    this.model = model;
    this.cluster = cluster;
    this.ledger = ledger;
    this.clock = clock;
  }

  Matter start(String user, String processKey, Map<String, Object> variables) throws IOException, InterruptedException {
    Cluster.Response started = cluster.post(user, "/process-definition/key/" + processKey + "/submit-form",
        Map.of("variables", typed(variables)));
    if (!started.ok()) {
      throw new AssertionError(model + ": " + user + " could not start " + processKey + " → " + started.status() + " " + started.body());
    }
    JsonNode instance = cluster.json.readTree(started.body());
    processInstanceId = instance.get("id").asText();
    businessKey = instance.get("businessKey").asText();
    ledger.matters.add(new Ledger.Started(model, businessKey, processInstanceId));
    return this;
  }

  /** A matter the platform started (a 逢十议事会), to be driven from here on. */
  Matter existing(String businessKey, String processInstanceId) {
    this.businessKey = businessKey;
    this.processInstanceId = processInstanceId;
    ledger.matters.add(new Ledger.Started(model, businessKey, processInstanceId));
    return this;
  }

  void complete(String user, String taskKey, Map<String, Object> variables) throws IOException, InterruptedException {
    completeFor(user, null, taskKey, variables);
  }

  /** Completes the matter's open task of that step (in the matter or a called process), visible to the user. */
  void completeFor(String user, String candidateGroup, String taskKey, Map<String, Object> variables)
      throws IOException, InterruptedException {
    String taskId = awaitTask(user, candidateGroup, taskKey);
    Map<String, Object> body = Map.of("variables", typed(variables));
    for (int attempt = 0; ; attempt++) {
      Cluster.Response response;
      try {
        Cluster.Response claim = cluster.post(user, "/task/" + taskId + "/claim", Map.of("userId", user));
        if (!claim.ok()) {
          throw new AssertionError(describe(user, taskKey) + " claim → " + claim.status() + " " + claim.body());
        }
        response = cluster.post(user, "/task/" + taskId + "/submit-form", body);
      } catch (Cluster.NodeLost lost) {
        ledger.submissionsLost.incrementAndGet();
        if (taskGone(taskId)) {
          break; // the dead node committed it before it died
        }
        continue;
      }
      if (response.ok()) {
        break;
      }
      if (response.status() == 500 && response.body().contains("OptimisticLocking") && attempt < 5) {
        ledger.conflictsRetried.incrementAndGet();
        continue;
      }
      throw new AssertionError(describe(user, taskKey) + " on " + response.node() + " → " + response.status() + " " + response.body());
    }
    ledger.steps.incrementAndGet();
  }

  /** The deadline of a timer of this matter (or of a process it called) passes now. */
  void fireTimer(String activityId) throws IOException, InterruptedException {
    String jobId = awaitTimer(activityId);
    boolean lost = false;
    while (true) {
      Cluster.Response moved;
      try {
        moved = cluster.put(Cluster.ADMIN, "/job/" + jobId + "/duedate",
            Map.of("duedate", NodeClock.rest(new Date(clock.now().getTime() - 1000)), "cascade", false));
      } catch (Cluster.NodeLost e) {
        ledger.submissionsLost.incrementAndGet();
        lost = true;
        continue;
      }
      if (moved.ok() || lost && moved.status() == 404) {
        break; // moved; or moved by the node that died, and fired since
      }
      throw new AssertionError(model + " " + businessKey + ": timer " + activityId + " not moved → " + moved.status() + " " + moved.body());
    }
    ledger.timers.add(new Ledger.Fired(businessKey, activityId, jobId));
    ledger.steps.incrementAndGet();
  }

  private String awaitTask(String user, String candidateGroup, String taskKey) throws IOException, InterruptedException {
    String query = "/task?processInstanceBusinessKey=" + encode(businessKey) + "&taskDefinitionKey=" + encode(taskKey)
        + (candidateGroup == null ? "" : "&candidateGroup=" + encode(candidateGroup));
    long deadline = System.nanoTime() + STEP_TIMEOUT.toNanos();
    while (System.nanoTime() < deadline) {
      JsonNode tasks = cluster.get(user, query);
      if (tasks.size() == 1) {
        return tasks.get(0).get("id").asText();
      }
      if (tasks.size() > 1) {
        throw new AssertionError(describe(user, taskKey) + ": " + tasks.size() + " open tasks, expected one");
      }
      Thread.sleep(300);
    }
    throw new AssertionError(describe(user, taskKey) + ": no such task within " + STEP_TIMEOUT.toSeconds() + " s");
  }

  private String awaitTimer(String activityId) throws IOException, InterruptedException {
    long deadline = System.nanoTime() + STEP_TIMEOUT.toNanos();
    while (System.nanoTime() < deadline) {
      for (JsonNode instance : cluster.get(Cluster.ADMIN, "/process-instance?businessKey=" + encode(businessKey))) {
        JsonNode jobs = cluster.get(Cluster.ADMIN, "/job?timers=true&activityId=" + encode(activityId)
            + "&processInstanceId=" + instance.get("id").asText());
        if (jobs.size() == 1) {
          return jobs.get(0).get("id").asText();
        }
      }
      Thread.sleep(300);
    }
    throw new AssertionError(model + " " + businessKey + ": no timer " + activityId + " within " + STEP_TIMEOUT.toSeconds() + " s");
  }

  private boolean taskGone(String taskId) throws IOException, InterruptedException {
    Cluster.Response task = cluster.send(cluster.next(), Cluster.ADMIN, "GET", "/task/" + taskId, null);
    return task.status() == 404;
  }

  private String describe(String user, String taskKey) {
    return model + " " + businessKey + ": " + user + " " + taskKey;
  }

  /** Variables as the REST API takes them: each value with its Camunda type, as Tasklist submits them. */
  static Map<String, Object> typed(Map<String, Object> variables) {
    Map<String, Object> typed = new LinkedHashMap<>();
    variables.forEach((name, value) -> {
      Map<String, Object> variable = new LinkedHashMap<>();
      if (value instanceof Json json) {
        variable.put("value", json.text());
        variable.put("type", "Json");
      } else {
        variable.put("value", value);
        variable.put("type", value instanceof Boolean ? "Boolean" : value instanceof Integer ? "Integer"
            : value instanceof Long ? "Long" : value instanceof Double ? "Double" : "String");
      }
      typed.put(name, variable);
    });
    return typed;
  }

  private static String encode(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8);
  }
}
