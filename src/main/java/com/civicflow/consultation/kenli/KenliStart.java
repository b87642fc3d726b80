package com.civicflow.consultation.kenli;

import static com.civicflow.consultation.kenli.KenliVariables.CONSULTATION_LEVEL;
import static com.civicflow.consultation.kenli.KenliVariables.HANDLING_ROUND;
import static com.civicflow.consultation.kenli.KenliVariables.MEETING_ROUND;
import static com.civicflow.consultation.kenli.KenliVariables.ORG_UNIT_ID;
import static com.civicflow.consultation.kenli.KenliVariables.ORG_UNIT_NAME;
import static com.civicflow.consultation.kenli.KenliVariables.RAISED_BY;
import static com.civicflow.consultation.kenli.KenliVariables.TOPIC_CHANNEL;
import static com.civicflow.consultation.kenli.KenliVariables.TOPIC_DESCRIPTION;
import static com.civicflow.consultation.matter.MatterVariables.TOPIC;

import com.civicflow.consultation.form.FormCheck;
import com.civicflow.consultation.matter.FieldLabels;
import com.civicflow.consultation.matter.InvalidSubmissionException;
import com.civicflow.consultation.matter.MatterVariables;
import com.civicflow.consultation.matter.Submission;
import com.civicflow.consultation.organisation.OrgLevel;
import com.civicflow.consultation.organisation.OrgUnit;
import com.civicflow.consultation.organisation.OrganisationDirectory;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.impl.persistence.entity.ExecutionEntity;
import org.springframework.stereotype.Component;

/**
 * 集 — start listener of {@code kenli-eight-step} ({@code ${kenliStart}}): checks what the start form (or a
 * referral from the level below) submitted, and fixes the unit the consultation runs at. The unit must be of
 * the chosen level and belong to the matter's tenant (a grid or building belongs to its community).
 */
@Component("kenliStart")
class KenliStart implements ExecutionListener {

  static final Map<String, OrgLevel> LEVELS = Map.of("区", OrgLevel.DISTRICT, "镇街", OrgLevel.STREET,
      "社区", OrgLevel.COMMUNITY, "小区", OrgLevel.GRID, "楼栋", OrgLevel.BUILDING);

  private final OrganisationDirectory directory;
  private final FieldLabels labels;

  KenliStart(OrganisationDirectory directory, FieldLabels labels) {
    this.directory = directory;
    this.labels = labels;
  }

  @Override
  public void notify(DelegateExecution execution) {
    Submission form = Submission.of(execution);
    form.oneOf(TOPIC_CHANNEL, "征集渠道", KenliProcess.CHANNELS);
    TOPIC.set(execution, form.text(TOPIC, "议题"));
    form.text(TOPIC_DESCRIPTION, "事项描述");
    form.text(RAISED_BY, "提出人");
    String level = form.oneOf(CONSULTATION_LEVEL, "协商层级", KenliProcess.LEVELS);
    String chosen = ORG_UNIT_ID.from(execution).filter(s -> !s.isBlank()).map(String::trim).orElse(null);
    String unitId = chosen != null ? chosen : execution.getTenantId();
    // a unit chosen in 协商单位, else the unit chosen in 所属社区/镇街/区 (the matter's tenant)
    String key = chosen != null ? ORG_UNIT_ID.name() : MatterVariables.COMMUNITY_ID.name();
    String field = FormCheck.startFormLabel(((ExecutionEntity) execution).getProcessDefinition(), key)
        .orElseGet(() -> labels.of(key));
    OrgUnit unit = directory.find(unitId).orElseThrow(() -> new InvalidSubmissionException(
        "“" + field + "”中的“" + abbreviated(unitId) + "”不在组织目录中，请从列表中选择"));
    if (unit.level() != LEVELS.get(level)) {
      throw new InvalidSubmissionException("“" + field + "”：“" + unit.name() + "”是" + unit.level().label()
          + "，与协商层级“" + level + "”不符：请选择层级“" + levelName(unit.level()) + "”或选择该层级的单位");
    }
    if (!directory.tenantOf(unitId).equals(execution.getTenantId())) {
      throw new InvalidSubmissionException("“" + field + "”：“" + directory.fullName(unitId) + "”不属于本事项所属的“"
          + directory.unit(execution.getTenantId()).name() + "”");
    }
    ORG_UNIT_ID.set(execution, unitId);
    ORG_UNIT_NAME.set(execution, directory.fullName(unitId));
    MEETING_ROUND.set(execution, 0L);
    HANDLING_ROUND.set(execution, 0L);
  }

  private static String abbreviated(String text) {
    return text.length() <= 40 ? text : text.substring(0, 40) + "…";
  }

  static String levelName(OrgLevel orgLevel) {
    return LEVELS.entrySet().stream().filter(e -> e.getValue() == orgLevel).map(Map.Entry::getKey)
        .findFirst().orElseThrow();
  }
}
