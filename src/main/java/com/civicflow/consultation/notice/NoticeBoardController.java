package com.civicflow.consultation.notice;

import com.civicflow.consultation.onlinetopic.OnlineTopicForm;
import com.civicflow.consultation.onlinetopic.OnlineTopics;
import com.civicflow.consultation.organisation.OrgUnit;
import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
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
 * The public notice board (公示栏): no login. {@code /notices} lists the boards, {@code /notices/{community}}
 * a community's current and past notices (and, where the community takes them, the form “我要提议题” of the
 * 网上议事厅), {@code /notices/{community}/{notice}} one notice with, while it is open, the one form its kind's
 * {@link NoticeWindow} takes (异议, 报名参会 / 申请列席, 参与报名, or none).
 */
@Controller
@RequestMapping("/notices")
class NoticeBoardController {

  private final NoticeBoard board;
  private final ObjectionDesk desk;
  private final CsrfTokens csrf;
  private final ApplicationDesk applications;
  private final OnlineTopics topics;
  private final SupervisionOpinionDesk supervision;

  NoticeBoardController(NoticeBoard board, ObjectionDesk desk, CsrfTokens csrf, ApplicationDesk applications,
      OnlineTopics topics, SupervisionOpinionDesk supervision) {
    this.board = board;
    this.desk = desk;
    this.csrf = csrf;
    this.applications = applications;
    this.topics = topics;
    this.supervision = supervision;
  }

  @GetMapping
  String boards(Model model) {
    model.addAttribute("boards", board.boards().stream()
        .map(u -> new BoardLink(u.id(), board.fullName(u.id()))).toList());
    return "notice/boards";
  }

  @GetMapping("/{communityId}")
  String community(@PathVariable String communityId, HttpServletRequest request, Model model) {
    OrgUnit unit = board.board(communityId).orElseThrow(NoticeNotFoundException::new);
    List<PostedNotice> notices = board.notices(unit.id());
    model.addAttribute("communityId", unit.id());
    model.addAttribute("communityName", board.fullName(unit.id()));
    model.addAttribute("current", notices.stream().filter(n -> n.status() == NoticeStatus.OPEN || n.status() == NoticeStatus.EXPIRED).toList());
    model.addAttribute("past", notices.stream().filter(n -> n.status() == NoticeStatus.CLOSED || n.status() == NoticeStatus.WITHDRAWN).toList());
    model.addAttribute("takesTopics", topics.takesTopics(unit.id()));
    model.addAttribute("fundingBoard", board.usesModel(unit.id(), com.civicflow.consultation.dongcheng.DongchengConsultation.PROCESS_KEY));
    if (topics.takesTopics(unit.id())) {
      model.addAllAttributes(OnlineTopicForm.empty(csrf.tokenFor(request)));
    }
    return "notice/community";
  }

  @GetMapping("/{communityId}/{noticeId}")
  String notice(@PathVariable String communityId, @PathVariable String noticeId,
      @RequestParam(required = false) String received, @RequestParam(required = false) String applied,
      @RequestParam(required = false) String supervised, HttpServletRequest request, Model model) {
    PostedNotice notice = find(communityId, noticeId);
    fill(model, request, notice, new Objection("", "", ""), List.of());
    model.addAttribute("received", received != null);
    model.addAttribute("applied", applied != null);
    model.addAttribute("supervised", supervised != null);
    return "notice/detail";
  }

  /** 居民监督: an opinion on how a published result is being carried out, while its matter takes them. */
  @PostMapping("/{communityId}/{noticeId}/supervision")
  ModelAndView supervise(@PathVariable String communityId, @PathVariable String noticeId,
      @RequestParam(name = CsrfTokens.PARAMETER, required = false) String token,
      @RequestParam(required = false) String name, @RequestParam(required = false) String contact,
      @RequestParam(required = false) String opinion, HttpServletRequest request, Model model) {
    if (!csrf.matches(request, token)) {
      return FriendlyErrorPages.page(HttpStatus.FORBIDDEN, "页面已过期或来源无法确认，请刷新公示页面后重新提交。");
    }
    PostedNotice notice = find(communityId, noticeId);
    if (!supervision.accepting(notice)) {
      return FriendlyErrorPages.page(HttpStatus.CONFLICT, "本事项目前不在办理中，不受理居民监督意见。");
    }
    SupervisionOpinion submitted = new SupervisionOpinion(name, contact, opinion);
    if (!submitted.problems().isEmpty()) {
      fill(model, request, notice, new Objection("", "", ""), List.of());
      model.addAttribute("opinion", submitted);
      model.addAttribute("opinionProblems", submitted.problems());
      ModelAndView page = new ModelAndView("notice/detail", model.asMap(), HttpStatus.BAD_REQUEST);
      page.addObject("received", false);
      page.addObject("supervised", false);
      return page;
    }
    supervision.lodge(notice.communityId(), notice.noticeId(), submitted);
    return new ModelAndView("redirect:/notices/" + notice.communityId() + "/" + notice.noticeId() + "?supervised", HttpStatus.SEE_OTHER);
  }

  @PostMapping("/{communityId}/{noticeId}/objections")
  ModelAndView object(@PathVariable String communityId, @PathVariable String noticeId,
      @RequestParam(name = CsrfTokens.PARAMETER, required = false) String token,
      @RequestParam(required = false) String name, @RequestParam(required = false) String contact,
      @RequestParam(required = false) String reason, HttpServletRequest request, Model model) {
    if (!csrf.matches(request, token)) {
      return FriendlyErrorPages.page(HttpStatus.FORBIDDEN, "页面已过期或来源无法确认，请刷新公示页面后重新提交。");
    }
    PostedNotice notice = find(communityId, noticeId);
    if (!notice.open()) {
      throw new NoticeClosedException();
    }
    if (!notice.takesObjections()) {
      throw new NoticeWindowException(notice.kind(), NoticeWindow.OBJECTIONS.request());
    }
    Objection objection = new Objection(name, contact, reason);
    if (!objection.problems().isEmpty()) {
      fill(model, request, notice, objection, objection.problems());
      ModelAndView page = new ModelAndView("notice/detail", model.asMap(), HttpStatus.BAD_REQUEST);
      page.addObject("received", false);
      return page;
    }
    desk.lodge(notice.communityId(), notice.noticeId(), objection);
    return new ModelAndView("redirect:/notices/" + notice.communityId() + "/" + notice.noticeId() + "?received", HttpStatus.SEE_OTHER);
  }

  /**
   * 报名参会 / 申请列席 (会议通知) or 参与报名: an application from an open notice whose kind takes applications; to a
   * notice of another kind it is refused (409) with the board's Chinese message.
   */
  @PostMapping("/{communityId}/{noticeId}/applications")
  ModelAndView apply(@PathVariable String communityId, @PathVariable String noticeId,
      @RequestParam(name = CsrfTokens.PARAMETER, required = false) String token,
      @RequestParam(required = false) String name, @RequestParam(required = false) String contact,
      @RequestParam(required = false) String organisation, @RequestParam(required = false) String reason,
      HttpServletRequest request, Model model) {
    if (!csrf.matches(request, token)) {
      return FriendlyErrorPages.page(HttpStatus.FORBIDDEN, "页面已过期或来源无法确认，请刷新公示页面后重新提交。");
    }
    PostedNotice notice = find(communityId, noticeId);
    if (!notice.open()) {
      throw new NoticeClosedException();
    }
    if (!notice.takesApplications()) {
      throw new NoticeWindowException(notice.kind(), NoticeWindow.ATTENDANCE.request());
    }
    ParticipationApplication application = new ParticipationApplication(name, contact, organisation, reason);
    if (!application.problems().isEmpty()) {
      fill(model, request, notice, new Objection("", "", ""), List.of());
      model.addAttribute("application", application);
      model.addAttribute("applicationProblems", application.problems());
      ModelAndView page = new ModelAndView("notice/detail", model.asMap(), HttpStatus.BAD_REQUEST);
      page.addObject("received", false);
      page.addObject("applied", false);
      return page;
    }
    applications.apply(notice.communityId(), notice.noticeId(), application);
    return new ModelAndView("redirect:/notices/" + notice.communityId() + "/" + notice.noticeId() + "?applied", HttpStatus.SEE_OTHER);
  }

  private PostedNotice find(String communityId, String noticeId) {
    board.board(communityId).orElseThrow(NoticeNotFoundException::new);
    return board.notice(communityId, noticeId).orElseThrow(NoticeNotFoundException::new);
  }

  private void fill(Model model, HttpServletRequest request, PostedNotice notice, Objection objection, List<String> problems) {
    model.addAttribute("notice", notice);
    model.addAttribute("communityName", board.fullName(notice.communityId()));
    model.addAttribute("objection", objection);
    model.addAttribute("problems", problems);
    model.addAttribute("application", new ParticipationApplication("", "", "", ""));
    model.addAttribute("applicationProblems", List.of());
    model.addAttribute("applied", false);
    model.addAttribute("supervised", false);
    model.addAttribute("opinion", new SupervisionOpinion("", "", ""));
    model.addAttribute("opinionProblems", List.of());
    model.addAttribute("limits", new int[] {Objection.MAX_NAME, Objection.MAX_CONTACT, Objection.MAX_REASON});
    boolean takesOpinions = supervision.accepting(notice);
    model.addAttribute("takesOpinions", takesOpinions);
    if (notice.open() || takesOpinions) {
      model.addAttribute("csrfParameter", CsrfTokens.PARAMETER);
      model.addAttribute("csrfToken", csrf.tokenFor(request));
    }
  }

  /** A link on the boards page. */
  record BoardLink(String id, String name) {}
}
