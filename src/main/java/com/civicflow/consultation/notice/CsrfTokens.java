package com.civicflow.consultation.notice;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import org.springframework.stereotype.Component;

/**
 * Synchronizer-token CSRF protection for the public forms (Spring Security is not used in this product):
 * a random token kept in the visitor's HTTP session, written into each form as {@value #PARAMETER}, and
 * compared in constant time when the form comes back. A post without the session's token is refused.
 */
@Component
public class CsrfTokens {

  public static final String PARAMETER = "_csrf";
  static final String SESSION_ATTRIBUTE = CsrfTokens.class.getName();
  private static final SecureRandom RANDOM = new SecureRandom();

  /** The visitor's token, created (with a session) on first use. */
  public String tokenFor(HttpServletRequest request) {
    HttpSession session = request.getSession(true);
    Object token = session.getAttribute(SESSION_ATTRIBUTE);
    if (token == null) {
      byte[] bytes = new byte[32];
      RANDOM.nextBytes(bytes);
      token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
      session.setAttribute(SESSION_ATTRIBUTE, token);
    }
    return token.toString();
  }

  /** Whether the submitted token is the one of the visitor's session. */
  public boolean matches(HttpServletRequest request, String submitted) {
    HttpSession session = request.getSession(false);
    Object expected = session == null ? null : session.getAttribute(SESSION_ATTRIBUTE);
    return expected != null && submitted != null
        && MessageDigest.isEqual(expected.toString().getBytes(StandardCharsets.UTF_8), submitted.getBytes(StandardCharsets.UTF_8));
  }
}
