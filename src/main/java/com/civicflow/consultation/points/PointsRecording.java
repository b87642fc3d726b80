package com.civicflow.consultation.points;

import static com.civicflow.consultation.points.PointsVariables.BALANCE;
import static com.civicflow.consultation.points.PointsVariables.CODE;
import static com.civicflow.consultation.points.PointsVariables.HOLDER;
import static com.civicflow.consultation.points.PointsVariables.HOLDER_KIND;
import static com.civicflow.consultation.points.PointsVariables.POINTS_KIND;
import static com.civicflow.consultation.points.PointsVariables.RECEIPT;
import static com.civicflow.consultation.points.PointsVariables.RECORDED_POINTS;
import static com.civicflow.consultation.points.PointsVariables.REDEMPTION_ITEM;
import static com.civicflow.consultation.points.PointsVariables.REDEMPTION_POINTS;
import static com.civicflow.consultation.points.PointsVariables.SERVICE_DATE;
import static com.civicflow.consultation.points.PointsVariables.SERVICE_HOURS;
import static com.civicflow.consultation.points.PointsVariables.SERVICE_NOTE;
import static com.civicflow.consultation.points.PointsVariables.SERVICE_TYPE;

import com.civicflow.consultation.matter.InvalidSubmissionException;
import com.civicflow.consultation.matter.MatterVariables;
import com.civicflow.consultation.matter.Submission;
import com.civicflow.consultation.organisation.RoleGroup;
import java.util.Date;
import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.stereotype.Component;

/**
 * 登记治理积分 — start listener of {@code kenli-points} ({@code ${kenliPointsRecord}}): a community's committee staff
 * (or its party secretary) record 志愿服务 (points from the table {@value PointsRules#DECISION}), a 兑换 (refused, with
 * nothing changed, when the balance does not cover it), or hand a resident a new personal code (发放积分码; an account's
 * first record gives it one too). The account is the holder's in the matter's community: another community's staff
 * cannot touch it. The receipt is left for the staff member's receipt task.
 */
@Component("kenliPointsRecord")
class PointsRecording implements ExecutionListener {

  static final List<RoleGroup> RECORDERS = List.of(RoleGroup.COMMITTEE_STAFF, RoleGroup.PARTY_SECRETARY, RoleGroup.ADMINISTRATOR);

  private final PointsLedger ledger;
  private final PointsRules rules;
  private final IdentityService identity;

  PointsRecording(PointsLedger ledger, PointsRules rules, IdentityService identity) {
    this.ledger = ledger;
    this.rules = rules;
    this.identity = identity;
  }

  @Override
  public void notify(DelegateExecution execution) {
    String recorder = MatterVariables.INITIATOR.from(execution).orElse(null);
    if (recorder == null || RECORDERS.stream().noneMatch(role -> holds(recorder, role))) {
      throw new InvalidSubmissionException("治理积分只能由社区“两委”/居委会工作人员或社区党组织书记登记");
    }
    Submission form = Submission.of(execution);
    String kind = form.oneOf(POINTS_KIND, "登记事项", PointsProcess.RECORD_KINDS);
    String holder = form.text(HOLDER, "居民姓名或商户名称");
    if (holder.codePointCount(0, holder.length()) < 2 || holder.length() > PointsProcess.MAX_HOLDER) {
      throw new InvalidSubmissionException("“居民姓名或商户名称”应为 2 到 " + PointsProcess.MAX_HOLDER + " 个字");
    }
    String tenantId = execution.getTenantId();
    var existing = ledger.find(tenantId, holder);
    if (existing.isEmpty() && PointsProcess.REDEMPTION.equals(kind)) {
      throw new InvalidSubmissionException("本社区的积分台账中没有“" + holder + "”，不能兑换：请核对姓名或名称");
    }
    PointsLedger.Account account = existing.orElseGet(() -> ledger.open(tenantId, holder,
        form.oneOf(HOLDER_KIND, "居民或商户", PointsProcess.HOLDER_KINDS)));
    String source = PointsProcess.KEY + "|" + execution.getProcessInstanceId();
    long points = 0;
    String what = "发放积分码";
    if (PointsProcess.VOLUNTEERING.equals(kind)) {
      String type = form.text(SERVICE_TYPE, "服务类别");
      long hours = form.number(SERVICE_HOURS, "服务时长（小时）", 1, PointsProcess.MAX_HOURS);
      Date day = form.dateTime(SERVICE_DATE, "服务日期");
      if (day.after(new Date(ClockUtil.getCurrentTime().getTime() + 24L * 3600 * 1000))) {
        throw new InvalidSubmissionException("“服务日期”不能晚于今天：志愿服务完成后再登记");
      }
      points = rules.points(PointsKind.VOLUNTEERING, type, hours);
      what = "志愿服务·" + type + " " + hours + " 小时（" + Submission.shown(day).substring(0, Submission.shown(day).indexOf(' '))
          + "）：" + form.text(SERVICE_NOTE, "服务内容");
      ledger.earn(account, PointsKind.VOLUNTEERING, points, null, what, source, recorder);
    } else if (PointsProcess.REDEMPTION.equals(kind)) {
      points = form.number(REDEMPTION_POINTS, "兑换所需积分", 1, PointsProcess.MAX_REDEMPTION);
      what = "兑换：" + form.text(REDEMPTION_ITEM, "兑换的实物或服务");
      ledger.redeem(account, points, what, source, recorder);
      points = -points;
    }
    boolean newCode = PointsProcess.ISSUE_CODE.equals(kind) || !account.hasCode();
    if (newCode) {
      CODE.set(execution, ledger.issueCode(account));
    }
    long balance = ledger.balance(account.id());
    HOLDER_KIND.set(execution, account.holderKind());
    RECORDED_POINTS.set(execution, points);
    BALANCE.set(execution, balance);
    RECEIPT.set(execution, account.holder() + "（" + account.holderKind() + "）" + what
        + (points == 0 ? "" : (points > 0 ? "，+" : "，") + points + " 分") + "；当前积分余额 " + balance + " 分"
        + (newCode ? "。已发放新的积分码" + (account.hasCode() ? "，原积分码作废" : "") : ""));
    MatterVariables.TOPIC.set(execution, "治理积分：" + account.holder() + " " + kind);
  }

  private boolean holds(String userId, RoleGroup role) {
    return identity.createUserQuery().userId(userId).memberOfGroup(role.id()).count() > 0;
  }
}
