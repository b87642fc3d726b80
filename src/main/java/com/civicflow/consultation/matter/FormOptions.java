package com.civicflow.consultation.matter;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.camunda.spin.json.SpinJsonNode;
import org.camunda.spin.plugin.variable.SpinValues;
import org.camunda.spin.plugin.variable.value.JsonValue;

/**
 * The choices a form offers that the server fills in (a select, taglist or checklist reading {@code valuesKey} or
 * {@code valuesExpression}), and what comes back: people choose, they never type an id. The options are
 * {@code [{"label": "冯经理（解放碑物业服务公司）", "value": "jiefangbei-property", …}]} — a Chinese label, the id as the
 * value, and any further keys an expression filters by (e.g. the unit of a handler).
 */
public final class FormOptions {

  private static final ObjectMapper JSON = new ObjectMapper();
  /** How a variable holding options is named ({@code responsibleUnitOptions}, {@code handlerOptions}, …). */
  public static final String SUFFIX = "Options";

  /** One option: its label, its value and further keys a form's expression may filter by. */
  public record Option(String label, String value, Map<String, String> more) {

    public Option(String label, String value) {
      this(label, value, Map.of());
    }
  }

  private FormOptions() {}

  /** Whether a variable holds what a form offered (named {@code …Options}), not what anybody entered or decided. */
  public static boolean isOffered(String variableName) {
    return variableName != null && variableName.endsWith(SUFFIX);
  }

  /** The options as a Json variable, for a task's input mapping read by a form's {@code valuesKey}. */
  public static JsonValue json(List<Option> options) {
    return SpinValues.jsonValue(array(options).toString()).create();
  }

  /** The options as form-js writes static values ({@code "values"} of a select), with their further keys. */
  public static ArrayNode array(List<Option> options) {
    ArrayNode array = JSON.createArrayNode();
    for (Option option : options) {
      ObjectNode node = array.addObject().put("label", option.label()).put("value", option.value());
      option.more().forEach(node::put);
    }
    return array;
  }

  /**
   * The values a taglist or checklist submitted (Tasklist sends Json; REST clients may send a list or
   * comma-separated text), in order, blanks and repeats left out.
   */
  public static List<String> chosen(Object submitted) {
    Set<String> values = new LinkedHashSet<>();
    if (submitted instanceof SpinJsonNode json && json.isArray()) {
      json.elements().forEach(e -> values.add(e.isString() ? e.stringValue().trim() : e.toString()));
    } else if (submitted instanceof Collection<?> list) {
      list.forEach(e -> values.add(String.valueOf(e).trim()));
    } else if (submitted != null) {
      for (String value : submitted.toString().replaceAll("[\\[\\]\"]", "").split("[,，]")) {
        values.add(value.trim());
      }
    }
    values.remove("");
    return new ArrayList<>(values);
  }

  /** The rows a dynamic list submitted (Json: a list of objects), each as its fields' text. */
  public static List<Map<String, String>> rows(Object submitted) {
    List<Map<String, String>> rows = new ArrayList<>();
    if (submitted instanceof SpinJsonNode json && json.isArray()) {
      for (SpinJsonNode element : json.elements()) {
        Map<String, String> row = new LinkedHashMap<>();
        if (element.isObject()) {
          element.fieldNames().forEach(name -> {
            SpinJsonNode field = element.prop(name);
            row.put(name, field.isNull() ? "" : field.isString() ? field.stringValue().trim() : field.toString());
          });
        }
        rows.add(row);
      }
    } else if (submitted instanceof Collection<?> list) {
      for (Object element : list) {
        Map<String, String> row = new LinkedHashMap<>();
        if (element instanceof Map<?, ?> map) {
          map.forEach((k, v) -> row.put(String.valueOf(k), v == null ? "" : String.valueOf(v).trim()));
        }
        rows.add(row);
      }
    } else if (submitted != null) {
      throw new InvalidSubmissionException("提交的列表格式不对");
    }
    return rows;
  }

  /** Refuses a value that is not among the options: the form offered it, the server checks it again. */
  public static Option offered(List<Option> options, String value, String label) {
    return options.stream().filter(o -> o.value().equals(value)).findFirst().orElseThrow(() ->
        new InvalidSubmissionException("“" + label + "”中的“" + value + "”不在可选项中，请从列表中选择"));
  }
}
