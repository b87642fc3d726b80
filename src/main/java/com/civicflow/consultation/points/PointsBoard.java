package com.civicflow.consultation.points;

import com.civicflow.consultation.notice.CsrfTokens;
import com.civicflow.consultation.notice.FriendlyErrorPages;
import com.civicflow.consultation.notice.NoticeBoard;
import com.civicflow.consultation.organisation.OrgUnit;
import com.civicflow.consultation.organisation.OrganisationDirectory;
import com.civicflow.consultation.privacy.Masking;
import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import java.util.Optional;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;

/**
 * 我的治理积分 on a 垦利 community's board (no login): {@code GET /notices/{community}/points} is the form, and
 * {@code POST} with the resident's personal code answers with that account's balance and entries — nothing of anybody
 * else, the name masked as the board masks names. The code travels in the body of a form with the board's CSRF token,
 * never in an address (so no log or browser history keeps it), and the board's rate limit counts the tries of each
 * client ({@code SubmissionRateLimit}, form {@code points}): with 60 random bits a code cannot be found by guessing.
 */
@Controller("kenliPointsBoard")
@RequestMapping("/notices/{communityId}/points")
public class PointsBoard {

  static final int SHOWN_ENTRIES = 50;
  static final String NOT_OFFERED = "本社区暂未推行治理积分。";
  static final String UNKNOWN_CODE = "没有找到这个积分码。请核对后重新输入（形如 JF-XXXX-XXXX-XXXX）；遗失的请到社区居委会重新领取。";

  private final PointsLedger ledger;
  private final NoticeBoard board;
  private final OrganisationDirectory directory;
  private final CsrfTokens csrf;

  PointsBoard(PointsLedger ledger, NoticeBoard board, OrganisationDirectory directory, CsrfTokens csrf) {
    this.ledger = ledger;
    this.board = board;
    this.directory = directory;
    this.csrf = csrf;
  }

  /** Whether the community's board offers 我的治理积分 (its district runs {@code kenli-points}). */
  public boolean offers(String communityId) {
    return community(communityId).isPresent();
  }

  @GetMapping
  ModelAndView form(@PathVariable String communityId, HttpServletRequest request) {
    return community(communityId).map(unit -> page(unit, request, null, HttpStatus.OK))
        .orElseGet(() -> FriendlyErrorPages.page(HttpStatus.NOT_FOUND, NOT_OFFERED));
  }

  @PostMapping
  ModelAndView balance(@PathVariable String communityId,
      @RequestParam(name = CsrfTokens.PARAMETER, required = false) String token,
      @RequestParam(required = false) String code, HttpServletRequest request) {
    OrgUnit unit = community(communityId).orElse(null);
    if (unit == null) {
      return FriendlyErrorPages.page(HttpStatus.NOT_FOUND, NOT_OFFERED);
    }
    if (!csrf.matches(request, token)) {
      return FriendlyErrorPages.page(HttpStatus.FORBIDDEN, "页面已过期或来源无法确认，请刷新页面后重新查询。");
    }
    Optional<PointsLedger.Account> account = ledger.byCode(unit.id(), code);
    if (account.isEmpty()) {
      return page(unit, request, UNKNOWN_CODE, HttpStatus.NOT_FOUND);
    }
    ModelAndView page = page(unit, request, null, HttpStatus.OK);
    PointsLedger.Account found = account.get();
    page.addObject("holder", PointsProcess.SHOP.equals(found.holderKind()) ? found.holder() : Masking.name(found.holder()));
    page.addObject("balance", found.balance());
    page.addObject("entries", ledger.entries(found, SHOWN_ENTRIES).stream().map(PointsBoard::line).toList());
    return page;
  }

  /** An entry as the resident reads it: a staff member's note with any contact masked; the system's by its kind. */
  public record Line(String kind, String points, String matter, String note, java.util.Date at) {}

  static Line line(PointsLedger.Entry entry) {
    String note = PointsLedger.SYSTEM.equals(entry.recordedBy())
        ? (PointsKind.SUGGESTION.label().equals(entry.kind()) ? "提出的议题进入协商" : "参加协商会议")
        : Masking.contacts(entry.note());
    return new Line(entry.kind(), (entry.points() > 0 ? "+" : "") + entry.points(), entry.matter(), note, entry.recordedAt());
  }

  private ModelAndView page(OrgUnit unit, HttpServletRequest request, String problem, HttpStatus status) {
    ModelAndView page = new ModelAndView("notice/points", status);
    page.addObject("communityId", unit.id());
    page.addObject("communityName", board.fullName(unit.id()));
    page.addObject("csrfParameter", CsrfTokens.PARAMETER);
    page.addObject("csrfToken", csrf.tokenFor(request));
    page.addObject("problems", problem == null ? List.of() : List.of(problem));
    return page;
  }

  private Optional<OrgUnit> community(String communityId) {
    return board.board(communityId).filter(unit -> directory.modelsOf(directory.districtOf(unit.id()).id())
        .contains(PointsProcess.KEY));
  }
}
