package com.civicflow.consultation.bench;

import java.util.Date;
import org.camunda.bpm.engine.impl.util.ClockUtil;

/** The engine's clock for the benchmark: set to a moment and running on from there (not frozen). */
final class Clock {

  private Clock() {}

  static void at(Date moment) {
    ClockUtil.offset(moment.getTime() - System.currentTimeMillis());
  }
}
