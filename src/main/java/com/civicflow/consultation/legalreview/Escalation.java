package com.civicflow.consultation.legalreview;

import java.util.Date;
import java.util.List;

/**
 * One escalation of a review to an office, as recorded for the matter's file.
 *
 * @param reviewers ids of the users who hold the reviewing role in the matter's tenant when it was sent
 */
record Escalation(ReviewLevel level, String officeId, String officeName, String tenantId,
    List<String> reviewers, Date escalatedAt, Date dueDate, int workingDays, EscalationCause cause,
    String routingReason) {}
