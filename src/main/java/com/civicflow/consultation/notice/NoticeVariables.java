package com.civicflow.consultation.notice;

import com.civicflow.consultation.matter.ProcessVariable;
import java.util.Date;

/** The variables of the {@code public-notice} call activity (names agreed in the shared contract). */
public final class NoticeVariables {

  // inputs
  public static final ProcessVariable<String> NOTICE_TITLE = ProcessVariable.string("noticeTitle");
  public static final ProcessVariable<String> NOTICE_BODY = ProcessVariable.string("noticeBody");
  /** One of {@link NoticeKind}'s labels: 会议通知, 协商结果, 理事会选举结果, 进展报告, 参与报名 (each opens its {@link NoticeWindow}). */
  public static final ProcessVariable<String> NOTICE_KIND = ProcessVariable.string("noticeKind");
  /** Working days the notice stays posted; default 5. */
  public static final ProcessVariable<Long> NOTICE_PERIOD_DAYS = ProcessVariable.number("noticePeriodDays");

  // outputs
  public static final ProcessVariable<Boolean> OBJECTION_UPHELD = ProcessVariable.bool("objectionUpheld");
  public static final ProcessVariable<String> UPHELD_OBJECTION = ProcessVariable.string("upheldObjection");
  public static final ProcessVariable<Long> OBJECTION_COUNT = ProcessVariable.number("objectionCount");

  // the notice itself (top level of the public-notice instance)
  /** Opaque public id of the notice, used in the board's URLs. */
  public static final ProcessVariable<String> NOTICE_ID = ProcessVariable.string("noticeId");
  /** A {@link NoticeStatus} code. */
  public static final ProcessVariable<String> NOTICE_STATUS = ProcessVariable.string("noticeStatus");
  public static final ProcessVariable<Date> NOTICE_POSTED_AT = ProcessVariable.date("noticePostedAt");
  public static final ProcessVariable<Date> NOTICE_CLOSES_AT = ProcessVariable.date("noticeClosesAt");
  public static final ProcessVariable<Date> NOTICE_CLOSED_AT = ProcessVariable.date("noticeClosedAt");

  // one objection (local to its objection-handling scope)
  public static final ProcessVariable<String> OBJECTOR_NAME = ProcessVariable.string("objectorName");
  public static final ProcessVariable<String> OBJECTOR_CONTACT = ProcessVariable.string("objectorContact");
  public static final ProcessVariable<String> OBJECTION_REASON = ProcessVariable.string("objectionReason");
  public static final ProcessVariable<Date> OBJECTION_LODGED_AT = ProcessVariable.date("objectionLodgedAt");
  /** {@code dismissed} or {@code upheld}: what the committee decided. */
  public static final ProcessVariable<String> OBJECTION_DECISION = ProcessVariable.string("objectionDecision");
  public static final ProcessVariable<String> OBJECTION_REPLY = ProcessVariable.string("objectionReply");

  // one application to take part (参与报名), set on the caller's scope that catches it
  public static final ProcessVariable<String> APPLICANT_NAME = ProcessVariable.string("applicantName");
  public static final ProcessVariable<String> APPLICANT_CONTACT = ProcessVariable.string("applicantContact");
  public static final ProcessVariable<String> APPLICANT_ORGANISATION = ProcessVariable.string("applicantOrganisation");
  public static final ProcessVariable<String> APPLICATION_REASON = ProcessVariable.string("applicationReason");
  public static final ProcessVariable<Date> APPLICATION_LODGED_AT = ProcessVariable.date("applicationLodgedAt");

  // 报名参会 / 申请列席 to a 会议通知, handled in the notice itself (one scope per application)
  /** Applications to attend the notice received (output). */
  public static final ProcessVariable<Long> APPLICATION_COUNT = ProcessVariable.number("applicationCount");
  /** {@code accepted} or {@code declined}: the staff's answer to one application to attend. */
  public static final ProcessVariable<String> ATTENDANCE_DECISION = ProcessVariable.string("attendanceDecision");
  public static final ProcessVariable<String> ATTENDANCE_REPLY = ProcessVariable.string("attendanceReply");
  /** The names of those accepted to attend, one a line (output, for the meeting's participant list). */
  public static final ProcessVariable<String> ACCEPTED_ATTENDEES = ProcessVariable.string("acceptedAttendees");

  public static final String DISMISSED = "dismissed";
  public static final String UPHELD = "upheld";
  public static final String ACCEPTED = "accepted";
  public static final String DECLINED = "declined";

  private NoticeVariables() {}
}
