package com.civicflow.consultation.statistics;

import com.civicflow.consultation.cangzhou.CangzhouProcess;
import com.civicflow.consultation.dongcheng.DongchengConsultation;
import com.civicflow.consultation.haimen.CouncilElection;
import com.civicflow.consultation.haimen.SevenStep;
import com.civicflow.consultation.kenli.KenliProcess;
import com.civicflow.consultation.yuzhong.YuzhongProcess;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The five cities' consultation models as the statistics count them. A matter is a top-level instance of a
 * model's {@code matterKey}; {@code otherKeys} are the model's other processes (海门's council election, 垦利's
 * 逢十议事), whose meetings count but which are not matters.
 *
 * @param notAdmittedEnd the end event of a topic the model did not take up (未予立项)
 * @param admittedStep for a model whose rejection end is also reached later (渝中: 终止 after meetings or a failed
 *     vote), the step that shows the topic had been admitted; null when the end event alone says it
 * @param resultStep the step reached as soon as the consultation has produced its result (协商成果形成): its first
 *     start is the moment "from topic to result" is measured to
 */
public enum ConsultationModel {
  YUZHONG(YuzhongProcess.KEY, "渝中区“6+5”议事法", List.of(), YuzhongProcess.EVENT_TOPIC_REJECTED,
      YuzhongProcess.TASK_PLAN_MEETING, YuzhongProcess.CALL_PUBLISH_RESULT),
  HAIMEN(SevenStep.KEY, "海门市七步议事法", List.of(CouncilElection.KEY), SevenStep.EVENT_TOPIC_NOT_ADMITTED, null,
      SevenStep.TASK_PREPARE_IMPLEMENTATION),
  KENLI(KenliProcess.PROCESS_KEY, "垦利区八步议事法", List.of(KenliProcess.REGULAR_MEETING_KEY), "Event_TopicRefused", null,
      "Call_PublicNotice"),
  CANGZHOU(CangzhouProcess.KEY, "沧州市八步议事法", List.of(), CangzhouProcess.EVENT_TOPIC_REJECTED, null,
      CangzhouProcess.CALL_LEGALITY_REVIEW),
  DONGCHENG(DongchengConsultation.PROCESS_KEY, "东城区社区协商", List.of(), null, null,
      DongchengConsultation.CALL_LEGALITY_REVIEW);

  private final String matterKey;
  private final String label;
  private final List<String> otherKeys;
  private final String notAdmittedEnd;
  private final String admittedStep;
  private final String resultStep;

  ConsultationModel(String matterKey, String label, List<String> otherKeys, String notAdmittedEnd, String admittedStep,
      String resultStep) {
    this.matterKey = matterKey;
    this.label = label;
    this.otherKeys = otherKeys;
    this.notAdmittedEnd = notAdmittedEnd;
    this.admittedStep = admittedStep;
    this.resultStep = resultStep;
  }

  public String matterKey() {
    return matterKey;
  }

  public String label() {
    return label;
  }

  /** The matter key and the model's other processes. */
  public List<String> processKeys() {
    return Stream.concat(Stream.of(matterKey), otherKeys.stream()).toList();
  }

  Optional<String> notAdmittedEnd() {
    return Optional.ofNullable(notAdmittedEnd);
  }

  Optional<String> admittedStep() {
    return Optional.ofNullable(admittedStep);
  }

  String resultStep() {
    return resultStep;
  }

  /** The model a process key belongs to (its matter key or one of its other processes). */
  public static Optional<ConsultationModel> ofProcess(String processKey) {
    return Arrays.stream(values()).filter(m -> m.processKeys().contains(processKey)).findFirst();
  }

  /** The model whose matter key this is. */
  public static Optional<ConsultationModel> byKey(String matterKey) {
    return Arrays.stream(values()).filter(m -> m.matterKey.equals(matterKey)).findFirst();
  }
}
