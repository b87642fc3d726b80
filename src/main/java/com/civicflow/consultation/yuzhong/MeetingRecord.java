package com.civicflow.consultation.yuzhong;

import static com.civicflow.consultation.yuzhong.YuzhongVariables.ANOTHER_MEETING_ALLOWED;
import static com.civicflow.consultation.yuzhong.YuzhongVariables.CONCLUSION_MINUTES;
import static com.civicflow.consultation.yuzhong.YuzhongVariables.CONCLUSION_REACHED;
import static com.civicflow.consultation.yuzhong.YuzhongVariables.MAX_MEETING_ROUNDS;
import static com.civicflow.consultation.yuzhong.YuzhongVariables.MEETINGS_DECISION;
import static com.civicflow.consultation.yuzhong.YuzhongVariables.MEETINGS_DECISION_NOTE;
import static com.civicflow.consultation.yuzhong.YuzhongVariables.MEETING_ROUND;
import static com.civicflow.consultation.yuzhong.YuzhongVariables.REJECTION_REASON;

import com.civicflow.consultation.matter.ProcessVariable;
import com.civicflow.consultation.matter.Submission;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.springframework.stereotype.Service;

/**
 * 群议: the record of each of the five links (陈述 → 询问 → 讨论 → 协商 → 结论) is required; the conclusion
 * counts the meeting and says whether another one may follow ({@code consultation.yuzhong.max-meeting-rounds});
 * after the last allowed meeting the committee decides whether to continue or to close the topic.
 */
@Service
class MeetingRecord {

  private final YuzhongProperties properties;

  MeetingRecord(YuzhongProperties properties) {
    this.properties = properties;
  }

  void linkRecorded(DelegateTask task, ProcessVariable<String> minutes, String label) {
    minutes.set(task, Submission.of(task).text(minutes, label));
  }

  void concluded(DelegateTask task) {
    Submission form = Submission.of(task);
    CONCLUSION_MINUTES.set(task, form.text(CONCLUSION_MINUTES, "结论环节记录"));
    boolean reached = form.bool(CONCLUSION_REACHED, "会议形成结论");
    long round = MEETING_ROUND.from(task).orElse(0L) + 1;
    CONCLUSION_REACHED.set(task, reached);
    MEETING_ROUND.set(task, round);
    MAX_MEETING_ROUNDS.set(task, (long) properties.maxMeetingRounds());
    ANOTHER_MEETING_ALLOWED.set(task, round < properties.maxMeetingRounds());
  }

  void meetingsDecided(DelegateTask task) {
    Submission form = Submission.of(task);
    String decision = form.oneOf(MEETINGS_DECISION, "委员会决定", List.of(YuzhongProcess.CONTINUE, YuzhongProcess.CLOSE));
    String note = form.text(MEETINGS_DECISION_NOTE, "决定理由");
    MEETINGS_DECISION_NOTE.set(task, note);
    if (YuzhongProcess.CLOSE.equals(decision)) {
      REJECTION_REASON.set(task, "经" + MEETING_ROUND.from(task).orElse(0L) + "次议事协商会议未形成结论，社区协商议事委员会决定终止协商：" + note);
    }
  }
}
