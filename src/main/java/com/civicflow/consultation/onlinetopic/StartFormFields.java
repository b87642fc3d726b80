package com.civicflow.consultation.onlinetopic;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.LinkedHashSet;
import java.util.Set;
import org.camunda.bpm.engine.FormService;
import org.camunda.bpm.engine.form.CamundaFormRef;
import org.springframework.stereotype.Component;

/** A model's start form (Camunda Form): its id, and the keys of its fields — what a start from that form submits. */
@Component
class StartFormFields {

  private final FormService forms;
  private final ObjectMapper json = new ObjectMapper();

  StartFormFields(FormService forms) {
    this.forms = forms;
  }

  String formKey(String processDefinitionId) {
    CamundaFormRef ref = forms.getStartFormData(processDefinitionId).getCamundaFormRef();
    if (ref == null) {
      throw new IllegalStateException("流程 " + processDefinitionId + " 的开始事件没有 Camunda 表单（camunda:formRef）");
    }
    return ref.getKey();
  }

  Set<String> fields(String processDefinitionId) {
    try (InputStream form = forms.getDeployedStartForm(processDefinitionId)) {
      Set<String> keys = new LinkedHashSet<>();
      collect(json.readTree(form).path("components"), keys);
      return keys;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void collect(JsonNode components, Set<String> keys) {
    for (JsonNode component : components) {
      if (component.hasNonNull("key")) {
        keys.add(component.get("key").asText());
      }
      collect(component.path("components"), keys);
    }
  }
}
