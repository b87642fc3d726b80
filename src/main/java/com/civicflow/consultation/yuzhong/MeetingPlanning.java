package com.civicflow.consultation.yuzhong;

import static com.civicflow.consultation.yuzhong.YuzhongVariables.EXPERT_FIELDS;
import static com.civicflow.consultation.yuzhong.YuzhongVariables.EXPERT_FIELDS_TEXT;
import static com.civicflow.consultation.yuzhong.YuzhongVariables.EXPERT_POOL;
import static com.civicflow.consultation.yuzhong.YuzhongVariables.INTERESTED_PARTIES;
import static com.civicflow.consultation.yuzhong.YuzhongVariables.MEETING_FORM;
import static com.civicflow.consultation.yuzhong.YuzhongVariables.MEETING_AT;
import static com.civicflow.consultation.yuzhong.YuzhongVariables.MEETING_FORMS;
import static com.civicflow.consultation.yuzhong.YuzhongVariables.MEETING_NOTICE_BODY;
import static com.civicflow.consultation.yuzhong.YuzhongVariables.MEETING_NOTICE_DAYS;
import static com.civicflow.consultation.yuzhong.YuzhongVariables.MEETING_NOTICE_TITLE;
import static com.civicflow.consultation.yuzhong.YuzhongVariables.MEETING_PLACE;
import static com.civicflow.consultation.yuzhong.YuzhongVariables.MEETING_ROUND;
import static com.civicflow.consultation.yuzhong.YuzhongVariables.MEETING_TIME;
import static com.civicflow.consultation.yuzhong.YuzhongVariables.MEETING_TIME_TEXT;
import static com.civicflow.consultation.yuzhong.YuzhongVariables.ORGANISER_PARTICIPANTS;
import static com.civicflow.consultation.yuzhong.YuzhongVariables.PARTICIPANT_EMAILS;
import static com.civicflow.consultation.yuzhong.YuzhongVariables.THIRD_PARTIES;

import com.civicflow.consultation.calendar.WorkingDays;
import com.civicflow.consultation.matter.InvalidSubmissionException;
import com.civicflow.consultation.matter.MatterVariables;
import com.civicflow.consultation.matter.Submission;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Date;
import java.util.List;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.stereotype.Service;

/**
 * 审议 — 确定协商形式、时间、地点和参会人员: checks the plan (a form from the seed's list, a future time,
 * a place, the organiser and interested parties, experts only from the pool, well-formed e-mail addresses)
 * and prepares the meeting notice, posted until the meeting (its period in working days).
 */
@Service
class MeetingPlanning {

  static final int MAX_NOTICE_DAYS = 60;
  private static final Pattern EMAIL = Pattern.compile("[^@\\s,;，；]+@[^@\\s,;，；]+\\.[^@\\s,;，；]+");

  private final WorkingDays workdays;

  MeetingPlanning(WorkingDays workdays) {
    this.workdays = workdays;
  }

  void planned(DelegateTask task) {
    Submission form = Submission.of(task);
    String meetingForm = form.oneOf(MEETING_FORM, "协商形式", MEETING_FORMS);
    Date time = form.futureDateTime(MEETING_TIME, "会议时间");
    String place = form.text(MEETING_PLACE, "会议地点");
    form.text(ORGANISER_PARTICIPANTS, "组织方");
    form.text(INTERESTED_PARTIES, "利益相关方");
    String experts = String.join("、", experts(task.getVariable(EXPERT_FIELDS)));
    String emails = String.join(", ", emails(PARTICIPANT_EMAILS.from(task).orElse("")));
    String timeText = Submission.shown(time);
    MEETING_AT.set(task, time);
    MEETING_TIME_TEXT.set(task, timeText);
    EXPERT_FIELDS_TEXT.set(task, experts);
    PARTICIPANT_EMAILS.set(task, emails);
    THIRD_PARTIES.set(task, THIRD_PARTIES.from(task).map(String::trim).orElse(""));
    long round = MEETING_ROUND.from(task).orElse(0L) + 1;
    String topic = MatterVariables.TOPIC.from(task).orElse("");
    MEETING_NOTICE_TITLE.set(task, "会议通知：" + topic + (round > 1 ? "（第" + round + "次议事协商会议）" : ""));
    MEETING_NOTICE_BODY.set(task, "议题：" + topic + "\n协商形式：" + meetingForm + "\n时间：" + timeText + "\n地点：" + place
        + "\n组织方：" + ORGANISER_PARTICIPANTS.required(task) + "\n利益相关方：" + INTERESTED_PARTIES.required(task)
        + "\n第三方：" + THIRD_PARTIES.required(task) + (experts.isEmpty() ? "" : "\n邀请专家：" + experts));
    MEETING_NOTICE_DAYS.set(task, noticeDays(time));
  }

  /** Working days from now until the meeting (the notice stays posted until then): at least 1. */
  long noticeDays(Date meeting) {
    Date now = ClockUtil.getCurrentTime();
    int days = 1;
    while (days < MAX_NOTICE_DAYS && !workdays.plus(now, days + 1).after(meeting)) {
      days++;
    }
    return days;
  }

  static List<String> experts(Object value) {
    List<String> fields = new ArrayList<>();
    if (value instanceof Collection<?> list) {
      list.forEach(v -> fields.add(String.valueOf(v)));
    } else if (value != null && !value.toString().isBlank()) {
      String text = value.toString().replaceAll("[\\[\\]\"]", "");
      Arrays.stream(text.split("[,，、]")).map(String::trim).filter(s -> !s.isEmpty()).forEach(fields::add);
    }
    for (String field : fields) {
      if (!EXPERT_POOL.contains(field)) {
        throw new InvalidSubmissionException("专家库没有“" + field + "”领域，可选: " + String.join("、", EXPERT_POOL));
      }
    }
    return fields.stream().distinct().toList();
  }

  static List<String> emails(String text) {
    List<String> result = Arrays.stream(text.split("[\\s,;，；]+")).map(String::trim).filter(s -> !s.isEmpty()).toList();
    for (String address : result) {
      if (!EMAIL.matcher(address).matches()) {
        throw new InvalidSubmissionException("“参会人员电子邮箱”中的“" + address + "”不是有效的电子邮箱");
      }
    }
    return result;
  }
}
