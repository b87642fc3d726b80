package com.civicflow.consultation.dongcheng;

import com.civicflow.consultation.archive.ArchiveAccess;
import com.civicflow.consultation.matter.Submission;
import jakarta.servlet.http.HttpServletRequest;
import java.time.LocalDate;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /ratings/dongcheng?year=2026} (JSON): the residents' ratings of streets and departments for
 * annual performance review, over the matters the user may read. Supervisors, district civil affairs and
 * administrators only (Tasklist login or HTTP Basic, as the archive).
 */
@RestController
class RatingsController {

  private final RatingsSummary summary;
  private final ArchiveAccess access;

  RatingsController(RatingsSummary summary, ArchiveAccess access) {
    this.summary = summary;
    this.access = access;
  }

  @GetMapping(path = "/ratings/dongcheng", produces = "application/json")
  ResponseEntity<?> ratings(@RequestParam(required = false) Integer year, HttpServletRequest request) {
    String user = access.user(request).orElse(null);
    if (user == null) {
      return ResponseEntity.status(HttpStatus.UNAUTHORIZED).header("WWW-Authenticate", "Basic realm=\"ratings\"").build();
    }
    if (!access.isSupervisory(user)) {
      return ResponseEntity.status(HttpStatus.FORBIDDEN).build();
    }
    int shown = year != null ? year : LocalDate.ofInstant(ClockUtil.getCurrentTime().toInstant(), Submission.ZONE).getYear();
    return ResponseEntity.ok(summary.of(shown, access.readableTenants(user)));
  }
}
