package com.civicflow.consultation.privacy;

import com.civicflow.consultation.archive.ArchiveAccess;
import com.civicflow.consultation.organisation.RoleGroup;
import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Administrators only (group {@code camunda-admin}; Tasklist/Admin login or HTTP Basic):
 * {@code GET /privacy/personal-data?name=…&contact=…} shows where a person's data is kept (changes nothing);
 * {@code POST /privacy/personal-data/erasure} with JSON {@code {"name": "…", "contacts": ["…"]}} erases it everywhere
 * ({@link PersonalDataErasure}). The POST takes JSON only, which a foreign page cannot send with the administrator's
 * login (no cross-site request forgery).
 */
@RestController
@RequestMapping(path = "/privacy/personal-data", produces = MediaType.APPLICATION_JSON_VALUE)
class PersonalDataController {

  private final PersonalDataErasure erasure;
  private final ArchiveAccess access;
  private final IdentityService identity;

  PersonalDataController(PersonalDataErasure erasure, ArchiveAccess access, IdentityService identity) {
    this.erasure = erasure;
    this.access = access;
    this.identity = identity;
  }

  /** What an erasure request names. */
  record ErasureRequest(String name, List<String> contacts) {}

  @GetMapping
  ResponseEntity<?> find(@RequestParam(required = false) String name, @RequestParam(required = false) List<String> contact,
      HttpServletRequest request) {
    return asAdministrator(request, admin -> erasure.find(new Person(name, contact)));
  }

  @PostMapping(path = "/erasure", consumes = MediaType.APPLICATION_JSON_VALUE)
  ResponseEntity<?> erase(@RequestBody ErasureRequest body, HttpServletRequest request) {
    return asAdministrator(request, admin -> erasure.erase(new Person(body.name(), body.contacts()), admin));
  }

  @ExceptionHandler(IllegalArgumentException.class)
  ResponseEntity<Map<String, String>> refused(IllegalArgumentException e) {
    return ResponseEntity.badRequest().body(Map.of("message", e.getMessage()));
  }

  private ResponseEntity<?> asAdministrator(HttpServletRequest request, java.util.function.Function<String, Object> action) {
    String user = access.user(request).orElse(null);
    if (user == null) {
      return ResponseEntity.status(HttpStatus.UNAUTHORIZED).header("WWW-Authenticate", "Basic realm=\"privacy\"")
          .body(Map.of("message", "请以系统管理员身份登录"));
    }
    if (identity.createUserQuery().userId(user).memberOfGroup(RoleGroup.ADMINISTRATOR.id()).count() == 0) {
      return ResponseEntity.status(HttpStatus.FORBIDDEN).body(Map.of("message", "只有系统管理员可以查找和删除居民的个人信息"));
    }
    return ResponseEntity.ok(action.apply(user));
  }
}
