package com.civicflow.consultation.startform;

import com.civicflow.consultation.matter.FormOptions;
import com.civicflow.consultation.matter.MatterParseListener;
import com.civicflow.consultation.matter.OpenMatters;
import com.civicflow.consultation.organisation.OrgLevel;
import com.civicflow.consultation.organisation.OrgUnit;
import com.civicflow.consultation.organisation.OrganisationDirectory;
import com.civicflow.consultation.organisation.StartingUnits;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.impl.pvm.process.ProcessDefinitionImpl;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.springframework.stereotype.Component;

/**
 * The choices of a start form, filled in by the server for the user who opens it. Tasklist 7.24 loads no variables
 * for a Camunda Form that starts a process (a matter has none yet), so a start form cannot read its options from
 * variables as task forms do; it gets them in the form itself. A field names what it offers with {@code valuesKey}
 * (so Camunda Modeler shows it as "input data"), and the deployed form is served with those options written in as
 * the field's {@code values}:
 * <ul>
 *   <li>{@value #UNITS}: the districts, streets and communities the user may start this model's matters in;</li>
 *   <li>{@value #GRIDS}: the grids and buildings of the user's communities;</li>
 *   <li>{@value #OPEN_MATTERS}: the running matters of this model in the user's tenants (关联事项).</li>
 * </ul>
 * A select with a single option gets it as its default; the unit must be chosen by whoever has several (the server
 * takes a user's only tenant when none is given, see {@code CommunityTenantIdProvider}); an optional field with
 * nothing to offer is left out. The server checks every choice again when the matter starts.
 */
@Component
public class StartFormOptions {

  public static final String UNITS = "startUnitOptions";
  public static final String GRIDS = "startGridOptions";
  public static final String OPEN_MATTERS = "openMatterOptions";

  private final StartingUnits units;
  private final OpenMatters matters;
  private final OrganisationDirectory directory;
  private final RepositoryService repository;

  StartFormOptions(StartingUnits units, OpenMatters matters, OrganisationDirectory directory, RepositoryService repository) {
    this.units = units;
    this.matters = matters;
    this.directory = directory;
    this.repository = repository;
  }

  /** The form with its server-filled fields' options for this user; other fields as they are. */
  public JsonNode fill(JsonNode form, String userId, ProcessDefinition definition) {
    if (form.path("components").isArray()) {
      fill((ArrayNode) form.path("components"), new HashMap<>(), userId, definition);
    }
    return form;
  }

  private void fill(ArrayNode components, Map<String, List<FormOptions.Option>> offered, String userId,
      ProcessDefinition definition) {
    for (int i = components.size() - 1; i >= 0; i--) {
      ObjectNode component = (ObjectNode) components.get(i);
      if (component.path("components").isArray()) {
        fill((ArrayNode) component.path("components"), offered, userId, definition);
      }
      String key = component.path("valuesKey").asText("");
      if (!List.of(UNITS, GRIDS, OPEN_MATTERS).contains(key)) {
        continue;
      }
      List<FormOptions.Option> options = offered.computeIfAbsent(key, k -> options(k, userId, definition));
      if (options.isEmpty() && !component.path("validate").path("required").asBoolean()) {
        components.remove(i);
        continue;
      }
      component.remove("valuesKey");
      component.set("values", FormOptions.array(options));
      if (options.size() == 1 && "select".equals(component.path("type").asText())) {
        component.put("defaultValue", options.get(0).value());
      } else if (key.equals(UNITS) && options.size() > 1) {
        component.withObjectProperty("validate").put("required", true); // one unit of her own is the default; of several, she chooses
      }
    }
  }

  List<FormOptions.Option> options(String key, String userId, ProcessDefinition definition) {
    return switch (key) {
      case UNITS -> units.tenants(userId, levels(definition));
      case GRIDS -> units.gridsAndBuildings(userId);
      default -> openMatters(definition, units.tenantsOf(userId).stream().map(OrgUnit::id).toList());
    };
  }

  /**
   * The same choices for a matter whose community is already fixed, as variables a start form shown as a task form
   * reads (网上议事厅's 立项 fills in the model's start form for the topic's community): that community, its grids
   * and buildings, its running matters of the model.
   */
  public Map<String, Object> forCommunity(String communityId, ProcessDefinition definition) {
    OrgUnit community = directory.unit(communityId);
    return Map.of(UNITS, FormOptions.json(List.of(StartingUnits.option(community))),
        GRIDS, FormOptions.json(units.gridsAndBuildings(List.of(community))),
        OPEN_MATTERS, FormOptions.json(openMatters(definition, List.of(communityId))));
  }

  private List<FormOptions.Option> openMatters(ProcessDefinition definition, List<String> tenantIds) {
    return matters.of(definition.getKey(), tenantIds).stream()
        .map(m -> new FormOptions.Option(m.number() + " " + m.topic() + "（" + directory.unit(m.tenantId()).name() + "）",
            m.number()))
        .toList();
  }

  /** The levels the model runs at (its {@code consultationLevels}), none named: any. */
  @SuppressWarnings("unchecked")
  private Set<OrgLevel> levels(ProcessDefinition definition) {
    Object levels = ((ProcessDefinitionImpl) repository.getProcessDefinition(definition.getId()))
        .getProperty(MatterParseListener.CONSULTATION_LEVELS);
    return levels instanceof Set<?> set ? (Set<OrgLevel>) set : Set.of();
  }
}
