package com.civicflow.consultation.organisation;

import com.civicflow.consultation.matter.FormOptions;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.identity.User;
import org.camunda.spin.plugin.variable.value.JsonValue;
import org.springframework.stereotype.Component;

/**
 * The handlers (办理人/承办人) a form may offer for a matter: the people of each responsible unit serving the matter's
 * tenant, {@code [{"label": "冯经理（解放碑物业服务公司）", "value": "jiefangbei-property", "unit":
 * "unit-jiefangbei-property"}, …]}. A task maps them into a local variable
 * ({@code <camunda:inputParameter name="handlerOptions">${handlerOptions.of(execution)}}); the form's select shows
 * those of the unit chosen above it ({@code "valuesExpression": "=handlerOptions[unit = responsibleUnit]"}). The
 * server checks again that the handler is one of the unit's people ({@code implementationInputCheck}).
 */
@Component("handlerOptions")
public class HandlerOptions {

  public static final String VARIABLE = "handlerOptions";

  private final OrganisationDirectory directory;
  private final IdentityService identity;

  HandlerOptions(OrganisationDirectory directory, IdentityService identity) {
    this.directory = directory;
    this.identity = identity;
  }

  public JsonValue of(DelegateExecution execution) {
    return FormOptions.json(options(execution.getTenantId()));
  }

  List<FormOptions.Option> options(String tenantId) {
    return directory.responsibleUnitsServing(tenantId).stream()
        .flatMap(unit -> identity.createUserQuery().memberOfGroup(unit.id()).orderByUserId().asc().list().stream()
            .map(user -> new FormOptions.Option(label(user, unit), user.getId(), Map.of("unit", unit.id()))))
        .toList();
  }

  /** 冯经理（解放碑物业服务公司）: the person's name and unit, never the user id. */
  private static String label(User user, ResponsibleUnit unit) {
    return Staff.nameOf(user) + "（" + unit.name() + "）";
  }
}
