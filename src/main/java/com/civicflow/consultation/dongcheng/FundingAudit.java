package com.civicflow.consultation.dongcheng;

import static com.civicflow.consultation.dongcheng.PeriodicVariables.*;

import com.civicflow.consultation.matter.InvalidSubmissionException;
import com.civicflow.consultation.matter.MatterVariables;
import com.civicflow.consultation.matter.Submission;
import com.civicflow.consultation.organisation.OrganisationDirectory;
import java.time.LocalDate;
import java.util.List;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;

/**
 * 定期组织开展审计 of the 协商资金: the street audits a community's fundings of one year
 * ({@code dongcheng-funding-audit}, in the community's tenant, started by the street office) and marks the year
 * audited ({@link FundingLedger}); one audit per community and year.
 */
@Service
class FundingAudit {

  private final FundingLedger ledger;
  private final RuntimeService runtime;
  private final OrganisationDirectory directory;

  FundingAudit(FundingLedger ledger, RuntimeService runtime, OrganisationDirectory directory) {
    this.ledger = ledger;
    this.runtime = runtime;
    this.directory = directory;
  }

  void started(DelegateExecution execution) {
    RatingRound.streetOfficeOnly("发起协商资金审计");
    Submission form = Submission.of(execution);
    int thisYear = LocalDate.ofInstant(ClockUtil.getCurrentTime().toInstant(), Submission.ZONE).getYear();
    int year = (int) form.number(AUDIT_YEAR, "审计年度", 2016, thisYear);
    String community = execution.getTenantId();
    String name = directory.unit(community).name();
    if (ledger.audit(community, year).isPresent()) {
      throw new InvalidSubmissionException(name + year + "年度的协商资金已经审计，不能重复审计");
    }
    if (runtime.createProcessInstanceQuery().processDefinitionKey(FUNDING_AUDIT_KEY).tenantIdIn(community)
        .variableValueEquals(AUDIT_YEAR.name(), (long) year).count() > 0) {
      throw new InvalidSubmissionException(name + year + "年度的协商资金审计正在进行，不能重复发起");
    }
    List<FundingLedger.Funding> fundings = ledger.of(community, year);
    AUDIT_YEAR.set(execution, (long) year);
    FUNDING_RECORD_COUNT.set(execution, (long) fundings.size());
    FUNDING_TOTAL.set(execution, fundings.stream().mapToLong(FundingLedger.Funding::amount).sum());
    FUNDING_RECORDS.set(execution, fundings.isEmpty() ? "本年度没有协商资金" : String.join("\n", fundings.stream()
        .map(f -> f.matterNumber() + "｜" + f.topic() + "｜" + f.source() + " " + f.amount() + " 元｜用途：" + f.use()
            + "｜经" + f.meetingKind() + "决定（" + f.votes() + "）").toList()));
    MatterVariables.TOPIC.set(execution, year + "年度协商资金审计");
  }

  private static String auditedBy(DelegateTask task) {
    org.camunda.bpm.engine.impl.identity.Authentication user =
        org.camunda.bpm.engine.impl.context.Context.getCommandContext().getAuthentication();
    return user != null && user.getUserId() != null ? user.getUserId() : task.getAssignee();
  }

  void audited(DelegateTask task) {
    Submission form = Submission.of(task);
    String auditor = form.text(AUDITOR, "审计机构或人员");
    String conclusion = form.oneOf(AUDIT_CONCLUSION, "审计结论", CONCLUSIONS);
    String opinion = form.text(AUDIT_OPINION, "审计意见");
    int year = AUDIT_YEAR.required(task).intValue();
    try {
      ledger.recordAudit(task.getTenantId(), new FundingLedger.Audit(year, auditor, conclusion, opinion,
          FUNDING_RECORD_COUNT.required(task).intValue(), FUNDING_TOTAL.required(task), ClockUtil.getCurrentTime()),
          auditedBy(task), task.getProcessInstanceId());
    } catch (DuplicateKeyException twice) {
      throw new InvalidSubmissionException(directory.unit(task.getTenantId()).name() + year + "年度的协商资金已经审计，不能重复审计");
    }
  }
}
