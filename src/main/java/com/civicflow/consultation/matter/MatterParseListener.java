package com.civicflow.consultation.matter;

import com.civicflow.consultation.organisation.OrgLevel;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.bpmn.behavior.UserTaskActivityBehavior;
import org.camunda.bpm.engine.impl.bpmn.parser.AbstractBpmnParseListener;
import org.camunda.bpm.engine.impl.bpmn.parser.BpmnParse;
import org.camunda.bpm.engine.impl.persistence.entity.ProcessDefinitionEntity;
import org.camunda.bpm.engine.impl.pvm.process.ActivityImpl;
import org.camunda.bpm.engine.impl.pvm.process.ScopeImpl;
import org.camunda.bpm.engine.impl.util.xml.Element;

/**
 * Adds {@link MatterContextListener} to the start of every deployed process, and reads the levels a model runs
 * at: the process's extension property {@code consultationLevels} (e.g. {@code community} or
 * {@code community,street}; absent: any level). A start at another level is refused (a 渝中 consultation belongs
 * to a community; started in a district's tenant its tasks would reach nobody). Every user task gets its Tasklist
 * card when it is created ({@link TaskCard}).
 */
public class MatterParseListener extends AbstractBpmnParseListener {

  /** The process definition property holding the {@code Set<OrgLevel>} a model runs at. */
  public static final String CONSULTATION_LEVELS = "consultationLevels";
  /**
   * The process extension property {@code consultationMatter}: {@code false} for a process that is no consultation
   * matter (逢十议事's meeting, started by the product's scheduler under a business key of its own), which keeps the
   * business key it is started with. Every matter gets the product's number, whatever key a client sends.
   */
  public static final String CONSULTATION_MATTER = "consultationMatter";
  private static final String ALLOWED = "可用 district（区）、street（街道/镇）、community（社区），逗号分隔";

  private final ExecutionListener matterContext;

  public MatterParseListener(ExecutionListener matterContext) {
    this.matterContext = matterContext;
  }

  @Override
  public void parseProcess(Element processElement, ProcessDefinitionEntity processDefinition) {
    processDefinition.addListener(ExecutionListener.EVENTNAME_START, matterContext);
    Element extensions = processElement.element("extensionElements");
    Element properties = extensions == null ? null : extensions.elementNS(BpmnParse.CAMUNDA_BPMN_EXTENSIONS_NS, "properties");
    if (properties == null) {
      return;
    }
    for (Element property : properties.elementsNS(BpmnParse.CAMUNDA_BPMN_EXTENSIONS_NS, "property")) {
      if (CONSULTATION_LEVELS.equals(property.attribute("name"))) {
        processDefinition.setProperty(CONSULTATION_LEVELS, levels(processDefinition.getKey(), property.attribute("value")));
      }
      if (CONSULTATION_MATTER.equals(property.attribute("name"))) {
        processDefinition.setProperty(CONSULTATION_MATTER, !"false".equalsIgnoreCase(property.attribute("value")));
      }
    }
  }

  static Set<OrgLevel> levels(String processKey, String value) {
    Set<OrgLevel> levels = EnumSet.noneOf(OrgLevel.class);
    for (String name : (value == null ? "" : value).split(",")) {
      if (name.isBlank()) {
        continue;
      }
      try {
        OrgLevel level = OrgLevel.valueOf(name.trim().toUpperCase(Locale.ROOT));
        if (!level.isTenant()) {
          throw new IllegalArgumentException(name);
        }
        levels.add(level);
      } catch (IllegalArgumentException unknown) {
        throw new ProcessEngineException(processKey + ": consultationLevels “" + value + "” 无效 — " + ALLOWED);
      }
    }
    if (levels.isEmpty()) {
      throw new ProcessEngineException(processKey + ": consultationLevels 为空 — " + ALLOWED);
    }
    return levels;
  }

  /** Built in: the card is filled even when an administrator starts a task with "skip custom listeners". */
  @Override
  public void parseUserTask(Element userTaskElement, ScopeImpl scope, ActivityImpl activity) {
    ((UserTaskActivityBehavior) activity.getActivityBehavior()).getTaskDefinition()
        .addBuiltInTaskListener(TaskListener.EVENTNAME_CREATE, TaskCard.ON_CREATE);
  }
}
