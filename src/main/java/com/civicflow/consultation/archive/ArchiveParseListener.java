package com.civicflow.consultation.archive;

import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.impl.bpmn.parser.AbstractBpmnParseListener;
import org.camunda.bpm.engine.impl.persistence.entity.ProcessDefinitionEntity;
import org.camunda.bpm.engine.impl.util.xml.Element;

/** Adds {@link MatterEndListener} to the end of every deployed process: no model needs a filing step. */
class ArchiveParseListener extends AbstractBpmnParseListener {

  private final ExecutionListener endListener = new MatterEndListener();

  @Override
  public void parseProcess(Element processElement, ProcessDefinitionEntity processDefinition) {
    // built in: it runs even when an administrator cancels a matter with "skip custom listeners"
    processDefinition.addBuiltInListener(ExecutionListener.EVENTNAME_END, endListener);
  }
}
