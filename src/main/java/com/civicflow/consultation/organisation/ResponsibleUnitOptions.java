package com.civicflow.consultation.organisation;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.spin.plugin.variable.SpinValues;
import org.camunda.spin.plugin.variable.value.JsonValue;
import org.springframework.stereotype.Component;

/**
 * The responsible units a form may offer for a matter, read from the organisation directory when the task
 * starts: {@code [{"label": "东华门物业管理公司", "value": "unit-donghuamen-property"}, …]}, the units serving the
 * matter's community, street or district. A task that chooses a unit maps it into a local variable
 * ({@code <camunda:inputParameter name="responsibleUnitOptions">${responsibleUnitOptions.of(execution)}}) and its
 * form's select or checklist reads it ({@code "valuesKey": "responsibleUnitOptions"}), so a new unit in the
 * directory appears in every form without editing a form. The server checks the choice again on completion.
 */
@Component("responsibleUnitOptions")
public class ResponsibleUnitOptions {

  public static final String VARIABLE = "responsibleUnitOptions";

  private final OrganisationDirectory directory;
  private final ObjectMapper json = new ObjectMapper();

  ResponsibleUnitOptions(OrganisationDirectory directory) {
    this.directory = directory;
  }

  public JsonValue of(DelegateExecution execution) {
    ArrayNode options = json.createArrayNode();
    directory.responsibleUnitsServing(execution.getTenantId())
        .forEach(u -> options.addObject().put("label", u.name()).put("value", u.id()));
    return SpinValues.jsonValue(options.toString()).create();
  }
}
