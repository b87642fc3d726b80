package com.civicflow.consultation;

import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

/**
 * A browser session logged in to a Camunda webapp (Tasklist, Cockpit, Admin) as its login form does: the session
 * and CSRF cookies, the CSRF header on every request. Its REST calls are the webapp's own
 * ({@code /camunda/api/engine/engine/default/…}), made as the user.
 */
public final class WebappSession {

  /** Tasklist's own REST API, as its pages call it. */
  public static final String TASKLIST_API = "/camunda/api/engine/engine/default";
  /** The Accept header of Tasklist's task list call: tasks with their embedded card variables. */
  public static final String HAL = "application/hal+json, application/json; q=0.5";

  private final HttpClient browser;
  private final CookieManager cookies;
  private final int port;
  private int loginStatus;

  private WebappSession(HttpClient browser, CookieManager cookies, int port) {
    this.browser = browser;
    this.cookies = cookies;
    this.port = port;
  }

  /** Opens the webapp's page and logs in as the user (password {@code demo}; {@code admin} for admin). */
  public static WebappSession login(int port, String user, String app) throws Exception {
    CookieManager cookies = new CookieManager();
    HttpClient browser = HttpClient.newBuilder().cookieHandler(cookies).build();
    WebappSession session = new WebappSession(browser, cookies, port);
    browser.send(HttpRequest.newBuilder(session.uri("/camunda/app/" + app + "/default/")).build(),
        HttpResponse.BodyHandlers.ofString());
    String password = user.equals("admin") ? "admin" : "demo";
    HttpRequest request = session.request("/camunda/api/admin/auth/user/default/login/" + app)
        .header("Content-Type", "application/x-www-form-urlencoded")
        .POST(HttpRequest.BodyPublishers.ofString("username=" + user + "&password=" + password)).build();
    session.loginStatus = browser.send(request, HttpResponse.BodyHandlers.ofString()).statusCode();
    // as the webapp does once logged in: it asks who is logged in, and gets the new session's CSRF token with it
    browser.send(session.request("/camunda/api/admin/auth/user/default").build(), HttpResponse.BodyHandlers.ofString());
    return session;
  }

  public int loginStatus() {
    return loginStatus;
  }

  public HttpRequest.Builder request(String path) {
    String csrf = cookies.getCookieStore().getCookies().stream()
        .filter(c -> c.getName().equals("XSRF-TOKEN")).findFirst().orElseThrow().getValue();
    return HttpRequest.newBuilder(uri(path)).header("X-XSRF-TOKEN", csrf);
  }

  public HttpResponse<String> get(String path) throws Exception {
    return browser.send(request(path).build(), HttpResponse.BodyHandlers.ofString());
  }

  public HttpResponse<String> post(String path, String json) throws Exception {
    return post(path, json, "application/json");
  }

  /** A POST with Tasklist's Accept header for HAL ({@link #HAL}), as its task list does. */
  public HttpResponse<String> postHal(String path, String json) throws Exception {
    return post(path, json, HAL);
  }

  private HttpResponse<String> post(String path, String json, String accept) throws Exception {
    return browser.send(request(path).header("Content-Type", "application/json").header("Accept", accept)
        .POST(HttpRequest.BodyPublishers.ofString(json)).build(), HttpResponse.BodyHandlers.ofString());
  }

  private URI uri(String path) {
    return URI.create("http://localhost:" + port + path);
  }
}
