package com.civicflow.consultation.system;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.DeploymentBuilder;
import org.camunda.bpm.engine.repository.DeploymentWithDefinitions;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.StartEvent;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;

/**
 * Deploys the top-level {@code processes/} and {@code forms/} folders (on the classpath through Maven
 * resources). Each diagram is its own deployment together with the forms it references, so that
 * {@code camunda:formRefBinding="deployment"} always finds them; each decision table is its own
 * deployment. A deployment is made again only when one of its resources changed, so a restart
 * redeploys exactly the diagrams and tables that changed.
 */
@Component
public class ResourceDeployer {

  private static final Logger LOG = LoggerFactory.getLogger(ResourceDeployer.class);
  static final String SOURCE = "community-consultation";

  private final RepositoryService repository;
  private final ObjectMapper json = new ObjectMapper();

  ResourceDeployer(RepositoryService repository) {
    this.repository = repository;
  }

  /** Deploys what the classpath holds; returns the deployments that were made (none when nothing changed). */
  public List<DeploymentWithDefinitions> deployClasspath() {
    return deploy(read("processes/", "bpmn", "dmn"), read("forms/", "form"));
  }

  /**
   * @param diagrams resource name (e.g. {@code processes/x.bpmn}) to content
   * @param forms resource name (e.g. {@code forms/x/y.form}) to content
   */
  public List<DeploymentWithDefinitions> deploy(Map<String, byte[]> diagrams, Map<String, byte[]> forms) {
    Map<String, String> formResourceById = new LinkedHashMap<>();
    forms.forEach((name, content) -> {
      String previous = formResourceById.put(formId(name, content), name);
      if (previous != null) {
        throw new IllegalStateException("表单编号重复: " + formId(name, content) + " in " + previous + " and " + name);
      }
    });
    List<DeploymentWithDefinitions> made = new ArrayList<>();
    diagrams.forEach((name, content) -> {
      DeploymentBuilder builder = repository.createDeployment()
          .name(baseName(name))
          .source(SOURCE)
          .enableDuplicateFiltering(false)
          .addInputStream(name, new ByteArrayInputStream(content));
      if (name.endsWith(".bpmn")) {
        for (String formId : formRefs(name, content)) {
          String formName = formResourceById.get(formId);
          if (formName == null) {
            throw new IllegalStateException(name + " 引用了不存在的表单 “" + formId + "”（forms/ 中没有该 id 的 .form 文件）");
          }
          builder.addInputStream(formName, new ByteArrayInputStream(forms.get(formName)));
        }
      }
      DeploymentWithDefinitions deployment = builder.deployWithResult();
      if (hasDefinitions(deployment)) {
        made.add(deployment);
        LOG.info("Deployed {} ({} resources)", name, deployment.getName());
      }
    });
    if (made.isEmpty()) {
      LOG.info("Deployment unchanged: {} diagrams and tables, {} forms", diagrams.size(), forms.size());
    }
    return made;
  }

  private static boolean hasDefinitions(DeploymentWithDefinitions deployment) {
    return deployment.getDeployedProcessDefinitions() != null && !deployment.getDeployedProcessDefinitions().isEmpty()
        || deployment.getDeployedDecisionDefinitions() != null && !deployment.getDeployedDecisionDefinitions().isEmpty();
  }

  private Set<String> formRefs(String name, byte[] content) {
    BpmnModelInstance model = Bpmn.readModelFromStream(new ByteArrayInputStream(content));
    Set<String> refs = new LinkedHashSet<>();
    model.getModelElementsByType(UserTask.class).forEach(t -> addRef(refs, t.getCamundaFormRef()));
    model.getModelElementsByType(StartEvent.class).forEach(e -> addRef(refs, e.getCamundaFormRef()));
    return refs;
  }

  /** A static form id; an expression ({@code ${matterStartForm}}, bound to the latest form) is resolved at run time. */
  private static void addRef(Set<String> refs, String ref) {
    if (ref != null && !ref.isBlank() && !ref.contains("${") && !ref.contains("#{")) {
      refs.add(ref);
    }
  }

  private String formId(String name, byte[] content) {
    try {
      JsonNode id = json.readTree(content).get("id");
      if (id == null || id.asText().isBlank()) {
        throw new IllegalStateException("表单 " + name + " 没有 id");
      }
      return id.asText();
    } catch (IOException e) {
      throw new IllegalStateException("表单 " + name + " 不是有效的 JSON: " + e.getMessage(), e);
    }
  }

  private static String baseName(String name) {
    String file = name.substring(name.lastIndexOf('/') + 1);
    return file.substring(0, file.lastIndexOf('.'));
  }

  private static Map<String, byte[]> read(String folder, String... extensions) {
    Map<String, byte[]> result = new TreeMap<>();
    PathMatchingResourcePatternResolver resolver = new PathMatchingResourcePatternResolver();
    try {
      for (String extension : extensions) {
        for (Resource resource : resolver.getResources("classpath*:" + folder + "**/*." + extension)) {
          String url = resource.getURL().toString();
          String name = folder + url.substring(url.lastIndexOf("/" + folder) + folder.length() + 1);
          try (InputStream in = resource.getInputStream()) {
            result.put(name, in.readAllBytes());
          }
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return result;
  }
}
