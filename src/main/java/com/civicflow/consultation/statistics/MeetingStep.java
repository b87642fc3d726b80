package com.civicflow.consultation.statistics;

import static com.civicflow.consultation.statistics.MeetingKind.CONSULTATION;
import static com.civicflow.consultation.statistics.MeetingKind.COUNCIL;
import static com.civicflow.consultation.statistics.MeetingKind.EVALUATION;
import static com.civicflow.consultation.statistics.MeetingKind.HEARING;
import static com.civicflow.consultation.statistics.MeetingKind.RESIDENTS;
import static com.civicflow.consultation.statistics.MeetingKind.TENTH_DAY;

import com.civicflow.consultation.cangzhou.CangzhouProcess;
import com.civicflow.consultation.dongcheng.DongchengConsultation;
import com.civicflow.consultation.dongcheng.DongchengVariables;
import com.civicflow.consultation.haimen.CouncilElection;
import com.civicflow.consultation.haimen.SevenStep;
import com.civicflow.consultation.haimen.SevenStepVariables;
import com.civicflow.consultation.kenli.KenliProcess;
import com.civicflow.consultation.kenli.KenliVariables;
import com.civicflow.consultation.yuzhong.YuzhongProcess;
import com.civicflow.consultation.yuzhong.YuzhongVariables;

/**
 * Where each model records a meeting held: a step of its diagram (each completion is one meeting) and the kind of
 * meeting. Where the model records the meeting's form in a variable, the form decides the kind
 * ({@link MeetingKind#ofForm}), the step's kind otherwise. 海门's 确定议题并审议 records which of the seed's five kinds
 * (民主理事会、民主恳谈会、民主评议会、民主听证会、民主咨询会) the council met as.
 */
enum MeetingStep {
  /** 群议 — 召开议事协商会议 (one sub-process per meeting round). */
  YUZHONG_MEETING(YuzhongProcess.KEY, YuzhongProcess.SUBPROCESS_MEETING, CONSULTATION, YuzhongVariables.MEETING_FORM.name()),
  /** 决议 — 居民代表大会表决. */
  YUZHONG_RESOLUTION(YuzhongProcess.KEY, YuzhongProcess.TASK_RECORD_RESOLUTION, RESIDENTS, null),
  /** 确定议题并审议: the 民主协商理事会 meets, as one of the five kinds of meeting the seed counts. */
  HAIMEN_COUNCIL(SevenStep.KEY, SevenStep.TASK_REVIEW_TOPIC, COUNCIL, SevenStepVariables.MEETING_KIND.name()),
  HAIMEN_HEARING(SevenStep.KEY, SevenStep.TASK_HOLD_HEARING, HEARING, null),
  /** 表决: 村（居）民代表会议 or 村（居）民大会. */
  HAIMEN_VOTE(SevenStep.KEY, SevenStep.TASK_VOTE, RESIDENTS, null),
  HAIMEN_EVALUATION(SevenStep.KEY, SevenStep.TASK_DEMOCRATIC_EVALUATION, EVALUATION, null),
  /** 一票决 at the representatives' meeting or residents' assembly. */
  HAIMEN_BALLOT(CouncilElection.KEY, CouncilElection.TASK_SECRET_BALLOT, RESIDENTS, null),
  /** 议：召开协商会议 in the form 定 fixed (板凳议事, 民情恳谈, 议事协商会议, 网上议事厅, 听证会). */
  KENLI_MEETING(KenliProcess.PROCESS_KEY, "Task_HoldMeeting", CONSULTATION, KenliVariables.CONSULTATION_FORM.name()),
  KENLI_TENTH_DAY(KenliProcess.REGULAR_MEETING_KEY, "Task_HoldRegularMeeting", TENTH_DAY, null),
  /** 出主意 — the announced consultation meeting. */
  CANGZHOU_TALKS(CangzhouProcess.KEY, CangzhouProcess.TASK_HOLD_TALKS, CONSULTATION, null),
  /** 说了算 — 居民代表会议表决. */
  CANGZHOU_VOTE(CangzhouProcess.KEY, CangzhouProcess.TASK_REPRESENTATIVES_VOTE, RESIDENTS, null),
  /** 展开讨论，共商共议 in the form fixed with the topic (居民会议, 社区决策听证, 民主评议, 楼院理事会 …). */
  DONGCHENG_DISCUSSION(DongchengConsultation.PROCESS_KEY, DongchengConsultation.TASK_HOLD_DISCUSSION, CONSULTATION,
      DongchengVariables.CONSULTATION_FORM.name()),
  DONGCHENG_RESIDENTS(DongchengConsultation.PROCESS_KEY, DongchengConsultation.TASK_RESIDENTS_MEETING, RESIDENTS, null);

  final String processKey;
  final String stepId;
  final MeetingKind kind;
  /** The process variable holding the meeting's form, or null. */
  final String formVariable;

  MeetingStep(String processKey, String stepId, MeetingKind kind, String formVariable) {
    this.processKey = processKey;
    this.stepId = stepId;
    this.kind = kind;
    this.formVariable = formVariable;
  }

  /** The kind of one meeting held at this step with this recorded form. */
  MeetingKind kindOf(String form) {
    return formVariable == null ? kind : MeetingKind.ofForm(form, kind);
  }

  static java.util.Optional<MeetingStep> of(String processKey, String stepId) {
    return java.util.Arrays.stream(values()).filter(s -> s.processKey.equals(processKey) && s.stepId.equals(stepId))
        .findFirst();
  }
}
