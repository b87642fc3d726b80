package com.civicflow.consultation.haimen;

import static com.civicflow.consultation.haimen.ElectionVariables.*;

import com.civicflow.consultation.matter.FormOptions;
import com.civicflow.consultation.matter.InvalidSubmissionException;
import com.civicflow.consultation.matter.Submission;
import com.civicflow.consultation.organisation.Staff;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.stereotype.Component;

/**
 * 三推荐: one nomination as its own side enters it — who nominated (the body, its meeting's date and minutes), the
 * residents it names and the community's users it chose — and the record of every nomination (一事一档).
 */
@Component
class Nominations {

  private final CouncilCandidates offered;
  private final IdentityService identity;
  private final TaskActor actor;

  Nominations(CouncilCandidates offered, IdentityService identity, TaskActor actor) {
    this.offered = offered;
    this.identity = identity;
    this.actor = actor;
  }

  /**
   * One nomination: the residents it names (one name per line) and the community's users it chose from the list the
   * form offered ({@link CouncilCandidates#eligible}); a name given twice counts once.
   */
  String nominations(VariableScope task, String communityId) {
    Map<String, Candidate> byName = new LinkedHashMap<>();
    NOMINATIONS.from(task).orElse("").lines().filter(l -> !l.isBlank()).map(Candidate::resident)
        .forEach(c -> byName.put(c.name(), c));
    List<FormOptions.Option> eligible = offered.eligible(communityId);
    for (String userId : FormOptions.chosen(NOMINATED_USERS.from(task).orElse(null))) {
      FormOptions.offered(eligible, userId, "推荐的本社区系统用户");
      Candidate user = new Candidate(Staff.nameOf(identity.createUserQuery().userId(userId).singleResult()), userId);
      byName.put(user.name(), user);
    }
    if (byName.isEmpty()) {
      throw new InvalidSubmissionException("请填写“推荐的居民”或选择“推荐的本社区系统用户”");
    }
    return Candidate.format(new ArrayList<>(byName.values()));
  }

  /**
   * Who nominated: the body, the date of its meeting (not after today) and its minutes, entered by that side itself;
   * added to the election's record with the names and who entered them.
   */
  void record(DelegateTask task, String nominated) {
    Submission submission = Submission.of(task);
    String body = submission.text(NOMINATING_BODY, "推荐主体");
    LocalDate met = submission.dateTime(NOMINATION_MEETING_DATE, "推荐会议日期").toInstant().atZone(Submission.ZONE).toLocalDate();
    if (met.isAfter(ClockUtil.getCurrentTime().toInstant().atZone(Submission.ZONE).toLocalDate())) {
      throw new InvalidSubmissionException("“推荐会议日期”不能晚于今天");
    }
    String minutes = submission.text(NOMINATION_MINUTES, "推荐会议纪要");
    String names = String.join("、", Candidate.parseAll(nominated).stream().map(Candidate::name).toList());
    NOMINATION_RECORD.set(task, NOMINATION_RECORD.from(task).orElse("") + "【" + NOMINATION_SOURCE.from(task).orElse(task.getName())
        + "】" + body + "，" + met + " 推荐会议，推荐 " + names + "。纪要：" + minutes.replace('\n', ' ') + "（录入："
        + actor.nameOf(task) + "）\n");
  }
}
