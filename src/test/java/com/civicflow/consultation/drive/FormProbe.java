package com.civicflow.consultation.drive;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.camunda.bpm.dmn.feel.impl.FeelEngine;
import org.camunda.bpm.dmn.feel.impl.scala.ScalaFeelEngineFactory;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.variable.Variables;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.StartEvent;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.camunda.spin.Spin;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * Bad input through every form the runs reach, as the user entitled to submit it: before a good submission of a
 * start or task form, each visible input of that form is sent malformed — left empty when required, 100,001
 * characters of text, a JSON object where text belongs, text or a negative or absurd number where a number belongs,
 * an option the form does not offer, a date that is none — and each must be refused with 4xx and a message naming
 * the field, changing nothing (no matter started; the task still open; no variable written). The forms are read
 * from {@code forms/} by themselves: {@link #unexercised()} names every form no run reached.
 */
public final class FormProbe {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final FeelEngine FEEL = new ScalaFeelEngineFactory().createInstance();
  static final String LONG_TEXT = "议".repeat(100_001);

  private final ProcessEngine engine;
  private final Rest rest;
  private final Map<String, JsonNode> forms = readForms();
  private final Set<String> exercised = new TreeSet<>();
  private int refusals;

  public FormProbe(ProcessEngine engine, int port) {
    this.engine = engine;
    this.rest = new Rest(port);
  }

  /** Malformed variants of a start form: each refused, no matter started. */
  void startForm(String user, String definitionId, Map<String, Object> good) {
    BpmnModelInstance model = engine.getRepositoryService().getBpmnModelInstance(definitionId);
    String formKey = model.getModelElementsByType(StartEvent.class).stream()
        .filter(e -> e.getParentElement() instanceof org.camunda.bpm.model.bpmn.instance.Process)
        .map(StartEvent::getCamundaFormRef).filter(f -> f != null).findFirst()
        .orElseThrow(() -> new AssertionError(definitionId + " 没有发起表单"));
    long instancesBefore = instances();
    for (Variant variant : variants(formKey, good, Map.of())) {
      Rest.Response response = rest.post(user, "/process-definition/" + definitionId + "/submit-form",
          Rest.submission(variant.submission()));
      assertRefused(formKey, variant, response);
      assertThat(instances()).as("%s %s 被拒后不应发起事项", formKey, variant.what()).isEqualTo(instancesBefore);
    }
    if (good.containsKey("communityId")) {
      Map<String, Object> unknown = new HashMap<>(good);
      unknown.put("communityId", "no-such-community");
      Rest.Response response = rest.post(user, "/process-definition/" + definitionId + "/submit-form", Rest.submission(unknown));
      assertThat(response.status()).as("%s 未知的社区编号: %s", formKey, response.body()).isBetween(400, 499);
      assertThat(response.message()).as("%s 未知的社区编号", formKey).isNotBlank();
      assertThat(instances()).isEqualTo(instancesBefore);
    }
    exercised.add(formKey);
  }

  /** Malformed variants of a task's form: each refused, the task still open, no variable written. */
  void taskForm(String user, String taskId, Map<String, Object> good) {
    Task task = engine.getTaskService().createTaskQuery().taskId(taskId).singleResult();
    BpmnModelInstance model = engine.getRepositoryService().getBpmnModelInstance(task.getProcessDefinitionId());
    UserTask element = model.getModelElementById(task.getTaskDefinitionKey());
    String formKey = element.getCamundaFormRef();
    assertThat(formKey).as("%s 的表单", task.getTaskDefinitionKey()).isNotNull();
    if (formKey.startsWith("${") && formKey.endsWith("}")) { // a form chosen at run time, e.g. the model's start form
      formKey = String.valueOf(engine.getTaskService().getVariable(taskId, formKey.substring(2, formKey.length() - 1)));
    }
    Map<String, Object> scope = engine.getTaskService().getVariables(taskId);
    Map<String, String> before = snapshot(task);
    for (Variant variant : variants(formKey, good, scope)) {
      Rest.Response response = rest.post(user, "/task/" + taskId + "/submit-form", Rest.submission(variant.submission()));
      assertRefused(formKey, variant, response);
      assertThat(engine.getTaskService().createTaskQuery().taskId(taskId).count())
          .as("%s %s 被拒后任务应仍待办", formKey, variant.what()).isEqualTo(1);
      assertThat(snapshot(task)).as("%s %s 被拒后变量不应改变", formKey, variant.what()).isEqualTo(before);
    }
    exercised.add(formKey);
  }

  /** Every form in {@code forms/} that no probe reached. */
  public Set<String> unexercised() {
    Set<String> missing = new TreeSet<>(forms.keySet());
    missing.removeAll(exercised);
    return missing;
  }

  public Set<String> exercised() {
    return Set.copyOf(exercised);
  }

  public int refusals() {
    return refusals;
  }

  private record Variant(String field, String label, String what, Map<String, Object> submission) {}

  private List<Variant> variants(String formKey, Map<String, Object> good, Map<String, Object> scope) {
    JsonNode form = forms.get(formKey);
    assertThat(form).as("forms/ 中的表单 %s", formKey).isNotNull();
    Map<String, Object> values = new HashMap<>(scope);
    values.putAll(good);
    List<Variant> variants = new ArrayList<>();
    for (JsonNode field : inputs(form)) {
      if (hidden(field, values)) {
        continue;
      }
      String key = field.path(field.has("path") ? "path" : "key").asText();
      String label = field.path("label").asText(key);
      JsonNode validate = field.path("validate");
      List<Object[]> bad = new ArrayList<>();
      if (validate.path("required").asBoolean(false) && !field.has("defaultValue")) {
        bad.add(new Object[] {"留空", field.path("type").asText().startsWith("text") ? "" : null});
      }
      switch (field.path("type").asText()) {
        case "textfield", "textarea" -> {
          bad.add(new Object[] {"100001 字", LONG_TEXT});
          bad.add(new Object[] {"JSON 对象", Spin.JSON("{\"x\":1}")});
        }
        case "number" -> {
          bad.add(new Object[] {"文字", "很多"});
          bad.add(new Object[] {"过大的数", 1e13});
          if (validate.has("min") && validate.get("min").asDouble() > -1) {
            bad.add(new Object[] {"负数", validate.get("min").asDouble() - 1});
          }
        }
        case "checkbox" -> bad.add(new Object[] {"非是非值", "也许"});
        case "radio", "select" -> bad.add(new Object[] {"未提供的选项", "不存在的选项"});
        case "checklist", "taglist" -> bad.add(new Object[] {"未提供的选项", List.of("不存在的选项")});
        case "datetime" -> bad.add(new Object[] {"非日期", "下周找个时间"});
        case "dynamiclist" -> {
          bad.add(new Object[] {"非表格", "很多"});
          badRow(field, good.get(key)).ifPresent(row -> bad.add(new Object[] {"表格行中的文字", row}));
        }
        default -> { }
      }
      for (Object[] b : bad) {
        Map<String, Object> submission = new HashMap<>(good);
        submission.put(key, b[1]);
        variants.add(new Variant(key, label, key + "=" + b[0], submission));
      }
    }
    return variants;
  }

  /** The good table with its first row's first number column holding text instead. */
  private static java.util.Optional<Object> badRow(JsonNode list, Object good) {
    JsonNode rows;
    try {
      rows = good instanceof org.camunda.bpm.engine.variable.value.SerializableValue json
          ? JSON.readTree(json.getValueSerialized()) : good == null ? null : JSON.valueToTree(good);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    if (rows == null || !rows.isArray() || rows.isEmpty()) {
      return java.util.Optional.empty();
    }
    for (JsonNode column : list.path("components")) {
      if ("number".equals(column.path("type").asText()) && !column.path("readonly").asBoolean(false)) {
        JsonNode changed = rows.deepCopy();
        ((com.fasterxml.jackson.databind.node.ObjectNode) changed.get(0)).put(column.path("key").asText(), "很多");
        return java.util.Optional.of(JSON.convertValue(changed, List.class));
      }
    }
    return java.util.Optional.empty();
  }

  private void assertRefused(String formKey, Variant variant, Rest.Response response) {
    assertThat(response.status()).as("%s 的 %s 应被拒绝（4xx），实为 %s", formKey, variant.what(), response.body())
        .isBetween(400, 499);
    assertThat(response.message()).as("%s 的 %s：拒绝信息应指明字段“%s”", formKey, variant.what(), variant.label())
        .contains(variant.label());
    refusals++;
  }

  private static List<JsonNode> inputs(JsonNode form) {
    List<JsonNode> inputs = new ArrayList<>();
    form.path("components").forEach(c -> {
      if ("dynamiclist".equals(c.path("type").asText()) && c.hasNonNull("path")) {
        inputs.add(c); // a table: its rows are checked as a whole and row by row
      } else if (c.hasNonNull("key") && !c.path("readonly").asBoolean(false) && !c.path("disabled").asBoolean(false)
          && List.of("textfield", "textarea", "number", "checkbox", "radio", "select", "checklist", "taglist", "datetime")
              .contains(c.path("type").asText())) {
        inputs.add(c);
      }
    });
    return inputs;
  }

  private static boolean hidden(JsonNode field, Map<String, Object> values) {
    String hide = field.path("conditional").path("hide").asText("");
    if (hide.isBlank()) {
      return false;
    }
    try {
      return Boolean.TRUE.equals(FEEL.evaluateSimpleExpression(hide.startsWith("=") ? hide.substring(1) : hide,
          Variables.fromMap(values).asVariableContext()));
    } catch (RuntimeException e) {
      return true;
    }
  }

  private long instances() {
    return engine.getHistoryService().createHistoricProcessInstanceQuery().count();
  }

  /** The task and every variable of its matter, as text: what a refused submission must leave as it was. */
  private Map<String, String> snapshot(Task task) {
    Map<String, String> state = new TreeMap<>();
    engine.getRuntimeService().createVariableInstanceQuery().processInstanceIdIn(task.getProcessInstanceId()).list()
        .forEach(v -> state.put(v.getName() + "@" + v.getActivityInstanceId(), String.valueOf(v.getValue())));
    Task now = engine.getTaskService().createTaskQuery().taskId(task.getId()).singleResult();
    state.put("#task", now == null ? "completed" : now.getAssignee() + "/" + now.getName());
    state.put("#details", String.valueOf(engine.getHistoryService().createHistoricDetailQuery()
        .processInstanceId(task.getProcessInstanceId()).count()));
    return state;
  }

  private static Map<String, JsonNode> readForms() {
    Map<String, JsonNode> forms = new TreeMap<>();
    try {
      for (Resource resource : new PathMatchingResourcePatternResolver().getResources("classpath*:forms/**/*.form")) {
        try (InputStream in = resource.getInputStream()) {
          JsonNode form = JSON.readTree(in);
          forms.put(form.path("id").asText(), form);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return forms;
  }
}
