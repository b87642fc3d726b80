package com.civicflow.consultation.organisation;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.core.io.Resource;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/**
 * The organisation directory: district → street/town → community → grid → building, and the
 * responsible units, read from YAML (data an administrator edits, not code). Answers which street
 * office or district is responsible for a community and which tenants a unit's staff may see.
 */
public class OrganisationDirectory {

  private final Map<String, OrgUnit> units = new LinkedHashMap<>();
  private final Map<String, List<String>> children = new LinkedHashMap<>();
  private final Map<String, ResponsibleUnit> responsibleUnits = new LinkedHashMap<>();
  private final Map<String, List<String>> models = new LinkedHashMap<>();
  private final Map<String, List<String>> streetModels = new LinkedHashMap<>();

  public OrganisationDirectory(Resource yaml) {
    try (InputStream in = yaml.getInputStream()) {
      Map<String, Object> root = new Yaml(new SafeConstructor(new LoaderOptions())).load(in);
      read(root == null ? Map.of() : root);
    } catch (IOException e) {
      throw new UncheckedIOException("组织目录无法读取: " + yaml.getDescription(), e);
    }
  }

  private void read(Map<String, Object> root) {
    for (Map<String, Object> d : list(root, "districts")) {
      String districtId = add(d, OrgLevel.DISTRICT, null, string(d, "city"));
      models.put(districtId, districtModels(d));
      Object street = d.get("street-models");
      streetModels.put(districtId, street instanceof List<?> keys ? keys.stream().map(String::valueOf).toList() : List.of());
      for (Map<String, Object> s : list(d, "streets")) {
        String streetId = add(s, OrgLevel.STREET, districtId, null);
        for (Map<String, Object> c : list(s, "communities")) {
          String communityId = add(c, OrgLevel.COMMUNITY, streetId, null);
          for (Map<String, Object> g : list(c, "grids")) {
            String gridId = add(g, OrgLevel.GRID, communityId, null);
            for (Map<String, Object> b : list(g, "buildings")) {
              add(b, OrgLevel.BUILDING, gridId, null);
            }
          }
        }
      }
    }
    for (Map<String, Object> u : list(root, "responsible-units")) {
      String id = string(u, "id");
      @SuppressWarnings("unchecked")
      List<String> serves = (List<String>) u.getOrDefault("serves", List.of());
      serves.forEach(this::unit);
      if (units.containsKey(id) || responsibleUnits.put(id, new ResponsibleUnit(id, string(u, "name"), List.copyOf(serves))) != null) {
        throw new IllegalStateException("组织目录中的编号重复: " + id);
      }
    }
  }

  private String add(Map<String, Object> node, OrgLevel level, String parentId, String city) {
    String id = string(node, "id");
    String name = string(node, "name");
    if (id == null || name == null) {
      throw new IllegalStateException("组织目录中每个" + level.label() + "都需要 id 和 name: " + node);
    }
    String inheritedCity = city != null ? city : parentId == null ? null : units.get(parentId).city();
    if (units.put(id, new OrgUnit(id, name, level, parentId, inheritedCity)) != null) {
      throw new IllegalStateException("组织目录中的编号重复: " + id);
    }
    children.computeIfAbsent(id, k -> new ArrayList<>());
    if (parentId != null) {
      children.get(parentId).add(id);
    }
    return id;
  }

  /** The unit with this id; throws a clear error for an unknown id. */
  public OrgUnit unit(String id) {
    OrgUnit unit = id == null ? null : units.get(id);
    if (unit == null) {
      throw new UnknownOrganisationException("单位", id);
    }
    return unit;
  }

  public Optional<OrgUnit> find(String id) {
    return Optional.ofNullable(id == null ? null : units.get(id));
  }

  public OrgUnit community(String id) {
    OrgUnit unit = unit(id);
    if (unit.level() != OrgLevel.COMMUNITY) {
      throw new UnknownOrganisationException("社区", id);
    }
    return unit;
  }

  /** The street office (街道/镇) responsible for a community, grid or building. */
  public OrgUnit streetOf(String unitId) {
    return ancestor(unitId, OrgLevel.STREET);
  }

  /** The district of any unit. */
  public OrgUnit districtOf(String unitId) {
    return ancestor(unitId, OrgLevel.DISTRICT);
  }

  /** The community a grid or building belongs to (a community is its own community). */
  public OrgUnit communityOf(String unitId) {
    return ancestor(unitId, OrgLevel.COMMUNITY);
  }

  /** The level above a unit, or empty for a district (for referrals such as 社区提请 → 镇街联席会). */
  public Optional<OrgUnit> parentOf(String unitId) {
    return find(unit(unitId).parentId());
  }

  private OrgUnit ancestor(String unitId, OrgLevel level) {
    OrgUnit unit = unit(unitId);
    while (unit.level() != level) {
      if (unit.parentId() == null || unit.level().ordinal() < level.ordinal()) {
        throw new IllegalArgumentException(unit.name() + "不属于任何" + level.label());
      }
      unit = units.get(unit.parentId());
    }
    return unit;
  }

  /** The tenant that owns a unit's consultations: grids and buildings belong to their community. */
  public String tenantOf(String unitId) {
    OrgUnit unit = unit(unitId);
    return unit.level().isTenant() ? unit.id() : communityOf(unitId).id();
  }

  /** The unit's own tenant and every tenant below it: what the unit's staff may see. */
  public List<String> tenantsWithin(String unitId) {
    List<String> result = new ArrayList<>();
    collectTenants(tenantOf(unitId), result);
    return result;
  }

  private void collectTenants(String id, List<String> result) {
    if (units.get(id).level().isTenant()) {
      result.add(id);
      children.get(id).forEach(child -> collectTenants(child, result));
    }
  }

  public List<OrgUnit> units(OrgLevel level) {
    return units.values().stream().filter(u -> u.level() == level).toList();
  }

  public List<OrgUnit> tenants() {
    return units.values().stream().filter(u -> u.level().isTenant()).toList();
  }

  public List<OrgUnit> childrenOf(String unitId) {
    unit(unitId);
    return children.get(unitId).stream().map(units::get).toList();
  }

  public Optional<ResponsibleUnit> responsibleUnit(String id) {
    return Optional.ofNullable(id == null ? null : responsibleUnits.get(id));
  }

  public List<ResponsibleUnit> responsibleUnits() {
    return List.copyOf(responsibleUnits.values());
  }

  /** The responsible units that may be given a matter of this tenant, in the directory's order. */
  public List<ResponsibleUnit> responsibleUnitsServing(String tenantId) {
    return responsibleUnits.values().stream().filter(u -> tenantsServedBy(u.id()).contains(tenantId)).toList();
  }

  /** The tenants whose matters a responsible unit may be given. */
  public List<String> tenantsServedBy(String responsibleUnitId) {
    ResponsibleUnit unit = responsibleUnit(responsibleUnitId)
        .orElseThrow(() -> new UnknownOrganisationException("责任单位", responsibleUnitId));
    return unit.serves().stream().flatMap(s -> tenantsWithin(s).stream()).distinct().toList();
  }

  /** A unit's name with the names above it, e.g. 渝中区解放碑街道民族路社区. */
  public String fullName(String unitId) {
    List<String> names = new ArrayList<>();
    for (OrgUnit u = unit(unitId); u != null; u = u.parentId() == null ? null : units.get(u.parentId())) {
      names.add(u.name());
    }
    Collections.reverse(names);
    return String.join("", names);
  }

  /** {@code model: key} or {@code models: [key, …]}: the process keys the district's staff start. */
  private static List<String> districtModels(Map<String, Object> district) {
    Object value = district.containsKey("models") ? district.get("models") : district.get("model");
    if (value == null) {
      return List.of();
    }
    List<String> keys = value instanceof List<?> list ? list.stream().map(String::valueOf).toList() : List.of(value.toString());
    return List.copyOf(keys);
  }

  /**
   * The consultation models (process keys) a district uses: its staff may start these and no others.
   * Empty for a district that names none (then its staff start nothing until the directory names them).
   */
  public List<String> modelsOf(String districtId) {
    if (unit(districtId).level() != OrgLevel.DISTRICT) {
      throw new IllegalArgumentException(districtId + " 不是区（县级市）");
    }
    return models.getOrDefault(districtId, List.of());
  }

  /** {@code street-models}: the process keys only the district's street offices start (periodic rounds, audits). */
  public List<String> streetModelsOf(String districtId) {
    return streetModels.getOrDefault(districtId, List.of());
  }

  @SuppressWarnings("unchecked")
  private static List<Map<String, Object>> list(Map<String, Object> node, String key) {
    Object value = node.get(key);
    return value == null ? List.of() : (List<Map<String, Object>>) value;
  }

  private static String string(Map<String, Object> node, String key) {
    Object value = node.get(key);
    return value == null ? null : value.toString();
  }
}
