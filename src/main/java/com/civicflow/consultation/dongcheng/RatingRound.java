package com.civicflow.consultation.dongcheng;

import static com.civicflow.consultation.dongcheng.PeriodicVariables.*;

import com.civicflow.consultation.matter.InvalidSubmissionException;
import com.civicflow.consultation.matter.MatterVariables;
import com.civicflow.consultation.matter.Submission;
import com.civicflow.consultation.organisation.OrgLevel;
import com.civicflow.consultation.organisation.OrganisationDirectory;
import com.civicflow.consultation.organisation.RoleGroup;
import java.time.LocalDate;
import java.util.Date;
import java.util.List;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.variable.Variables;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.stereotype.Service;

/**
 * 社区居委会定期组织参与社区协商的各类主体，对街道和区有关部门…进行评议: the street starts a round for a year or a
 * quarter ({@code dongcheng-rating-round}); each of its communities that had 东城 matters started in that period
 * rates the street and the departments that took part in them ({@code dongcheng-community-rating}, started here in the
 * community's tenant — the street office's users belong to their communities' tenants — with the round's number).
 * One round per street and period.
 */
@Service("dongchengRatingRound")
public class RatingRound {

  private final HistoryService history;
  private final RuntimeService runtime;
  private final OrganisationDirectory directory;

  RatingRound(HistoryService history, RuntimeService runtime, OrganisationDirectory directory) {
    this.history = history;
    this.runtime = runtime;
    this.directory = directory;
  }

  void started(DelegateExecution execution) {
    streetOfficeOnly("发起评议");
    Submission form = Submission.of(execution);
    int thisYear = LocalDate.ofInstant(ClockUtil.getCurrentTime().toInstant(), Submission.ZONE).getYear();
    long year = form.number(RATING_YEAR, "评议年度", 2016, thisYear);
    String period = form.oneOf(RATING_PERIOD, "评议期间", PERIODS);
    LocalDate first = PERIODS.indexOf(period) == 0 ? LocalDate.of((int) year, 1, 1)
        : LocalDate.of((int) year, 3 * PERIODS.indexOf(period) - 2, 1);
    LocalDate end = PERIODS.indexOf(period) == 0 ? first.plusYears(1) : first.plusMonths(3);
    Date from = Date.from(first.atStartOfDay(Submission.ZONE).toInstant());
    Date to = Date.from(end.atStartOfDay(Submission.ZONE).toInstant());
    if (from.after(ClockUtil.getCurrentTime())) {
      throw new InvalidSubmissionException(year + "年" + period + "尚未开始，不能评议");
    }
    String label = year + "年" + period;
    String street = execution.getTenantId();
    if (history.createHistoricProcessInstanceQuery().processDefinitionKey(RATING_ROUND_KEY).tenantIdIn(street)
        .variableValueEquals(RATING_PERIOD_LABEL.name(), label).count() > 0) {
      throw new InvalidSubmissionException(directory.unit(street).name() + label + "的评议已经发起过，不能重复发起");
    }
    List<String> communities = directory.childrenOf(street).stream().filter(u -> u.level() == OrgLevel.COMMUNITY)
        .map(u -> u.id()).filter(c -> matters(c, from, to) > 0).toList();
    if (communities.isEmpty()) {
      throw new InvalidSubmissionException(directory.unit(street).name() + "各社区" + label + "没有开展东城区社区协商，无需评议");
    }
    RATING_PERIOD_LABEL.set(execution, label);
    RATING_FROM.set(execution, from);
    RATING_TO.set(execution, to);
    RATING_COMMUNITIES.set(execution, String.join(",", communities));
    MatterVariables.TOPIC.set(execution, label + "评议街道和区有关部门");
  }

  /** 各社区组织评议: one rating per community of the round, in the community's tenant. */
  void launch(DelegateExecution execution) {
    for (String community : RATING_COMMUNITIES.required(execution).split(",")) {
      runtime.startProcessInstanceByKey(COMMUNITY_RATING_KEY, Variables.createVariables()
          .putValue(MatterVariables.COMMUNITY_ID.name(), community)
          .putValue(RATING_ROUND.name(), MatterVariables.MATTER_NUMBER.required(execution))
          .putValue(RATING_YEAR.name(), RATING_YEAR.required(execution))
          .putValue(RATING_PERIOD_LABEL.name(), RATING_PERIOD_LABEL.required(execution))
          .putValue(RATING_FROM.name(), RATING_FROM.required(execution))
          .putValue(RATING_TO.name(), RATING_TO.required(execution))
          .putValue(MatterVariables.TOPIC.name(), MatterVariables.TOPIC.required(execution)));
    }
  }

  long matters(String community, Date from, Date to) {
    return history.createHistoricProcessInstanceQuery().processDefinitionKey(DongchengConsultation.PROCESS_KEY)
        .tenantIdIn(community).startedAfter(new Date(from.getTime() - 1)).startedBefore(to).count();
  }

  /** The street's own periodic processes are started by the street office (or an administrator). */
  static void streetOfficeOnly(String what) {
    Authentication user = Context.getCommandContext() == null ? null : Context.getCommandContext().getAuthentication();
    List<String> groups = user == null || user.getGroupIds() == null ? List.of() : user.getGroupIds();
    if (user != null && user.getUserId() != null && !groups.contains(RoleGroup.STREET_OFFICE.id())
        && !groups.contains(RoleGroup.ADMINISTRATOR.id())) {
      throw new InvalidSubmissionException("只有街道办事处可以" + what);
    }
  }
}
