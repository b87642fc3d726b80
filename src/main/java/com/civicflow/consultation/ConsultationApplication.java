package com.civicflow.consultation;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.scheduling.annotation.EnableScheduling;

/** 社区协商 — community consultation workflows on Camunda 7. */
@SpringBootApplication
@ConfigurationPropertiesScan
@EnableScheduling
public class ConsultationApplication {

  public static void main(String[] args) {
    SpringApplication.run(ConsultationApplication.class, args);
  }
}
