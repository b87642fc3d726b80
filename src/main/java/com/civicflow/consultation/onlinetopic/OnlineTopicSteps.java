package com.civicflow.consultation.onlinetopic;

import static com.civicflow.consultation.onlinetopic.OnlineTopicVariables.ADMISSION_DECISION;
import static com.civicflow.consultation.onlinetopic.OnlineTopicVariables.ADMITTED_MATTER_NUMBER;
import static com.civicflow.consultation.onlinetopic.OnlineTopicVariables.DECLINE_REASON;
import static com.civicflow.consultation.onlinetopic.OnlineTopicVariables.MATTER_START_FORM;
import static com.civicflow.consultation.onlinetopic.OnlineTopicVariables.ONLINE_TOPIC_NUMBER;
import static com.civicflow.consultation.onlinetopic.OnlineTopicVariables.RECEIVER_GROUP;
import static com.civicflow.consultation.onlinetopic.OnlineTopicVariables.RESIDENT_CONTACT;
import static com.civicflow.consultation.onlinetopic.OnlineTopicVariables.RESIDENT_NAME;
import static com.civicflow.consultation.onlinetopic.OnlineTopicVariables.TARGET_MODEL;
import static com.civicflow.consultation.onlinetopic.OnlineTopicVariables.TARGET_MODEL_NAME;
import static com.civicflow.consultation.onlinetopic.OnlineTopicVariables.TOPIC_ADMITTED;
import static com.civicflow.consultation.onlinetopic.OnlineTopicVariables.TOPIC_DESCRIPTION;
import static com.civicflow.consultation.onlinetopic.OnlineTopicVariables.TOPIC_LOCATION;
import static com.civicflow.consultation.onlinetopic.OnlineTopicVariables.TRACKING_NUMBER;

import com.civicflow.consultation.matter.InvalidSubmissionException;
import com.civicflow.consultation.matter.MatterVariables;
import com.civicflow.consultation.matter.Submission;
import com.civicflow.consultation.notice.Objection;
import java.util.List;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.Variables;
import org.springframework.stereotype.Service;

/** The steps of {@code online-topic}: received from the board, reviewed by the community, started as a matter. */
@Service
class OnlineTopicSteps {

  static final String RECEIVED = "受理居民议题";
  static final String ENTERING = "立项：填写协商事项";
  static final String ADMITTED = "已立项";
  static final String DECLINED = "未予立项";

  private final OnlineTopics topics;
  private final RepositoryService repository;
  private final RuntimeService runtime;
  private final StartFormFields startForms;

  OnlineTopicSteps(OnlineTopics topics, RepositoryService repository, RuntimeService runtime, StartFormFields startForms) {
    this.topics = topics;
    this.repository = repository;
    this.runtime = runtime;
    this.startForms = startForms;
  }

  /** Start: what the board sent is complete (also when an administrator starts one through REST); who receives it. */
  void received(DelegateExecution execution) {
    ResidentTopic topic = residentTopic(execution);
    if (!topic.problems().isEmpty()) {
      throw new InvalidSubmissionException(String.join("；", topic.problems()));
    }
    TopicModel model = topics.modelFor(execution.getTenantId()).orElseThrow(() -> new InvalidSubmissionException(
        "“" + execution.getTenantId() + "”不是开通网上议事的社区：所在区的协商模型不受理网上议题"));
    TARGET_MODEL.set(execution, model.processKey());
    TARGET_MODEL_NAME.set(execution, latest(model).getName());
    RECEIVER_GROUP.set(execution, model.receiver().id());
    if (TRACKING_NUMBER.from(execution).isEmpty()) {
      TRACKING_NUMBER.set(execution, execution.getProcessBusinessKey());
    }
    MatterVariables.STAGE.set(execution, RECEIVED);
  }

  /** 受理居民议题: decline with a reason (ends), or admit: the model's start form is filled in with the topic. */
  void reviewed(DelegateTask task) {
    Submission form = Submission.of(task);
    String decision = form.oneOf(ADMISSION_DECISION, "受理结论", List.of(OnlineTopicProcess.ADMIT, OnlineTopicProcess.DECLINE));
    if (OnlineTopicProcess.DECLINE.equals(decision)) {
      String reason = form.text(DECLINE_REASON, "不予立项的理由");
      if (reason.codePointCount(0, reason.length()) > Objection.MAX_REASON) {
        throw new InvalidSubmissionException("“不予立项的理由”不能超过 " + Objection.MAX_REASON + " 字");
      }
      TOPIC_ADMITTED.set(task, false);
      MatterVariables.STAGE.set(task, DECLINED);
      return;
    }
    TopicModel model = model(task.getExecution());
    task.getExecution().getProcessInstance().setVariables(model.prefill(residentTopic(task)));
    MATTER_START_FORM.set(task, startForms.formKey(latest(model).getId()));
    DECLINE_REASON.set(task, null);
    MatterVariables.STAGE.set(task, ENTERING);
  }

  /**
   * 发起协商事项: starts the community's model in the community's tenant, as the staff member who completed 立项 (the
   * matter's initiator), with the fields of the model's start form as they were submitted, the topic's community
   * and its 受理编号. The model's own start checks apply: a refusal rolls 立项 back with its message.
   */
  void startMatter(DelegateExecution execution) {
    ProcessDefinition definition = latest(model(execution));
    VariableMap variables = Variables.createVariables();
    for (String field : startForms.fields(definition.getId())) {
      if (execution.getVariable(field) != null) {
        variables.putValueTyped(field, execution.getVariableTyped(field));
      }
    }
    variables.putValue(MatterVariables.COMMUNITY_ID.name(), execution.getTenantId());
    if (!variables.containsKey(MatterVariables.TOPIC.name())) { // as submitted (and checked by the start form) where the form has it
      variables.putValue(MatterVariables.TOPIC.name(), MatterVariables.TOPIC.required(execution));
    }
    variables.putValue(ONLINE_TOPIC_NUMBER.name(), TRACKING_NUMBER.required(execution));
    ProcessInstance matter = runtime.createProcessInstanceById(definition.getId()).setVariables(variables).execute();
    ADMITTED_MATTER_NUMBER.set(execution, matter.getBusinessKey());
    TOPIC_ADMITTED.set(execution, true);
    MatterVariables.STAGE.set(execution, ADMITTED);
  }

  private TopicModel model(DelegateExecution execution) {
    return TopicModel.of(TARGET_MODEL.required(execution))
        .orElseThrow(() -> new IllegalStateException("未知的协商模型 " + TARGET_MODEL.required(execution)));
  }

  private ProcessDefinition latest(TopicModel model) {
    ProcessDefinition definition = repository.createProcessDefinitionQuery().processDefinitionKey(model.processKey())
        .withoutTenantId().latestVersion().singleResult();
    if (definition == null) {
      throw new InvalidSubmissionException("协商模型“" + model.processKey() + "”没有部署，请联系系统管理员");
    }
    return definition;
  }

  private static ResidentTopic residentTopic(org.camunda.bpm.engine.delegate.VariableScope scope) {
    return new ResidentTopic(MatterVariables.TOPIC.from(scope).orElse(""), TOPIC_DESCRIPTION.from(scope).orElse(""),
        TOPIC_LOCATION.from(scope).orElse(""), RESIDENT_NAME.from(scope).orElse(""), RESIDENT_CONTACT.from(scope).orElse(""));
  }
}
