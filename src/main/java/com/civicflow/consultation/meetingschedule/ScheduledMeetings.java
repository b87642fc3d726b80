package com.civicflow.consultation.meetingschedule;

import static com.civicflow.consultation.matter.MatterVariables.COMMUNITY_ID;

import com.civicflow.consultation.matter.ProcessVariable;
import com.civicflow.consultation.matter.Submission;
import com.civicflow.consultation.organisation.OrgLevel;
import com.civicflow.consultation.organisation.OrgUnit;
import com.civicflow.consultation.organisation.OrganisationDirectory;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.Variables;
import org.springframework.stereotype.Component;

/**
 * The meetings a platform schedule starts for every community on its day (垦利 逢十议事, 渝中 每月协商议事会议): a
 * diagram whose timer start event runs every morning as one engine job for the whole cluster calls a delegate that
 * asks this class to start one meeting process per community, in that community's tenant. The whole run is one
 * transaction: the job's lock and the engine's optimistic locking let only one node's run commit, and a failed run
 * starts nothing and is retried. A meeting already started for a community and occasion (a retried or repeated run)
 * is not started again; its business key is {@link #businessKey}.
 */
@Component
public class ScheduledMeetings {

  private final RuntimeService runtime;
  private final HistoryService history;
  private final OrganisationDirectory directory;

  ScheduledMeetings(RuntimeService runtime, HistoryService history, OrganisationDirectory directory) {
    this.runtime = runtime;
    this.history = history;
    this.directory = directory;
  }

  /**
   * One round of meetings: the process started per community, the code in its business key (RM, MM …), the variable
   * naming the occasion (a nominal date or a month) that keeps a meeting from starting twice, and further variables.
   */
  public record Occasion(String processKey, String code, ProcessVariable<String> occasionVariable, String occasion,
      Map<String, Object> variables) {}

  /** Today by the engine clock (ClockUtil), in Beijing. */
  public static LocalDate today() {
    return ClockUtil.getCurrentTime().toInstant().atZone(Submission.ZONE).toLocalDate();
  }

  /** That day at that hour, Beijing time. */
  public static Date at(LocalDate day, int hour) {
    return Date.from(day.atTime(hour, 0).atZone(Submission.ZONE).toInstant());
  }

  /** The communities of the organisation directory whose district (its id) passes the test. */
  public List<OrgUnit> communitiesOf(Predicate<String> district) {
    return directory.units(OrgLevel.COMMUNITY).stream()
        .filter(community -> district.test(directory.districtOf(community.id()).id())).toList();
  }

  /** Starts the occasion's meeting in each community that has none yet; returns the communities started for. */
  public List<String> start(Occasion occasion, List<OrgUnit> communities) {
    Set<String> done = startedFor(occasion);
    List<String> started = new ArrayList<>();
    for (OrgUnit community : communities) {
      if (!done.contains(community.id())) {
        VariableMap variables = Variables.createVariables().putValue(COMMUNITY_ID.name(), community.id())
            .putValue(occasion.occasionVariable().name(), occasion.occasion());
        variables.putAll(occasion.variables());
        runtime.startProcessInstanceByKey(occasion.processKey(),
            businessKey(community.id(), occasion.code(), occasion.occasion()), variables);
        started.add(community.id());
      }
    }
    return started;
  }

  /**
   * A meeting's own readable number, e.g. {@code YANGMIAO-RM-2026-11-10} or {@code MINZULU-MM-2026-12}: it is no
   * consultation matter and takes no number from the matters' sequence.
   */
  public static String businessKey(String communityId, String code, String occasion) {
    return communityId.toUpperCase().replace("-", "") + "-" + code + "-" + occasion;
  }

  private Set<String> startedFor(Occasion occasion) {
    Set<String> tenants = new HashSet<>();
    for (HistoricProcessInstance meeting : history.createHistoricProcessInstanceQuery()
        .processDefinitionKey(occasion.processKey())
        .variableValueEquals(occasion.occasionVariable().name(), occasion.occasion()).list()) {
      tenants.add(meeting.getTenantId());
    }
    return tenants;
  }
}
