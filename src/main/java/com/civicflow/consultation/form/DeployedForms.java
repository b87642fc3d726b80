package com.civicflow.consultation.form;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.form.handler.DefaultFormHandler;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.persistence.entity.CamundaFormDefinitionEntity;
import org.camunda.bpm.engine.impl.persistence.entity.ResourceEntity;

/**
 * The input fields of the Camunda Forms as they are deployed, read inside the engine's command (no authorization
 * check: the person submitting may not read deployments) and kept per deployment, since a deployment never changes.
 */
final class DeployedForms {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Map<String, List<FormField>> FIELDS = new ConcurrentHashMap<>();

  private DeployedForms() {}

  /** The fields of form {@code key} as the process deployed in {@code deploymentId} binds it. */
  static List<FormField> fields(String deploymentId, String key, String binding) {
    CommandContext context = Context.getCommandContext();
    CamundaFormDefinitionEntity form = DefaultFormHandler.FORM_REF_BINDING_DEPLOYMENT.equals(binding)
        ? context.getCamundaFormDefinitionManager().findDefinitionByDeploymentAndKey(deploymentId, key)
        : context.getCamundaFormDefinitionManager().findLatestDefinitionByKey(key);
    if (form == null) {
      return List.of(); // the engine itself reports a missing form when Tasklist opens the task
    }
    return FIELDS.computeIfAbsent(form.getId(), id -> read(context, form));
  }

  private static List<FormField> read(CommandContext context, CamundaFormDefinitionEntity form) {
    ResourceEntity resource = context.getResourceManager()
        .findResourceByDeploymentIdAndResourceName(form.getDeploymentId(), form.getResourceName());
    try {
      List<FormField> fields = new ArrayList<>();
      collect(JSON.readTree(resource.getBytes()), fields);
      return List.copyOf(fields);
    } catch (IOException e) {
      throw new ProcessEngineException("表单 " + form.getKey() + " 无法读取: " + e.getMessage(), e);
    }
  }

  private static void collect(JsonNode node, List<FormField> fields) {
    node.path("components").forEach(component -> {
      FormField.of(component).ifPresent(fields::add);
      if ("group".equals(component.path("type").asText())) {
        collect(component, fields); // a dynamic list's own fields are its columns (FormField#columns)
      }
    });
  }

  static Optional<FormField> field(List<FormField> fields, String key) {
    return fields.stream().filter(f -> f.key().equals(key)).findFirst();
  }
}
