package com.civicflow.consultation.notice;

/** No such notice on that community's board. */
public class NoticeNotFoundException extends RuntimeException {

  public NoticeNotFoundException() {
    super("没有找到这条公示");
  }
}
