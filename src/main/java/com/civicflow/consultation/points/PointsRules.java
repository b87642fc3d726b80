package com.civicflow.consultation.points;

import com.civicflow.consultation.matter.InvalidSubmissionException;
import java.util.Map;
import org.camunda.bpm.dmn.engine.DmnDecisionResultEntries;
import org.camunda.bpm.engine.DecisionService;
import org.camunda.bpm.engine.variable.Variables;
import org.springframework.stereotype.Component;

/**
 * How many points an earning is worth: the table {@value #DECISION} (processes/kenli-points-rules.dmn) an administrator
 * edits — points = 每次积分 + 每小时积分 × hours. Evaluated inside the step that earns (a task listener of a staff member
 * or a job): the table is the product's own rule, not the user's action, so the evaluation skips the authorization
 * check that a REST call to evaluate a decision would make.
 */
@Component
public class PointsRules {

  public static final String DECISION = "kenli-points-rules";

  private final DecisionService decisions;

  PointsRules(DecisionService decisions) {
    this.decisions = decisions;
  }

  /** The points of an earning of this kind; {@code serviceType} and {@code hours} matter for 志愿服务 only. */
  public long points(PointsKind kind, String serviceType, long hours) {
    DmnDecisionResultEntries result = AsProduct.call(() -> decisions.evaluateDecisionByKey(DECISION)
        .decisionDefinitionWithoutTenantId()
        .variables(Variables.createVariables().putValue("pointsKind", kind.label()).putValue("serviceType", serviceType)
            .putValue("serviceHours", hours))
        .evaluate().getFirstResult());
    if (result == null) {
      throw new InvalidSubmissionException("积分规则表 " + DECISION + " 没有“" + kind.label()
          + (serviceType == null ? "" : "·" + serviceType) + "”的规则，请联系系统管理员");
    }
    return value(result, "points") + value(result, "pointsPerHour") * hours;
  }

  private static long value(Map<String, Object> result, String name) {
    Object value = result.get(name);
    return value instanceof Number n ? Math.max(0, n.longValue()) : 0;
  }
}
