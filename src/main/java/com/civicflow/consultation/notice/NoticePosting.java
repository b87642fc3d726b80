package com.civicflow.consultation.notice;

import static com.civicflow.consultation.notice.NoticeVariables.NOTICE_BODY;
import static com.civicflow.consultation.notice.NoticeVariables.NOTICE_CLOSED_AT;
import static com.civicflow.consultation.notice.NoticeVariables.NOTICE_CLOSES_AT;
import static com.civicflow.consultation.notice.NoticeVariables.NOTICE_ID;
import static com.civicflow.consultation.notice.NoticeVariables.NOTICE_KIND;
import static com.civicflow.consultation.notice.NoticeVariables.NOTICE_PERIOD_DAYS;
import static com.civicflow.consultation.notice.NoticeVariables.NOTICE_POSTED_AT;
import static com.civicflow.consultation.notice.NoticeVariables.NOTICE_STATUS;
import static com.civicflow.consultation.notice.NoticeVariables.NOTICE_TITLE;
import static com.civicflow.consultation.notice.NoticeVariables.OBJECTION_COUNT;
import static com.civicflow.consultation.notice.NoticeVariables.OBJECTION_UPHELD;
import static com.civicflow.consultation.notice.NoticeVariables.UPHELD_OBJECTION;

import com.civicflow.consultation.matter.MatterVariables;
import com.civicflow.consultation.matter.Submission;
import java.security.SecureRandom;
import java.util.Date;
import java.util.HexFormat;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * 发布公示: checks what the calling model passed in, gives the notice its public id and period and puts
 * it on the board. Outputs start fresh (a notice posted again after an upheld objection is a new notice).
 */
@Component("noticePosting")
class NoticePosting implements JavaDelegate {

  private static final SecureRandom RANDOM = new SecureRandom();
  private final NoticePeriod period;
  private final long defaultDays;

  /**
   * @param defaultDays working days a notice stays posted when its model gives no {@code noticePeriodDays}
   *     ({@code consultation.public-notice.default-period-days}, 5: 本产品默认值，原文未规定)
   */
  NoticePosting(NoticePeriod period,
      @Value("${consultation.public-notice.default-period-days:" + PublicNotice.DEFAULT_PERIOD_DAYS + "}") long defaultDays) {
    if (defaultDays < 1 || defaultDays > PublicNotice.MAX_PERIOD_DAYS) {
      throw new IllegalArgumentException("consultation.public-notice.default-period-days 应在 1 到 "
          + PublicNotice.MAX_PERIOD_DAYS + " 个工作日之间");
    }
    this.period = period;
    this.defaultDays = defaultDays;
  }

  @Override
  public void execute(DelegateExecution execution) {
    DelegateExecution notice = execution.getProcessInstance();
    Submission input = Submission.of(notice);
    input.text(NOTICE_TITLE, "公示标题");
    input.text(NOTICE_BODY, "公示内容");
    input.oneOf(NOTICE_KIND, "公示类别", NoticeKind.labels());
    long days = notice.getVariable(NOTICE_PERIOD_DAYS.name()) == null
        ? defaultDays
        : input.number(NOTICE_PERIOD_DAYS, "公示期（工作日）", 1, PublicNotice.MAX_PERIOD_DAYS);
    Date now = ClockUtil.getCurrentTime();
    NOTICE_PERIOD_DAYS.set(notice, days);
    NOTICE_ID.set(notice, newNoticeId());
    NOTICE_POSTED_AT.set(notice, now);
    NOTICE_CLOSES_AT.set(notice, period.closesAt(now, days));
    NOTICE_CLOSED_AT.set(notice, null);
    NOTICE_STATUS.set(notice, NoticeStatus.OPEN.code());
    OBJECTION_COUNT.set(notice, 0L);
    NoticeVariables.APPLICATION_COUNT.set(notice, 0L);
    NoticeVariables.ACCEPTED_ATTENDEES.set(notice, "");
    OBJECTION_UPHELD.set(notice, false);
    UPHELD_OBJECTION.set(notice, null);
    MatterVariables.STAGE.set(notice, "公示");
  }

  private static String newNoticeId() {
    byte[] bytes = new byte[8];
    RANDOM.nextBytes(bytes);
    return HexFormat.of().formatHex(bytes);
  }
}
