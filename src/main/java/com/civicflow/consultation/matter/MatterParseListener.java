package com.civicflow.consultation.matter;

import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.impl.bpmn.parser.AbstractBpmnParseListener;
import org.camunda.bpm.engine.impl.persistence.entity.ProcessDefinitionEntity;
import org.camunda.bpm.engine.impl.util.xml.Element;

/** Adds {@link MatterContextListener} to the start of every deployed process. */
public class MatterParseListener extends AbstractBpmnParseListener {

  private final ExecutionListener matterContext;

  public MatterParseListener(ExecutionListener matterContext) {
    this.matterContext = matterContext;
  }

  @Override
  public void parseProcess(Element processElement, ProcessDefinitionEntity processDefinition) {
    processDefinition.addListener(ExecutionListener.EVENTNAME_START, matterContext);
  }
}
