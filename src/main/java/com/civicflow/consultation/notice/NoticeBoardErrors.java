package com.civicflow.consultation.notice;

import org.camunda.bpm.engine.OptimisticLockingException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.ModelAndView;

/** The board's failures as friendly Chinese pages (404, 409, 400, 500), never an exception's details. */
@ControllerAdvice(assignableTypes = NoticeBoardController.class)
class NoticeBoardErrors {

  private static final Logger LOG = LoggerFactory.getLogger(NoticeBoardErrors.class);

  @ExceptionHandler(NoticeNotFoundException.class)
  ModelAndView notFound() {
    return FriendlyErrorPages.page(HttpStatus.NOT_FOUND, "没有找到这条公示，可能地址有误。");
  }

  @ExceptionHandler(NoticeClosedException.class)
  ModelAndView closed() {
    return FriendlyErrorPages.page(HttpStatus.CONFLICT, "该公示已结束（公示期满或已终止），不再受理异议或参与报名。");
  }

  /** A request the notice's kind does not take (an objection to a meeting notice): the window's own words. */
  @ExceptionHandler(NoticeWindowException.class)
  ModelAndView wrongWindow(NoticeWindowException e) {
    return FriendlyErrorPages.page(HttpStatus.CONFLICT, e.getMessage());
  }

  /** The notice changed at the same moment (e.g. its period ended): the visitor may simply try again. */
  @ExceptionHandler(OptimisticLockingException.class)
  ModelAndView concurrent() {
    return FriendlyErrorPages.page(HttpStatus.CONFLICT, "公示状态刚刚发生变化，请刷新页面后再试。");
  }

  @ExceptionHandler({MissingServletRequestParameterException.class, MethodArgumentTypeMismatchException.class,
      IllegalArgumentException.class})
  ModelAndView badRequest() {
    return FriendlyErrorPages.page(HttpStatus.BAD_REQUEST, null);
  }

  @ExceptionHandler(Exception.class)
  ModelAndView failed(Exception e) {
    LOG.error("Notice board request failed", e);
    return FriendlyErrorPages.page(HttpStatus.INTERNAL_SERVER_ERROR, null);
  }
}
