package com.civicflow.consultation.dongcheng;

import com.civicflow.consultation.notice.NoticeBoard;
import com.civicflow.consultation.organisation.OrgUnit;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.server.ResponseStatusException;

/**
 * {@code GET /notices/{communityId}/funding}: the community's 协商资金 on the public board, without login (居务公开):
 * per year every funding a residents' (representatives') meeting decided — matter, source, amount, use, the vote — and
 * whether the street has audited that year. Only 东城 communities keep such a ledger; others answer 404.
 */
@Controller
class FundingBoardController {

  private final NoticeBoard board;
  private final FundingLedger ledger;

  FundingBoardController(NoticeBoard board, FundingLedger ledger) {
    this.board = board;
    this.ledger = ledger;
  }

  /** One year of a community's funding on the board. */
  record Year(int year, List<FundingLedger.Funding> fundings, long total, FundingLedger.Audit audit) {}

  @GetMapping("/notices/{communityId}/funding")
  String funding(@PathVariable String communityId, Model model) {
    OrgUnit unit = board.board(communityId)
        .filter(u -> board.usesModel(u.id(), DongchengConsultation.PROCESS_KEY))
        .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "没有这个社区的协商资金公示"));
    Map<Integer, List<FundingLedger.Funding>> byYear = new TreeMap<>(java.util.Comparator.reverseOrder());
    ledger.of(unit.id(), null).forEach(f -> byYear.computeIfAbsent(f.year(), y -> new java.util.ArrayList<>()).add(f));
    ledger.audits(unit.id()).forEach(a -> byYear.computeIfAbsent(a.year(), y -> new java.util.ArrayList<>()));
    model.addAttribute("communityId", unit.id());
    model.addAttribute("communityName", board.fullName(unit.id()));
    model.addAttribute("years", byYear.entrySet().stream().map(e -> new Year(e.getKey(), e.getValue(),
        e.getValue().stream().mapToLong(FundingLedger.Funding::amount).sum(),
        ledger.audit(unit.id(), e.getKey()).orElse(null))).toList());
    return "notice/funding";
  }
}
