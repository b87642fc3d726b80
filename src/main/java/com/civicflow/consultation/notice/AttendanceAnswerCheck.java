package com.civicflow.consultation.notice;

import static com.civicflow.consultation.notice.NoticeVariables.ACCEPTED_ATTENDEES;
import static com.civicflow.consultation.notice.NoticeVariables.APPLICANT_NAME;
import static com.civicflow.consultation.notice.NoticeVariables.ATTENDANCE_DECISION;
import static com.civicflow.consultation.notice.NoticeVariables.ATTENDANCE_REPLY;

import com.civicflow.consultation.matter.InvalidSubmissionException;
import com.civicflow.consultation.matter.Submission;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * 答复参会申请 (complete): the staff accept (参会 or 列席) or decline the application with a reply to the applicant; an
 * accepted applicant joins the notice's {@code acceptedAttendees} (its output for the meeting's participant list).
 */
@Component("attendanceAnswerCheck")
class AttendanceAnswerCheck implements TaskListener {

  @Override
  public void notify(DelegateTask task) {
    Submission submission = Submission.of(task);
    String decision = submission.oneOf(ATTENDANCE_DECISION, "审核结论", List.of(NoticeVariables.ACCEPTED, NoticeVariables.DECLINED));
    String reply = submission.text(ATTENDANCE_REPLY, "答复申请人");
    if (reply.length() > ObjectionHandlingCheck.MAX_REPLY) {
      throw new InvalidSubmissionException("“答复申请人”不能超过 " + ObjectionHandlingCheck.MAX_REPLY + " 字");
    }
    if (NoticeVariables.ACCEPTED.equals(decision)) {
      DelegateExecution notice = task.getExecution().getProcessInstance();
      String accepted = ACCEPTED_ATTENDEES.from(notice).orElse("");
      ACCEPTED_ATTENDEES.set(notice, (accepted.isEmpty() ? "" : accepted + "\n") + APPLICANT_NAME.from(task).orElse(""));
    }
  }
}
