package com.civicflow.consultation.drive;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/** A resident's browser on the public board: no login, its own session (the CSRF token lives there). */
public final class Board {

  private static final Pattern TOKEN = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");
  private static final String ACCEPT = "text/html,application/xhtml+xml";

  private final int port;
  private final HttpClient browser = HttpClient.newBuilder().cookieHandler(new CookieManager())
      .followRedirects(HttpClient.Redirect.NEVER).build();

  public Board(int port) {
    this.port = port;
  }

  public record Page(int status, String body, String location) {
    public String csrfToken() {
      Matcher matcher = TOKEN.matcher(body);
      if (!matcher.find()) {
        throw new AssertionError("页面没有 CSRF 令牌");
      }
      return matcher.group(1);
    }
  }

  public Page get(String path) {
    return send(HttpRequest.newBuilder(uri(path)).header("Accept", ACCEPT).GET());
  }

  public Page post(String path, String csrfToken, Map<String, String> fields) {
    Map<String, String> all = new LinkedHashMap<>(fields);
    all.put("_csrf", csrfToken);
    String body = all.entrySet().stream()
        .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8)).collect(Collectors.joining("&"));
    return send(HttpRequest.newBuilder(uri(path)).header("Accept", ACCEPT)
        .header("Content-Type", "application/x-www-form-urlencoded; charset=UTF-8").POST(HttpRequest.BodyPublishers.ofString(body)));
  }

  private Page send(HttpRequest.Builder request) {
    try {
      HttpResponse<String> response = browser.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
      return new Page(response.statusCode(), response.body(), response.headers().firstValue("Location").orElse(""));
    } catch (IOException e) {
      throw new AssertionError(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AssertionError(e);
    }
  }

  private URI uri(String path) {
    return URI.create("http://localhost:" + port + path);
  }
}
