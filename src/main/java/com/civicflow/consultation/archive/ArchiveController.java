package com.civicflow.consultation.archive;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.civicflow.consultation.notice.FriendlyErrorPages;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Map;
import java.util.Optional;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.servlet.ModelAndView;

/**
 * The matter files: {@code /archive} lists those the user may open; {@code /archive/{matterNumber}} as a printable page, {@code /archive/{matterNumber}.json}
 * as a download. 401 without a login, 403 for users outside the matter's community (checked before saying
 * anything about the matter), 404 for an unknown matter or one not filed yet.
 */
@Controller
class ArchiveController {

  static final int INDEX_SIZE = 200;

  private final ArchiveAccess access;
  private final MatterFiles files;
  private final HistoryService history;
  private final ObjectMapper json = new ObjectMapper();

  ArchiveController(ArchiveAccess access, MatterFiles files, HistoryService history) {
    this.access = access;
    this.files = files;
    this.history = history;
  }

  /** The files the user may open, newest first. */
  @GetMapping("/archive")
  ModelAndView index(HttpServletRequest request, HttpServletResponse response) {
    Optional<String> user = access.user(request);
    if (user.isEmpty()) {
      return loginRequired(response);
    }
    ModelAndView page = new ModelAndView("archive/index");
    page.addObject("entries", files.latestOf(access.readableTenants(user.get()), INDEX_SIZE));
    return page;
  }

  @GetMapping("/archive/{name:.+}")
  @SuppressWarnings("unchecked")
  Object file(@PathVariable String name, HttpServletRequest request, HttpServletResponse response) throws IOException {
    boolean asJson = name.endsWith(".json");
    String matterNumber = asJson ? name.substring(0, name.length() - 5) : name;
    Optional<String> user = access.user(request);
    if (user.isEmpty()) {
      return loginRequired(response);
    }
    Optional<MatterFiles.StoredFile> stored = files.byMatterNumber(matterNumber);
    Optional<HistoricProcessInstance> matter = stored.isPresent() ? Optional.empty()
        : history.createHistoricProcessInstanceQuery().processInstanceBusinessKey(matterNumber)
            .orderByProcessInstanceStartTime().asc().listPage(0, 1).stream().findFirst();
    if (stored.isEmpty() && matter.isEmpty()) {
      return FriendlyErrorPages.page(HttpStatus.NOT_FOUND, "没有找到该事项的档案，请核对事项编号。");
    }
    String tenantId = stored.map(MatterFiles.StoredFile::tenantId).orElseGet(() -> matter.get().getTenantId());
    if (!access.mayRead(user.get(), tenantId)) {
      return FriendlyErrorPages.page(HttpStatus.FORBIDDEN, "事项档案只对本社区工作人员和督办人员开放。");
    }
    if (stored.isEmpty()) {
      return FriendlyErrorPages.page(HttpStatus.NOT_FOUND, "该事项尚未办结或正在归档；事项办结后系统会自动生成档案，请稍后再试。");
    }
    if (asJson) {
      return ResponseEntity.ok()
          .contentType(MediaType.APPLICATION_JSON)
          .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(matterNumber + ".json").build().toString())
          .header(HttpHeaders.CACHE_CONTROL, "no-store")
          .body(stored.get().json());
    }
    Map<String, Object> file = json.readValue(stored.get().json(), Map.class);
    ModelAndView page = new ModelAndView("archive/file");
    page.addObject("file", file);
    page.addObject("people", new Names((Map<String, Object>) file.getOrDefault("people", Map.of())));
    page.addObject("filedAt", stored.get().filedAt());
    return page;
  }

  private static ModelAndView loginRequired(HttpServletResponse response) {
    response.setHeader(HttpHeaders.WWW_AUTHENTICATE, "Basic realm=\"matter-file\", charset=\"UTF-8\"");
    return FriendlyErrorPages.page(HttpStatus.UNAUTHORIZED, "查看事项档案需要登录：请先登录任务列表（Tasklist），或使用社区工作人员账号和密码。");
  }

  /** For the page: a user id as the name the file recorded for it, else the id itself. */
  record Names(Map<String, Object> names) {
    public String of(Object userId) {
      return userId == null ? "" : String.valueOf(names.getOrDefault(userId.toString(), userId));
    }
  }
}
