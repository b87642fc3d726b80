package com.civicflow.consultation.statistics;

import org.springframework.http.HttpStatus;

/** A statistics request refused: 400 for a malformed filter, 403 for a unit outside the user's tenants. */
class StatisticsRefused extends RuntimeException {

  private final HttpStatus status;

  StatisticsRefused(HttpStatus status, String message) {
    super(message);
    this.status = status;
  }

  HttpStatus status() {
    return status;
  }
}
