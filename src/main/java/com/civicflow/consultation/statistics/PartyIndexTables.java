package com.civicflow.consultation.statistics;

import static com.civicflow.consultation.statistics.Figures.percent;

import com.civicflow.consultation.organisation.OrgUnit;
import com.civicflow.consultation.organisation.OrganisationDirectory;
import com.civicflow.consultation.organisation.PartyOrganisation;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.springframework.stereotype.Component;

/**
 * 垦利's 堡垒指数 and 先锋指数 as two tables of the statistics: the inputs the seed names (“把议事协商办结情况纳入各级党组织
 * ‘堡垒指数’考评体系，把党员任务领办情况纳入党员‘先锋指数’评议体系”) per party organisation and per party member, and
 * the weighted figure only where the district has weighted them ({@link PartyIndexWeights}).
 */
@Component
class PartyIndexTables {

  static final String FORTRESS = "party-fortress";
  static final String VANGUARD = "party-vanguard";
  static final List<String> FORTRESS_INDICATORS = List.of("协商事项数", "办结数", "办结率", "按期办结数", "按期办结率",
      "居民满意数", "居民满意率");
  static final List<String> VANGUARD_INDICATORS = List.of("领办任务数", "完成任务数", "按时完成数", "按时完成率", "参与事项数");

  private final PartyIndexFigures figures;
  private final PartyIndexWeights weights;
  private final OrganisationDirectory directory;
  private final IdentityService identity;

  PartyIndexTables(PartyIndexFigures figures, PartyIndexWeights weights, OrganisationDirectory directory,
      IdentityService identity) {
    this.figures = figures;
    this.weights = weights;
    this.directory = directory;
    this.identity = identity;
  }

  /** The two tables, when the filter covers 垦利's model in a district that uses it; else none (other districts never see them). */
  List<Table> tables(StatisticsFilter filter, Instant now) {
    if (!coversKenli(filter, directory)) {
      return List.of();
    }
    return List.of(fortress(figures.fortresses(filter, now)), vanguard(figures.vanguards(filter, now)));
  }

  private Table fortress(List<PartyIndexFigures.Fortress> rows) {
    List<List<Object>> table = new ArrayList<>();
    Map<String, String> notes = new LinkedHashMap<>();
    for (PartyIndexFigures.Fortress f : rows) {
      OrgUnit unit = directory.find(f.unit() == null ? f.tenant() : f.unit()).orElse(directory.unit(f.tenant()));
      PartyOrganisation party = PartyOrganisation.of(unit, directory);
      Map<String, Object> values = values(FORTRESS_INDICATORS, f.raised(), f.closed(), percent(f.closed(), f.raised()),
          f.closedOnTime(), percent(f.closedOnTime(), f.closed()), f.satisfied(), percent(f.satisfied(), f.evaluated()));
      PartyIndexWeights.Weights w = weightsOf(f.tenant(), PartyIndexWeights.FORTRESS, FORTRESS_INDICATORS, notes);
      table.add(row(List.<Object>of(party.name(), party.level().label()), values, w));
    }
    List<String> columns = columns(List.of("党组织", "层级"), FORTRESS_INDICATORS);
    return new Table(FORTRESS, "堡垒指数：各级党组织议事协商办结情况",
        "按牵头协商的党组织（事项的协商层级单位：社区党委、小区党支部、楼栋党小组，镇街、区）统计垦利区八步议事法的事项。"
            + "办结 = 已结束（含由上级研究办结）；按期办结 = 办结且没有逾期落实或逾期未落实的成果；居民满意 = “评”中满意或基本满意。"
            + String.join("", notes.values()),
        columns, table, false, new Table.Chart("bar", List.of(0), List.of(2, 3, 5)));
  }

  private Table vanguard(List<PartyIndexFigures.Vanguard> rows) {
    List<List<Object>> table = new ArrayList<>();
    Map<String, String> notes = new LinkedHashMap<>();
    for (PartyIndexFigures.Vanguard v : rows) {
      Map<String, Object> values = values(VANGUARD_INDICATORS, v.led(), v.done(), v.onTime(), percent(v.onTime(), v.done()),
          v.matters());
      PartyIndexWeights.Weights w = weightsOf(v.tenant(), PartyIndexWeights.VANGUARD, VANGUARD_INDICATORS, notes);
      table.add(row(List.<Object>of(memberName(v.member()), PartyOrganisation.of(directory.unit(v.tenant()), directory).name()),
          values, w));
    }
    List<String> columns = columns(List.of("党员", "事项所属党组织"), VANGUARD_INDICATORS);
    return new Table(VANGUARD, "先锋指数：党员任务领办情况",
        "党员 = 角色组“党员”（party-member）的成员，按其领办（签收或完成）的垦利区议事协商任务统计，含办理、督办等被调用流程的任务；"
            + "按时完成 = 在任务期限内完成（无期限的任务按时）。" + String.join("", notes.values()),
        columns, table, false, new Table.Chart("bar", List.of(0), List.of(2, 3, 4)));
  }

  private PartyIndexWeights.Weights weightsOf(String tenant, String index, List<String> indicators, Map<String, String> notes) {
    OrgUnit district = directory.districtOf(tenant);
    PartyIndexWeights.Weights w = weights.of(district.id(), index, indicators);
    notes.putIfAbsent(district.id(), district.name() + "：" + w.describe());
    return w;
  }

  /** The row: who, then each indicator's value, then the weighted figure (null without the district's weights). */
  private static List<Object> row(List<Object> who, Map<String, Object> values, PartyIndexWeights.Weights weights) {
    List<Object> row = new ArrayList<>(who);
    row.addAll(values.values());
    row.add(weights.weigh(values));
    return row;
  }

  private static List<String> columns(List<String> who, List<String> indicators) {
    List<String> columns = new ArrayList<>(who);
    indicators.forEach(indicator -> columns.add(indicator.endsWith("率") ? indicator + "（%）" : indicator));
    columns.add("加权值");
    return columns;
  }

  /** The indicators' values in order: counts (Long) and rates in per cent (Double, null without a whole). */
  private static Map<String, Object> values(List<String> indicators, Object... values) {
    Map<String, Object> byIndicator = new LinkedHashMap<>();
    for (int i = 0; i < indicators.size(); i++) {
      byIndicator.put(indicators.get(i), values[i]);
    }
    return byIndicator;
  }

  private String memberName(String userId) {
    User user = identity.createUserQuery().userId(userId).singleResult();
    return user == null ? userId : (user.getFirstName() == null ? "" : user.getFirstName())
        + (user.getLastName() == null ? "" : user.getLastName());
  }

  /** Whether the filter covers 垦利's model in a district that uses it (other districts never see 垦利's tables). */
  static boolean coversKenli(StatisticsFilter filter, OrganisationDirectory directory) {
    return filter.models().contains(ConsultationModel.KENLI) && filter.tenants().stream()
        .anyMatch(tenant -> directory.modelsOf(directory.districtOf(tenant).id()).contains(ConsultationModel.KENLI.matterKey()));
  }
}
