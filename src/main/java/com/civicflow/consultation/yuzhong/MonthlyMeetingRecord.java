package com.civicflow.consultation.yuzhong;

import static com.civicflow.consultation.yuzhong.YuzhongVariables.MONTHLY_MEETING_AGENDA_OPTIONS;
import static com.civicflow.consultation.yuzhong.YuzhongVariables.MONTHLY_MEETING_AT;
import static com.civicflow.consultation.yuzhong.YuzhongVariables.MONTHLY_MEETING_HELD;
import static com.civicflow.consultation.yuzhong.YuzhongVariables.MONTHLY_MEETING_MATTERS;
import static com.civicflow.consultation.yuzhong.YuzhongVariables.MONTHLY_MEETING_MATTERS_TEXT;
import static com.civicflow.consultation.yuzhong.YuzhongVariables.MONTHLY_MEETING_MINUTES;
import static com.civicflow.consultation.yuzhong.YuzhongVariables.MONTHLY_MEETING_MONTH;
import static com.civicflow.consultation.yuzhong.YuzhongVariables.MONTHLY_MEETING_NOT_HELD_REASON;
import static com.civicflow.consultation.yuzhong.YuzhongVariables.MONTHLY_MEETING_PARTICIPANTS;
import static com.civicflow.consultation.yuzhong.YuzhongVariables.MONTHLY_MEETING_TIME;

import com.civicflow.consultation.matter.FormOptions;
import com.civicflow.consultation.matter.InvalidSubmissionException;
import com.civicflow.consultation.matter.Submission;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.stereotype.Component;

/**
 * 每月协商议事会议 — complete listener of 召开每月协商议事会议 ({@code ${yuzhongMonthlyMeetingRecord}}). Held: the
 * time (in the meeting's month, not in the future), the participants, the minutes and which of the listed matters
 * were deliberated (only those the agenda offered). Not held (“原则上”每月一次): the reason.
 */
@Component("yuzhongMonthlyMeetingRecord")
class MonthlyMeetingRecord implements TaskListener {

  @Override
  public void notify(DelegateTask task) {
    Submission form = Submission.of(task);
    boolean held = form.bool(MONTHLY_MEETING_HELD, "本月是否召开");
    MONTHLY_MEETING_HELD.set(task, held);
    if (!held) {
      MONTHLY_MEETING_NOT_HELD_REASON.set(task, form.text(MONTHLY_MEETING_NOT_HELD_REASON, "未召开的原因"));
      return;
    }
    Date at = form.dateTime(MONTHLY_MEETING_TIME, "会议时间");
    YearMonth month = YearMonth.parse(MONTHLY_MEETING_MONTH.required(task));
    if (!YearMonth.from(at.toInstant().atZone(Submission.ZONE)).equals(month)) {
      throw new InvalidSubmissionException("“会议时间”应在本次会议所属的 " + month.getYear() + " 年 "
          + month.getMonthValue() + " 月内");
    }
    if (at.after(ClockUtil.getCurrentTime())) {
      throw new InvalidSubmissionException("“会议时间”不能晚于当前时间：会议召开后再记录");
    }
    MONTHLY_MEETING_AT.set(task, at);
    MONTHLY_MEETING_PARTICIPANTS.set(task, form.text(MONTHLY_MEETING_PARTICIPANTS, "参会人员"));
    MONTHLY_MEETING_MINUTES.set(task, form.text(MONTHLY_MEETING_MINUTES, "会议记录"));
    List<FormOptions.Option> agenda = agenda(task);
    List<String> deliberated = new ArrayList<>();
    for (String number : FormOptions.chosen(task.getVariable(MONTHLY_MEETING_MATTERS.name()))) {
      deliberated.add(FormOptions.offered(agenda, number, "本次协商的事项").label());
    }
    MONTHLY_MEETING_MATTERS_TEXT.set(task, deliberated.isEmpty() ? "（未协商清单中的事项）" : String.join("\n", deliberated));
  }

  private static List<FormOptions.Option> agenda(DelegateTask task) {
    List<FormOptions.Option> options = new ArrayList<>();
    Object json = MONTHLY_MEETING_AGENDA_OPTIONS.from(task).orElse(null);
    if (json instanceof org.camunda.spin.json.SpinJsonNode node && node.isArray()) {
      node.elements().forEach(o -> options.add(new FormOptions.Option(o.prop("label").stringValue(), o.prop("value").stringValue())));
    }
    return options;
  }
}
