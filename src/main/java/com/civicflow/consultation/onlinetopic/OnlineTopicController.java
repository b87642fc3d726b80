package com.civicflow.consultation.onlinetopic;

import com.civicflow.consultation.notice.CsrfTokens;
import com.civicflow.consultation.notice.FriendlyErrorPages;
import com.civicflow.consultation.notice.NoticeBoard;
import com.civicflow.consultation.organisation.OrgUnit;
import jakarta.servlet.http.HttpServletRequest;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;

/**
 * 网上议事厅 on a community's board (no login): {@code POST /notices/{community}/topics} takes “我要提议题” (the form is
 * on the board's page; CSRF token, body limit and rate limit as for objections) and answers with the topic's
 * tracking page {@code /notices/{community}/topics/{受理编号}}, which shows its status and nothing personal.
 */
@Controller
@RequestMapping("/notices/{communityId}/topics")
public class OnlineTopicController {

  static final String NOT_TAKEN = "本社区暂未开通网上议事厅。请通过社区居委会、网格员或其他渠道反映您的议题。";

  private final OnlineTopics topics;
  private final TopicTracking tracking;
  private final NoticeBoard board;
  private final CsrfTokens csrf;

  OnlineTopicController(OnlineTopics topics, TopicTracking tracking, NoticeBoard board, CsrfTokens csrf) {
    this.topics = topics;
    this.tracking = tracking;
    this.board = board;
    this.csrf = csrf;
  }

  @PostMapping
  ModelAndView submit(@PathVariable String communityId,
      @RequestParam(name = CsrfTokens.PARAMETER, required = false) String token,
      @RequestParam(required = false) String topic, @RequestParam(required = false) String description,
      @RequestParam(required = false) String location, @RequestParam(required = false) String name,
      @RequestParam(required = false) String contact, HttpServletRequest request) {
    OrgUnit unit = board.board(communityId).orElse(null);
    if (unit == null || !topics.takesTopics(unit.id())) {
      return FriendlyErrorPages.page(HttpStatus.NOT_FOUND, NOT_TAKEN);
    }
    if (!csrf.matches(request, token)) {
      return FriendlyErrorPages.page(HttpStatus.FORBIDDEN, "页面已过期或来源无法确认，请刷新公示栏页面后重新提交。");
    }
    ResidentTopic submitted = new ResidentTopic(topic, description, location, name, contact);
    if (!submitted.problems().isEmpty()) {
      ModelAndView page = new ModelAndView("notice/topic-new", HttpStatus.BAD_REQUEST);
      page.addObject("communityId", unit.id());
      page.addObject("communityName", board.fullName(unit.id()));
      page.addAllObjects(OnlineTopicForm.attributes(submitted, submitted.problems(), csrf.tokenFor(request)));
      return page;
    }
    String number = topics.submit(unit.id(), submitted);
    return new ModelAndView("redirect:/notices/" + unit.id() + "/topics/" + number + "?received", HttpStatus.SEE_OTHER);
  }

  /** The lookup form on the board: 受理编号 → its tracking page. */
  @GetMapping
  ModelAndView lookup(@PathVariable String communityId, @RequestParam(required = false) String number) {
    OrgUnit unit = board.board(communityId).orElse(null);
    var found = unit == null ? java.util.Optional.<TopicStatus>empty() : tracking.of(unit.id(), number);
    if (found.isEmpty()) {
      return FriendlyErrorPages.page(HttpStatus.NOT_FOUND, "没有找到这个受理编号，请核对后重新输入（编号形如 WS-XXXX-XXXX-XXXX）。");
    }
    return new ModelAndView("redirect:/notices/" + unit.id() + "/topics/"
        + URLEncoder.encode(found.get().trackingNumber(), StandardCharsets.UTF_8), HttpStatus.SEE_OTHER);
  }

  @GetMapping("/{number}")
  ModelAndView status(@PathVariable String communityId, @PathVariable String number,
      @RequestParam(required = false) String received, Model model) {
    OrgUnit unit = board.board(communityId).orElse(null);
    TopicStatus status = unit == null ? null : tracking.of(unit.id(), number).orElse(null);
    if (status == null) {
      return FriendlyErrorPages.page(HttpStatus.NOT_FOUND, "没有找到这个受理编号，请核对后重新输入（编号形如 WS-XXXX-XXXX-XXXX）。");
    }
    ModelAndView page = new ModelAndView("notice/topic");
    page.addObject("status", status);
    page.addObject("communityName", board.fullName(unit.id()));
    page.addObject("received", received != null);
    return page;
  }
}
