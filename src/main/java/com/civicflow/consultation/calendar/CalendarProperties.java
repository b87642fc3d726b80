package com.civicflow.consultation.calendar;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The working-day calendar's settings ("consultation.calendar" in application.yaml).
 *
 * @param tables where the yearly holiday tables are, a Spring resource pattern (one YAML file per year;
 *     e.g. {@code file:/etc/consultation/calendar/*.yaml} to keep them outside the application)
 */
@ConfigurationProperties("consultation.calendar")
public record CalendarProperties(@DefaultValue("classpath*:calendar/holidays-*.yaml") String tables) {}
