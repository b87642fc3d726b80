package com.civicflow.consultation.form;

import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.bpmn.behavior.UserTaskActivityBehavior;
import org.camunda.bpm.engine.impl.bpmn.parser.AbstractBpmnParseListener;
import org.camunda.bpm.engine.impl.bpmn.parser.BpmnParse;
import org.camunda.bpm.engine.impl.form.handler.DefaultFormHandler;
import org.camunda.bpm.engine.impl.persistence.entity.ProcessDefinitionEntity;
import org.camunda.bpm.engine.impl.pvm.process.ActivityImpl;
import org.camunda.bpm.engine.impl.pvm.process.ScopeImpl;
import org.camunda.bpm.engine.impl.util.xml.Element;

/**
 * Gives every user task and process start that has a Camunda Form ({@code camunda:formRef}) the server-side check of
 * that form, before any listener of the model: a new form is checked without code.
 */
public class FormCheckParseListener extends AbstractBpmnParseListener {

  @Override
  public void parseUserTask(Element element, ScopeImpl scope, ActivityImpl activity) {
    formCheck(element).ifPresent(check -> ((UserTaskActivityBehavior) activity.getActivityBehavior()).getTaskDefinition()
        .addBuiltInTaskListener(TaskListener.EVENTNAME_COMPLETE, check));
  }

  @Override
  public void parseStartEvent(Element element, ScopeImpl scope, ActivityImpl activity) {
    if (scope instanceof ProcessDefinitionEntity process) {
      formCheck(element).ifPresent(check -> {
        process.addBuiltInListener(ExecutionListener.EVENTNAME_START, check, 0);
        process.setProperty(FormCheck.START_FORM, check);
      });
    }
  }

  private static java.util.Optional<FormCheck> formCheck(Element element) {
    String formRef = element.attributeNS(BpmnParse.CAMUNDA_BPMN_EXTENSIONS_NS, "formRef");
    if (formRef == null || formRef.isBlank() || formRef.contains("${")) {
      return java.util.Optional.empty();
    }
    String binding = element.attributeNS(BpmnParse.CAMUNDA_BPMN_EXTENSIONS_NS, "formRefBinding");
    return java.util.Optional.of(new FormCheck(formRef, binding == null ? DefaultFormHandler.FORM_REF_BINDING_LATEST : binding));
  }
}
