package com.civicflow.consultation.cluster;

import java.text.SimpleDateFormat;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Date;
import java.util.TimeZone;

/**
 * The time on the nodes: this JVM's clock plus the offset every node was started with ({@link ClusterClock}).
 * The nodes run on a fixed day, so that which days are working days and which day is a 逢十议事 day is known.
 */
final class NodeClock {

  static final ZoneId BEIJING = ZoneId.of("Asia/Shanghai");
  final long offset;

  /** The node clocks will read {@code start} (Beijing time) at the moment this is created, and run on from there. */
  NodeClock(LocalDateTime start) {
    this.offset = start.atZone(BEIJING).toInstant().toEpochMilli() - System.currentTimeMillis();
  }

  Date now() {
    return new Date(System.currentTimeMillis() + offset);
  }

  /** A date as Camunda's REST API takes it. */
  static String rest(Date date) {
    SimpleDateFormat format = new SimpleDateFormat("yyyy-MM-dd'T'HH:mm:ss.SSSZ");
    format.setTimeZone(TimeZone.getTimeZone(BEIJING));
    return format.format(date);
  }

  /** A node-clock instant as a timestamp in the database (the engine writes its own clock there). */
  java.sql.Timestamp timestamp() {
    return new java.sql.Timestamp(now().getTime());
  }
}
