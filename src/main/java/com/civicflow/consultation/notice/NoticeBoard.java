package com.civicflow.consultation.notice;

import static com.civicflow.consultation.notice.NoticeVariables.NOTICE_ID;

import com.civicflow.consultation.organisation.OrgUnit;
import com.civicflow.consultation.organisation.OrganisationDirectory;
import com.civicflow.consultation.privacy.MatterPeople;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.history.HistoricVariableInstance;
import org.springframework.stereotype.Service;

/**
 * The public notice board's read side. Reads the engine's history as no particular user (no
 * authentication, so no authorization or tenant checks apply) and returns only what is public: the
 * {@link PostedNotice} record, never variables, user ids or engine ids, with the names of the people the matter
 * holds and every phone number masked ({@link MatterPeople}).
 */
@Service
public class NoticeBoard {

  static final int PAGE = 100;

  private final HistoryService history;
  private final OrganisationDirectory directory;
  private final ImplementationProgressReader progress;
  private final MatterPeople people;

  NoticeBoard(HistoryService history, OrganisationDirectory directory, ImplementationProgressReader progress,
      MatterPeople people) {
    this.history = history;
    this.directory = directory;
    this.progress = progress;
    this.people = people;
  }

  /** The communities (and streets, districts) that have a board, in directory order. */
  public List<OrgUnit> boards() {
    return directory.tenants();
  }

  public Optional<OrgUnit> board(String communityId) {
    return directory.find(communityId).filter(u -> u.level().isTenant());
  }

  /** Whether the unit's district works with the model (e.g. the 东城 board also shows 协商资金). */
  public boolean usesModel(String unitId, String processKey) {
    return directory.find(unitId).map(u -> directory.modelsOf(directory.districtOf(u.id()).id()).contains(processKey))
        .orElse(false);
  }

  public String fullName(String communityId) {
    return directory.fullName(communityId);
  }

  /** The community's notices, newest first: current ones and past ones. */
  public List<PostedNotice> notices(String communityId) {
    List<HistoricProcessInstance> instances = history.createHistoricProcessInstanceQuery()
        .processDefinitionKey(PublicNotice.PROCESS_KEY).tenantIdIn(communityId)
        .orderByProcessInstanceStartTime().desc().listPage(0, PAGE);
    return read(instances, false);
  }

  /** One notice, only if it is on this community's board. */
  public Optional<PostedNotice> notice(String communityId, String noticeId) {
    return instanceOf(communityId, noticeId).flatMap(pi -> read(List.of(pi), true).stream().findFirst());
  }

  Optional<HistoricProcessInstance> instanceOf(String communityId, String noticeId) {
    if (noticeId == null || !noticeId.matches("[0-9a-f]{16}")) {
      return Optional.empty();
    }
    return history.createHistoricVariableInstanceQuery().variableName(NOTICE_ID.name())
        .variableValueEquals(NOTICE_ID.name(), noticeId).list().stream()
        .map(v -> history.createHistoricProcessInstanceQuery().processInstanceId(v.getProcessInstanceId()).singleResult())
        .filter(pi -> pi != null && PublicNotice.PROCESS_KEY.equals(pi.getProcessDefinitionKey())
            && communityId.equals(pi.getTenantId()))
        .findFirst();
  }

  private List<PostedNotice> read(List<HistoricProcessInstance> instances, boolean withProgress) {
    if (instances.isEmpty()) {
      return List.of();
    }
    Map<String, NoticeRecord> records = new LinkedHashMap<>();
    instances.forEach(pi -> records.put(pi.getId(), new NoticeRecord(pi)));
    for (HistoricVariableInstance v : history.createHistoricVariableInstanceQuery()
        .processInstanceIdIn(records.keySet().toArray(String[]::new)).disableCustomObjectDeserialization().list()) {
      records.get(v.getProcessInstanceId()).add(v);
    }
    List<PostedNotice> result = new ArrayList<>();
    for (NoticeRecord record : records.values()) {
      if (record.posted()) {
        result.add(record.toNotice(withProgress || record.isResult() ? progress.of(record.matterNumber()) : null));
      }
    }
    Map<String, Set<String>> named = people.of(result.stream().map(PostedNotice::matterNumber).filter(n -> n != null).toList());
    result.replaceAll(notice -> notice.masked(named.getOrDefault(notice.matterNumber(), Set.of())));
    result.sort(Comparator.comparing(PostedNotice::postedAt).reversed());
    return result;
  }
}
