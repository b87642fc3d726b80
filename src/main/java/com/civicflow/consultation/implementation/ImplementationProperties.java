package com.civicflow.consultation.implementation;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of {@code implementation-supervision} ("consultation.implementation").
 *
 * @param reminderWorkdays the reminder goes out at 09:00 this many working days before a deadline
 * @param escalationInterval how often an overdue task is escalated again while it stays open (ISO
 *     duration); rounds that fall on a day off are skipped
 * @param districtAfterRounds from the round after this many street rounds, the district supervises
 * @param feedbackWorkdays default feedback deadline, in working days after the implementation is done
 * @param evaluationWorkdays the residents' evaluation window, in working days
 * @param maxReworks how many times 不满意 sends the matter back before the street office decides
 */
@ConfigurationProperties("consultation.implementation")
public record ImplementationProperties(
    @DefaultValue("2") int reminderWorkdays,
    @DefaultValue("P1D") Duration escalationInterval,
    @DefaultValue("2") int districtAfterRounds,
    @DefaultValue("5") int feedbackWorkdays,
    @DefaultValue("10") int evaluationWorkdays,
    @DefaultValue("2") int maxReworks) {}
