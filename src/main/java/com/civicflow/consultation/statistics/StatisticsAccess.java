package com.civicflow.consultation.statistics;

import com.civicflow.consultation.archive.ArchiveAccess;
import com.civicflow.consultation.matter.Submission;
import com.civicflow.consultation.organisation.OrgLevel;
import com.civicflow.consultation.organisation.OrgUnit;
import com.civicflow.consultation.organisation.OrganisationDirectory;
import com.civicflow.consultation.organisation.RoleGroup;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;

/**
 * Who sees which figures. Supervisors, district civil affairs, street offices and administrators open the
 * statistics; everyone else is refused. They see the tenants the archive lets them read — their own district,
 * street or communities, nothing else — and may narrow that to one district, street or community, one model and a
 * period. Whatever they ask is checked here before any query runs.
 */
@Component
class StatisticsAccess {

  private final ArchiveAccess archive;
  private final OrganisationDirectory directory;

  StatisticsAccess(ArchiveAccess archive, OrganisationDirectory directory) {
    this.archive = archive;
    this.directory = directory;
  }

  boolean mayOpen(String userId) {
    return archive.isSupervisory(userId) || archive.hasRole(userId, RoleGroup.STREET_OFFICE);
  }

  /** The user's checked request; {@link StatisticsRefused} (400/403, Chinese message) when it cannot be served. */
  StatisticsScope scope(String userId, String unit, String model, String from, String to) {
    List<String> readable = archive.readableTenants(userId);
    List<OrgUnit> units = directory.tenants().stream().filter(u -> readable.contains(u.id())).toList();
    List<ConsultationModel> models = modelsOf(units);
    String chosenUnit = blankToNull(unit);
    List<String> tenants = chosenUnit == null ? units.stream().map(OrgUnit::id).toList() : within(chosenUnit, readable);
    String chosenModel = blankToNull(model);
    List<ConsultationModel> chosenModels = chosenModel == null ? models : List.of(ConsultationModel.byKey(chosenModel)
        .orElseThrow(() -> new StatisticsRefused(HttpStatus.BAD_REQUEST, "没有这种协商模式：" + chosenModel)));
    LocalDate first = date(from, "开始日期");
    LocalDate last = date(to, "结束日期");
    if (first != null && last != null && last.isBefore(first)) {
      throw new StatisticsRefused(HttpStatus.BAD_REQUEST, "结束日期不能早于开始日期。");
    }
    StatisticsFilter filter = new StatisticsFilter(tenants, chosenModels,
        first == null ? StatisticsFilter.BEGINNING : first.atStartOfDay(Submission.ZONE).toInstant(),
        last == null ? StatisticsFilter.END : last.plusDays(1).atStartOfDay(Submission.ZONE).toInstant());
    return new StatisticsScope(filter,
        units.stream().map(u -> new StatisticsScope.Option(u.id(), indent(u) + u.name())).toList(),
        models.stream().map(m -> new StatisticsScope.Option(m.matterKey(), m.label())).toList(),
        chosenUnit, chosenModel, first == null ? null : first.toString(), last == null ? null : last.toString(),
        description(units, chosenUnit, chosenModel == null ? "全部协商模式" : chosenModels.get(0).label(), first, last));
  }

  private List<String> within(String unitId, List<String> readable) {
    OrgUnit unit = directory.find(unitId).filter(u -> u.level().isTenant())
        .orElseThrow(() -> new StatisticsRefused(HttpStatus.BAD_REQUEST, "没有编号为“" + unitId + "”的区、街道或社区。"));
    if (!readable.contains(unit.id())) {
      throw new StatisticsRefused(HttpStatus.FORBIDDEN, "您无权查看“" + directory.fullName(unit.id()) + "”的统计。");
    }
    return directory.tenantsWithin(unit.id()).stream().filter(readable::contains).toList();
  }

  /** The models of the districts the units belong to, in the catalogue's order. */
  private List<ConsultationModel> modelsOf(List<OrgUnit> units) {
    Set<ConsultationModel> models = new HashSet<>();
    units.stream().map(u -> directory.districtOf(u.id()).id()).distinct()
        .flatMap(district -> directory.modelsOf(district).stream())
        .forEach(key -> ConsultationModel.ofProcess(key).ifPresent(models::add));
    return List.of(ConsultationModel.values()).stream().filter(models::contains).toList();
  }

  private String description(List<OrgUnit> units, String unit, String models, LocalDate first, LocalDate last) {
    Set<String> scope = new LinkedHashSet<>();
    if (unit != null) {
      scope.add(directory.fullName(unit));
    } else {
      units.stream().filter(u -> u.parentId() == null || units.stream().noneMatch(p -> p.id().equals(u.parentId())))
          .forEach(u -> scope.add(directory.fullName(u.id())));
    }
    String period = first == null && last == null ? "全部时间"
        : (first == null ? "" : first + " 起") + (last == null ? "" : " 至 " + last);
    return (scope.isEmpty() ? "（无可查看的单位）" : String.join("、", scope)) + " · " + models + " · " + period.trim();
  }

  private static String indent(OrgUnit unit) {
    return unit.level() == OrgLevel.DISTRICT ? "" : unit.level() == OrgLevel.STREET ? "　" : "　　";
  }

  private static LocalDate date(String text, String label) {
    String value = blankToNull(text);
    if (value == null) {
      return null;
    }
    try {
      return LocalDate.parse(value);
    } catch (DateTimeParseException e) {
      throw new StatisticsRefused(HttpStatus.BAD_REQUEST, label + "应为“年-月-日”格式，例如 2026-01-01。");
    }
  }

  private static String blankToNull(String value) {
    return value == null || value.isBlank() ? null : value.trim();
  }

  Optional<String> user(jakarta.servlet.http.HttpServletRequest request) {
    return archive.user(request);
  }
}
