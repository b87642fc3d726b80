package com.civicflow.consultation.notice;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A visitor of the running application over real HTTP: a resident's browser on the public board (cookies, the
 * form's CSRF token, no redirects followed) and, with {@link #rest}, a staff member's REST calls with HTTP Basic.
 */
public final class BoardClient {

  static final String BROWSER_ACCEPT = "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8";
  static final Pattern TOKEN = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

  private final int port;
  private final HttpClient http = HttpClient.newBuilder().cookieHandler(new CookieManager())
      .followRedirects(HttpClient.Redirect.NEVER).build();
  private final ObjectMapper json = new ObjectMapper();

  public BoardClient(int port) {
    this.port = port;
  }

  public static String token(String html) {
    Matcher m = TOKEN.matcher(html);
    assertThat(m.find()).as("form carries a CSRF token").isTrue();
    return m.group(1);
  }

  public HttpResponse<String> get(String path) throws IOException, InterruptedException {
    return http.send(HttpRequest.newBuilder(uri(path)).header("Accept", BROWSER_ACCEPT).GET().build(),
        HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
  }

  public HttpResponse<String> postForm(String path, Map<String, String> fields) throws IOException, InterruptedException {
    String body = new LinkedHashMap<>(fields).entrySet().stream()
        .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
        .collect(Collectors.joining("&"));
    return http.send(HttpRequest.newBuilder(uri(path))
            .header("Content-Type", "application/x-www-form-urlencoded; charset=UTF-8").header("Accept", BROWSER_ACCEPT)
            .POST(HttpRequest.BodyPublishers.ofString(body)).build(),
        HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
  }

  /** A REST call as the user (HTTP Basic, password demo unless given as user:password); body JSON or null. */
  public HttpResponse<String> rest(String method, String path, String user, Object body) throws IOException, InterruptedException {
    String credentials = user.contains(":") ? user : user + ":demo";
    HttpRequest.Builder request = HttpRequest.newBuilder(uri(path))
        .header("Authorization", "Basic " + Base64.getEncoder().encodeToString(credentials.getBytes(StandardCharsets.UTF_8)))
        .header("Accept", "application/json");
    if (body == null) {
      request.method(method, HttpRequest.BodyPublishers.noBody());
    } else {
      request.header("Content-Type", "application/json")
          .method(method, HttpRequest.BodyPublishers.ofString(json.writeValueAsString(body), StandardCharsets.UTF_8));
    }
    return http.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
  }

  public JsonNode restJson(String method, String path, String user, Object body) throws IOException, InterruptedException {
    HttpResponse<String> response = rest(method, path, user, body);
    assertThat(response.statusCode()).as("%s %s as %s: %s", method, path, user, response.body()).isBetween(200, 299);
    return json.readTree(response.body());
  }

  private URI uri(String path) {
    return URI.create("http://localhost:" + port + path);
  }
}
