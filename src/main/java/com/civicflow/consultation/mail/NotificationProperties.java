package com.civicflow.consultation.mail;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Mail settings ("consultation.mail"); the SMTP server itself is {@code spring.mail.*}.
 *
 * @param fromAddress sender address
 * @param fromName sender name shown to recipients
 * @param retryCycle how often a failed send is retried before it becomes an incident, as Camunda's
 *     failedJobRetryTimeCycle (e.g. {@code R3/PT5M}: three attempts five minutes apart;
 *     {@code PT1M,PT10M,PT1H}: growing intervals)
 */
@ConfigurationProperties("consultation.mail")
public record NotificationProperties(
    @DefaultValue("noreply@civicflow.example") String fromAddress,
    @DefaultValue("社区协商平台") String fromName,
    @DefaultValue("R3/PT5M") String retryCycle) {}
