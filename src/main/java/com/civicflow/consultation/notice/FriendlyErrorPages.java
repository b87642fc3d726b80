package com.civicflow.consultation.notice;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Map;
import org.springframework.boot.autoconfigure.web.servlet.error.ErrorViewResolver;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.ModelAndView;

/**
 * Chinese error pages for the public board and the matter files ({@code /notices/**}, {@code /archive/**}),
 * whatever went wrong (unknown path, wrong method, body too large …): a short text by status, never the
 * exception, path details or a stack trace. Other paths keep Spring Boot's default.
 */
@Component
public class FriendlyErrorPages implements ErrorViewResolver {

  static final String VIEW = "notice/error";

  @Override
  public ModelAndView resolveErrorView(HttpServletRequest request, HttpStatus status, Map<String, Object> model) {
    Object path = model.get("path");
    if (path == null || !(path.toString().startsWith("/notices") || path.toString().startsWith("/archive"))) {
      return null;
    }
    return page(status, null);
  }

  /** The friendly page for a status; {@code message} replaces the standard text when given. */
  public static ModelAndView page(HttpStatus status, String message) {
    ModelAndView page = new ModelAndView(VIEW, status);
    page.addObject("status", status.value());
    page.addObject("title", title(status));
    page.addObject("message", message != null ? message : text(status));
    return page;
  }

  static String title(HttpStatus status) {
    return switch (status) {
      case BAD_REQUEST -> "提交的内容有误";
      case UNAUTHORIZED -> "请先登录";
      case FORBIDDEN -> "无权访问";
      case NOT_FOUND -> "没有找到页面";
      case CONFLICT -> "无法受理";
      case PAYLOAD_TOO_LARGE, LENGTH_REQUIRED -> "提交的内容过长";
      case METHOD_NOT_ALLOWED -> "不支持的操作";
      case TOO_MANY_REQUESTS -> "提交过于频繁";
      default -> status.is4xxClientError() ? "请求无法处理" : "系统暂时无法处理";
    };
  }

  static String text(HttpStatus status) {
    return switch (status) {
      case BAD_REQUEST -> "请检查填写的内容后重新提交。";
      case UNAUTHORIZED -> "查看事项档案需要使用社区工作人员账号登录。";
      case FORBIDDEN -> "该页面只对本社区工作人员和督办人员开放；如果您是从公示栏提交异议，请刷新公示页面后重新提交。";
      case NOT_FOUND -> "您要找的公示或页面不存在，可能地址有误。";
      case CONFLICT -> "该公示已结束，不再受理异议。";
      case PAYLOAD_TOO_LARGE, LENGTH_REQUIRED -> "提交的内容超过了允许的长度，请精简后重新提交。";
      case METHOD_NOT_ALLOWED -> "请从页面上的按钮操作。";
      case TOO_MANY_REQUESTS -> "您（或与您使用同一网络的人）短时间内提交次数过多。为防止恶意刷屏，请稍等几分钟后再提交；如有急事，请直接联系社区居委会。";
      default -> status.is4xxClientError() ? "请返回上一页重试。" : "请稍后再试；如问题持续，请联系社区居委会。";
    };
  }
}
