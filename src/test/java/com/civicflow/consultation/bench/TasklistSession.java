package com.civicflow.consultation.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;

/**
 * A user logged in to Tasklist as its login page does (session and CSRF cookies, the CSRF header on every call), making
 * the calls Tasklist's pages make to its own REST API — with the session's cached groups and tenants, unlike HTTP
 * Basic on /engine-rest which looks them up at every request.
 */
final class TasklistSession {

  static final String API = "/camunda/api/engine/engine/default";
  /** What Tasklist sends for the first page of a filter: its default sort (newest first), 15 tasks. */
  static final String FIRST_PAGE = "{\"processVariables\":[],\"taskVariables\":[],\"caseInstanceVariables\":[],"
      + "\"sorting\":[{\"sortBy\":\"created\",\"sortOrder\":\"desc\"}],\"active\":true}";
  private static final ObjectMapper JSON = new ObjectMapper();

  private final HttpClient browser;
  private final CookieManager cookies;
  private final int port;

  private TasklistSession(HttpClient browser, CookieManager cookies, int port) {
    this.browser = browser;
    this.cookies = cookies;
    this.port = port;
  }

  static TasklistSession login(int port, String user, String password) {
    CookieManager cookies = new CookieManager();
    TasklistSession session = new TasklistSession(HttpClient.newBuilder().cookieHandler(cookies).build(), cookies, port);
    session.send(HttpRequest.newBuilder(session.uri("/camunda/app/tasklist/default/")).build());
    HttpResponse<String> login = session.send(session.request("/camunda/api/admin/auth/user/default/login/tasklist")
        .header("Content-Type", "application/x-www-form-urlencoded")
        .POST(HttpRequest.BodyPublishers.ofString("username=" + user + "&password=" + password)).build());
    if (login.statusCode() != 200) {
      throw new IllegalStateException(user + " could not log in to Tasklist: HTTP " + login.statusCode());
    }
    session.send(session.request("/camunda/api/admin/auth/user/default").build());
    return session;
  }

  /** The first page of the filter, as Tasklist asks for it (HAL, with the filter's card variables embedded). */
  JsonNode firstPage(String filterId) {
    HttpResponse<String> page = send(request(API + "/filter/" + filterId + "/list?firstResult=0&maxResults=15")
        .header("Content-Type", "application/json").header("Accept", "application/hal+json, application/json; q=0.5")
        .POST(HttpRequest.BodyPublishers.ofString(FIRST_PAGE)).build());
    if (page.statusCode() != 200) {
      throw new IllegalStateException("filter " + filterId + ": HTTP " + page.statusCode() + " " + page.body());
    }
    try {
      return JSON.readTree(page.body());
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  /** A POST of Tasklist's to its REST API ({@code path} below {@link #API}); returns the status and the body. */
  Response post(String path, Object body) {
    try {
      HttpResponse<String> response = send(request(API + path).header("Content-Type", "application/json")
          .header("Accept", "application/json")
          .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body), StandardCharsets.UTF_8)).build());
      return new Response(response.statusCode(), response.body());
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  record Response(int status, String body) {
    JsonNode json() {
      try {
        return JSON.readTree(body);
      } catch (IOException e) {
        throw new IllegalStateException(body, e);
      }
    }
  }

  private HttpRequest.Builder request(String path) {
    HttpRequest.Builder builder = HttpRequest.newBuilder(uri(path));
    cookies.getCookieStore().getCookies().stream().filter(c -> c.getName().equals("XSRF-TOKEN")).findFirst()
        .ifPresent(token -> builder.header("X-XSRF-TOKEN", token.getValue()));
    return builder;
  }

  private HttpResponse<String> send(HttpRequest request) {
    try {
      return browser.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new IllegalStateException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  private URI uri(String path) {
    return URI.create("http://localhost:" + port + path);
  }
}
