package com.civicflow.consultation.bench;

import com.civicflow.consultation.system.ResourceDeployer;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.reflect.Constructor;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.transform.TransformerFactory;
import javax.xml.transform.dom.DOMSource;
import javax.xml.transform.stream.StreamResult;
import org.camunda.bpm.engine.RepositoryService;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * The baseline's diagrams, generated at run time from the product's own ({@code processes/}): the same processes,
 * call activities, decision tables, forms, timers, expressions and variable mappings, with every project listener
 * ({@code camunda:executionListener}, {@code camunda:taskListener}) replaced by the no-op {@code ${noop}} and every
 * service task's delegate by {@code ${noopDelegate}}; deployed as the product deploys them (each diagram with its
 * forms).
 */
final class BaselineDiagrams {

  static final String CAMUNDA = "http://camunda.org/schema/1.0/bpmn";
  static final String BPMN = "http://www.omg.org/spec/BPMN/20100524/MODEL";
  private static final List<String> CODE = List.of("class", "delegateExpression", "expression");

  private BaselineDiagrams() {}

  /** Generates and deploys; returns how many listeners and delegates became no-ops. */
  static int deploy(RepositoryService repository) {
    Map<String, byte[]> diagrams = read("classpath*:processes/*.bpmn");
    diagrams.putAll(read("classpath*:processes/*.dmn"));
    Map<String, byte[]> forms = read("classpath*:forms/**/*.form");
    int[] replaced = {0};
    diagrams.replaceAll((name, content) -> name.endsWith(".bpmn") ? withNoOps(content, replaced) : content);
    deployer(repository).deploy(diagrams, forms);
    return replaced[0];
  }

  static byte[] withNoOps(byte[] bpmn, int[] replaced) {
    try {
      DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
      factory.setNamespaceAware(true);
      Document document = factory.newDocumentBuilder().parse(new ByteArrayInputStream(bpmn));
      for (String listener : List.of("executionListener", "taskListener")) {
        NodeList listeners = document.getElementsByTagNameNS(CAMUNDA, listener);
        for (int i = 0; i < listeners.getLength(); i++) {
          Element element = (Element) listeners.item(i);
          CODE.forEach(attribute -> element.removeAttribute(attribute));
          while (element.getFirstChild() != null) {
            element.removeChild(element.getFirstChild()); // a script or fields
          }
          element.setAttribute("delegateExpression", "${noop}");
          replaced[0]++;
        }
      }
      for (String task : List.of("serviceTask", "sendTask")) {
        NodeList tasks = document.getElementsByTagNameNS(BPMN, task);
        for (int i = 0; i < tasks.getLength(); i++) {
          Element element = (Element) tasks.item(i);
          if (CODE.stream().anyMatch(a -> element.hasAttributeNS(CAMUNDA, a))) {
            CODE.forEach(a -> element.removeAttributeNS(CAMUNDA, a));
            element.removeAttributeNS(CAMUNDA, "resultVariable");
            element.setAttributeNS(CAMUNDA, "camunda:delegateExpression", "${noopDelegate}");
            replaced[0]++;
          }
        }
      }
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      TransformerFactory.newInstance().newTransformer().transform(new DOMSource(document), new StreamResult(out));
      return out.toByteArray();
    } catch (Exception e) {
      throw new IllegalStateException("baseline diagram", e);
    }
  }

  private static Map<String, byte[]> read(String pattern) {
    Map<String, byte[]> resources = new LinkedHashMap<>();
    try {
      for (Resource resource : new PathMatchingResourcePatternResolver().getResources(pattern)) {
        String url = resource.getURL().toString();
        String name = url.substring(url.lastIndexOf(pattern.contains("forms") ? "forms/" : "processes/"));
        try (InputStream in = resource.getInputStream()) {
          resources.put(name, in.readAllBytes());
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return resources;
  }

  /** The product's own deployer (one deployment per diagram with the forms it references), for another engine. */
  private static ResourceDeployer deployer(RepositoryService repository) {
    try {
      Constructor<ResourceDeployer> constructor = ResourceDeployer.class.getDeclaredConstructor(RepositoryService.class);
      constructor.setAccessible(true);
      return constructor.newInstance(repository);
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException(e);
    }
  }
}
