package com.civicflow.consultation.onlinetopic;

import com.civicflow.consultation.cangzhou.CangzhouVariables;
import com.civicflow.consultation.dongcheng.DongchengVariables;
import com.civicflow.consultation.haimen.SevenStepVariables;
import com.civicflow.consultation.kenli.KenliVariables;
import com.civicflow.consultation.matter.ProcessVariable;
import com.civicflow.consultation.organisation.RoleGroup;
import com.civicflow.consultation.yuzhong.YuzhongVariables;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The consultation models an online topic can become a matter of, each with the role that raises topics in it
 * (who receives 受理居民议题) and how the resident's topic fills its start form: the channel 网上 in the model's own
 * words, the description (with the place, where the model has no field for it), and the resident as the person who
 * raised it where the model records one. Staff complete and correct the rest in the model's own start form.
 */
enum TopicModel {
  /** 渝中 “6+5”: 提议 is a committee member's (委员提议). */
  YUZHONG("yuzhong-six-plus-five", RoleGroup.CONSULTATION_COUNCIL, YuzhongVariables.TOPIC_DESCRIPTION, null, null,
      Map.of(YuzhongVariables.TOPIC_SOURCE, "网上")),
  /** 沧州 八步议事: 提议题 by the community's “两委”; face to face (面对面), so the resident is named. */
  CANGZHOU("cangzhou-eight-step", RoleGroup.COMMITTEE_STAFF, CangzhouVariables.TOPIC_DESCRIPTION,
      CangzhouVariables.TOPIC_LOCATION, CangzhouVariables.RAISED_BY,
      Map.of(CangzhouVariables.TOPIC_CHANNEL, "网上议事厅", CangzhouVariables.TOPIC_MODE, "面对面")),
  /** 垦利 集: the community's staff collect through the 网上议事厅 the seed names. */
  KENLI("kenli-eight-step", RoleGroup.COMMITTEE_STAFF, KenliVariables.TOPIC_DESCRIPTION, null, KenliVariables.RAISED_BY,
      Map.of(KenliVariables.TOPIC_CHANNEL, "网上议事厅", KenliVariables.CONSULTATION_LEVEL, "社区")),
  /** 海门 七步议事法: the community's staff raise the topic. */
  HAIMEN("haimen-seven-step", RoleGroup.COMMITTEE_STAFF, SevenStepVariables.TOPIC_DESCRIPTION, null, null,
      Map.of(SevenStepVariables.TOPIC_SOURCE, "网上议事厅")),
  /** 东城: the residents' committee collects opinions (汇集民意); a resident's request is its own category. */
  DONGCHENG("dongcheng-consultation", RoleGroup.COMMITTEE_STAFF, DongchengVariables.TOPIC_BACKGROUND, null, null,
      Map.of(DongchengVariables.TOPIC_CATEGORY, "居民和各类主体提出的协商要求"));

  private final String processKey;
  private final RoleGroup receiver;
  private final ProcessVariable<String> description;
  private final ProcessVariable<String> location;
  private final ProcessVariable<String> raisedBy;
  private final Map<ProcessVariable<String>, String> channel;

  TopicModel(String processKey, RoleGroup receiver, ProcessVariable<String> description, ProcessVariable<String> location,
      ProcessVariable<String> raisedBy, Map<ProcessVariable<String>, String> channel) {
    this.processKey = processKey;
    this.receiver = receiver;
    this.description = description;
    this.location = location;
    this.raisedBy = raisedBy;
    this.channel = channel;
  }

  String processKey() {
    return processKey;
  }

  RoleGroup receiver() {
    return receiver;
  }

  static Optional<TopicModel> of(String processKey) {
    return Arrays.stream(values()).filter(m -> m.processKey.equals(processKey)).findFirst();
  }

  /** The model's start variables the resident's topic fills in (the topic itself is {@code topic} in every model). */
  Map<String, Object> prefill(ResidentTopic topic) {
    Map<String, Object> variables = new LinkedHashMap<>();
    String place = topic.location().isBlank() ? "" : "\n地点：" + topic.location();
    variables.put(description.name(), topic.description() + (location == null ? place : ""));
    if (location != null) {
      variables.put(location.name(), topic.location());
    }
    if (raisedBy != null) {
      variables.put(raisedBy.name(), topic.name());
    }
    channel.forEach((variable, value) -> variables.put(variable.name(), value));
    return variables;
  }
}
