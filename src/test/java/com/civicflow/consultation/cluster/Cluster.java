package com.civicflow.consultation.cluster;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The REST API of the nodes that are alive, as Tasklist and Cockpit call it: every call as a real user (HTTP
 * Basic), each call to the next node in turn, so one matter's steps alternate between the nodes.
 */
final class Cluster {

  static final String PASSWORD = "demo";
  static final String ADMIN = "admin";
  static final String ADMIN_PASSWORD = "cluster-it-admin";

  record Response(Node node, int status, String body) {
    boolean ok() {
      return status >= 200 && status < 300;
    }
  }

  /** The node did not answer (it died while the call was under way): the caller decides whether to repeat. */
  static final class NodeLost extends IOException {
    final Node node;

    NodeLost(Node node, IOException cause) {
      super(node + " did not answer: " + cause.getMessage(), cause);
      this.node = node;
    }
  }

  final ObjectMapper json = new ObjectMapper();
  final List<Node> nodes;
  private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
  private final AtomicInteger turn = new AtomicInteger();
  final AtomicInteger calls = new AtomicInteger();
  final AtomicInteger lostCalls = new AtomicInteger();

  Cluster(List<Node> nodes) {
    this.nodes = nodes;
  }

  HttpClient http() {
    return http;
  }

  Node next() {
    List<Node> alive = nodes.stream().filter(Node::isAlive).toList();
    if (alive.isEmpty()) {
      throw new IllegalStateException("no node is alive");
    }
    return alive.get(Math.floorMod(turn.getAndIncrement(), alive.size()));
  }

  /** A read: repeated on the other node when a node dies under it. */
  JsonNode get(String user, String path) throws IOException, InterruptedException {
    for (int attempt = 0; ; attempt++) {
      try {
        Response response = send(next(), user, "GET", path, null);
        if (!response.ok()) {
          throw new IllegalStateException("GET " + path + " as " + user + " → " + response.status() + " " + response.body());
        }
        return json.readTree(response.body());
      } catch (NodeLost lost) {
        if (attempt >= 3) {
          throw lost;
        }
      }
    }
  }

  Response post(String user, String path, Object body) throws IOException, InterruptedException {
    return send(next(), user, "POST", path, body);
  }

  Response put(String user, String path, Object body) throws IOException, InterruptedException {
    return send(next(), user, "PUT", path, body);
  }

  Response send(Node node, String user, String method, String path, Object body) throws IOException, InterruptedException {
    HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(node.url() + "/engine-rest" + path))
        .timeout(Duration.ofSeconds(60))
        .header("Authorization", basic(user))
        .header("Content-Type", "application/json");
    request.method(method, body == null ? HttpRequest.BodyPublishers.noBody()
        : HttpRequest.BodyPublishers.ofString(json.writeValueAsString(body), StandardCharsets.UTF_8));
    calls.incrementAndGet();
    try {
      HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
      return new Response(node, response.statusCode(), response.body());
    } catch (IOException e) {
      lostCalls.incrementAndGet();
      throw new NodeLost(node, e);
    }
  }

  private static String basic(String user) {
    String password = ADMIN.equals(user) ? ADMIN_PASSWORD : PASSWORD;
    return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
  }
}
