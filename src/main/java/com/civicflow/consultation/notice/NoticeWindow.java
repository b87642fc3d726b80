package com.civicflow.consultation.notice;

/**
 * What a posted notice invites from the public while it is open — decided by its {@link NoticeKind}, shown on the
 * board, and the only request the board and the engine accept for it:
 * <ul>
 *   <li>{@link #OBJECTIONS} 异议: a result or ballot result is put to the residents; an upheld objection sends the
 *       matter back (协商结果, 理事会选举结果).</li>
 *   <li>{@link #ATTENDANCE} 报名参会 / 申请列席: a meeting notice only informs; residents, organisations and units
 *       apply to attend, the community's staff answer each application in the notice itself (会议通知).</li>
 *   <li>{@link #PARTICIPATION} 参与报名: the consultation's own participants are chosen partly from applications
 *       (东城: “公示过程中……可申请参加协商讨论”), delivered to the consultation that posted it (参与报名).</li>
 *   <li>{@link #NONE} 仅告知: a progress report informs and takes nothing (进展报告).</li>
 * </ul>
 */
public enum NoticeWindow {
  OBJECTIONS("受理异议", "异议", "公示期内，居民对公示内容有不同意见的，可以在此提出异议，由社区“两委”核实处理。"),
  ATTENDANCE("受理报名参会、申请列席", "报名参会或申请列席",
      "本通知告知会议安排，不受理异议。社区居民、其他组织和驻区单位可以在通知期内报名参会或申请列席，社区“两委”审核后答复。"),
  PARTICIPATION("受理参与报名", "参与报名", "公示期内，社区居民、其他组织和驻区单位可以申请参加本次协商讨论。"),
  NONE("仅作告知", "异议或报名", "本通报仅作告知，不受理异议或报名；对办理情况有意见的，请联系社区居委会。");

  private final String badge;
  private final String request;
  private final String explanation;

  NoticeWindow(String badge, String request, String explanation) {
    this.badge = badge;
    this.request = request;
    this.explanation = explanation;
  }

  /** The board's badge: what the notice takes while it is open. */
  public String badge() {
    return badge;
  }

  /** What a resident sends through this window (for messages). */
  public String request() {
    return request;
  }

  /** The board's sentence saying what the window is for. */
  public String explanation() {
    return explanation;
  }

  public boolean takesObjections() {
    return this == OBJECTIONS;
  }

  /** 报名参会 / 申请列席 or 参与报名: the board's application form. */
  public boolean takesApplications() {
    return this == ATTENDANCE || this == PARTICIPATION;
  }

  /** The Chinese refusal of a request this window does not take (an objection to a meeting notice, …). */
  public String refusal(String kind, String attempted) {
    return this == NONE
        ? "这份“" + kind + "”仅作告知，不受理" + attempted + "。"
        : "这份“" + kind + "”只受理" + request + "，不受理" + attempted + "。";
  }
}
