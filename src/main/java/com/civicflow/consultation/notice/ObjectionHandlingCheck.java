package com.civicflow.consultation.notice;

import static com.civicflow.consultation.notice.NoticeVariables.OBJECTION_DECISION;
import static com.civicflow.consultation.notice.NoticeVariables.OBJECTION_REASON;
import static com.civicflow.consultation.notice.NoticeVariables.OBJECTION_REPLY;
import static com.civicflow.consultation.notice.NoticeVariables.OBJECTION_UPHELD;
import static com.civicflow.consultation.notice.NoticeVariables.UPHELD_OBJECTION;

import com.civicflow.consultation.matter.InvalidSubmissionException;
import com.civicflow.consultation.matter.Submission;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * 处理异议 (complete): the committee dismissed the objection with a reply, or upheld it; an upheld
 * objection becomes the notice's output ({@code objectionUpheld}, {@code upheldObjection}).
 */
@Component("objectionHandlingCheck")
class ObjectionHandlingCheck implements TaskListener {

  static final int MAX_REPLY = 2000;

  @Override
  public void notify(DelegateTask task) {
    Submission submission = Submission.of(task);
    String decision = submission.oneOf(OBJECTION_DECISION, "处理结论", List.of(NoticeVariables.DISMISSED, NoticeVariables.UPHELD));
    String reply = submission.text(OBJECTION_REPLY, "答复意见");
    if (reply.length() > MAX_REPLY) {
      throw new InvalidSubmissionException("“答复意见”不能超过 " + MAX_REPLY + " 字");
    }
    if (NoticeVariables.UPHELD.equals(decision)) {
      DelegateExecution notice = task.getExecution().getProcessInstance();
      OBJECTION_UPHELD.set(notice, true);
      UPHELD_OBJECTION.set(notice, OBJECTION_REASON.from(task).orElse(""));
    }
  }
}
