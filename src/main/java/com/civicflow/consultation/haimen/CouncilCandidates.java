package com.civicflow.consultation.haimen;

import com.civicflow.consultation.matter.FormOptions;
import com.civicflow.consultation.matter.MatterVariables;
import com.civicflow.consultation.organisation.Staff;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import org.camunda.spin.plugin.variable.SpinValues;
import org.camunda.spin.plugin.variable.value.JsonValue;
import org.springframework.stereotype.Component;

/**
 * What the election's forms offer instead of typed names and user names: a nomination chooses the community's own
 * users ({@code ${councilCandidates.eligible(execution)}}: 茅建华（三南社区民主协商理事会）, value the user id) next to
 * the residents it names; a screening strikes from the current candidates ({@code ${councilCandidates.current(execution)}}:
 * the candidates' names); an upheld objection takes the seat of one of the elected
 * ({@code ${councilCandidates.elected(execution)}}). The server checks every choice against the same lists ({@link Election}).
 */
@Component("councilCandidates")
public class CouncilCandidates {

  private static final ObjectMapper JSON = new ObjectMapper();

  private final CouncilGroups councils;

  CouncilCandidates(CouncilGroups councils) {
    this.councils = councils;
  }

  public JsonValue eligible(DelegateExecution execution) {
    return FormOptions.json(eligible(MatterVariables.COMMUNITY_ID.required(execution)));
  }

  List<FormOptions.Option> eligible(String communityId) {
    return councils.communityUsers(communityId).stream()
        .map(user -> new FormOptions.Option(Staff.labelOf(user), user.getId(), Map.of("name", Staff.nameOf(user))))
        .toList();
  }

  /**
   * An empty Json list, the start value of a task-local taglist or dynamic list: Tasklist submits a list with the type
   * of the variable it found (a null variable would turn the submitted list into null).
   */
  public JsonValue emptyList() {
    return FormOptions.json(List.of());
  }

  public JsonValue current(DelegateExecution execution) {
    return FormOptions.json(current(Election.candidates(execution)));
  }

  /** The members elected so far, for a nomination to see and an upheld objection to choose from. */
  public JsonValue elected(DelegateExecution execution) {
    return FormOptions.json(current(Election.elected(execution)));
  }

  /**
   * The ballot's table before it is filled in: one row per current candidate ({@code name}; {@code votes} left for the
   * count), the dedicated variable the ballot form's dynamic list is bound to.
   */
  public JsonValue ballotRows(DelegateExecution execution) {
    ArrayNode rows = JSON.createArrayNode();
    Election.candidates(execution).forEach(c -> rows.addObject().put("name", c.name()));
    return SpinValues.jsonValue(rows.toString()).create();
  }

  static List<FormOptions.Option> current(List<Candidate> candidates) {
    return candidates.stream().map(c -> new FormOptions.Option(c.name(), c.name())).toList();
  }
}
