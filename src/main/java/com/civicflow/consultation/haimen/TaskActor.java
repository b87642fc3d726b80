package com.civicflow.consultation.haimen;

import com.civicflow.consultation.organisation.Staff;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.identity.User;
import org.springframework.stereotype.Component;

/** Who completes a task, by name, for the election's record: who entered a nomination, who confirmed a screening. */
@Component
class TaskActor {

  private final IdentityService identity;

  TaskActor(IdentityService identity) {
    this.identity = identity;
  }

  /** The task's assignee (Tasklist claims before completing) or else the authenticated user; empty when neither. */
  String nameOf(DelegateTask task) {
    String userId = task.getAssignee() != null ? task.getAssignee()
        : identity.getCurrentAuthentication() == null ? null : identity.getCurrentAuthentication().getUserId();
    User user = userId == null ? null : identity.createUserQuery().userId(userId).singleResult();
    return user != null ? Staff.nameOf(user) : userId == null ? "" : userId;
  }
}
