package com.civicflow.consultation.organisation;

import com.civicflow.consultation.matter.FormOptions;
import org.camunda.bpm.engine.delegate.DelegateExecution;
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

  ResponsibleUnitOptions(OrganisationDirectory directory) {
    this.directory = directory;
  }

  public JsonValue of(DelegateExecution execution) {
    return FormOptions.json(directory.responsibleUnitsServing(execution.getTenantId()).stream()
        .map(u -> new FormOptions.Option(u.name(), u.id())).toList());
  }
}
