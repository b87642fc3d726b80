package com.civicflow.consultation.drive;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.text.SimpleDateFormat;
import java.util.Base64;
import java.util.Collection;
import java.util.Date;
import java.util.Map;
import org.camunda.bpm.engine.variable.value.SerializableValue;
import org.camunda.spin.json.SpinJsonNode;

/** The engine's REST API as a demo user (HTTP Basic, password {@code demo}), with variables as Tasklist sends them. */
public record Rest(int port) {

  private static final HttpClient HTTP = HttpClient.newHttpClient();
  static final ObjectMapper JSON = new ObjectMapper();

  public record Response(int status, String body) {
    public JsonNode json() {
      try {
        return JSON.readTree(body);
      } catch (IOException e) {
        throw new AssertionError("不是 JSON: " + body, e);
      }
    }

    public String message() {
      return body.isBlank() ? "" : json().path("message").asText();
    }
  }

  public Response get(String user, String path) {
    return send(user, HttpRequest.newBuilder(uri(path)).GET());
  }

  public Response post(String user, String path, Object body) {
    try {
      return send(user, HttpRequest.newBuilder(uri(path)).header("Content-Type", "application/json")
          .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body), StandardCharsets.UTF_8)));
    } catch (IOException e) {
      throw new AssertionError(e);
    }
  }

  private Response send(String user, HttpRequest.Builder request) {
    String credentials = Base64.getEncoder().encodeToString((user + ":demo").getBytes(StandardCharsets.UTF_8));
    try {
      HttpResponse<String> response = HTTP.send(request.header("Authorization", "Basic " + credentials)
          .header("Accept", "application/json").build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
      return new Response(response.statusCode(), response.body());
    } catch (IOException e) {
      throw new AssertionError(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AssertionError(e);
    }
  }

  private URI uri(String path) {
    return URI.create("http://localhost:" + port + "/engine-rest" + path);
  }

  /**
   * A submission's variables as Tasklist's Camunda Forms send them: plain values untyped (the server infers String,
   * Integer, Double, Boolean), lists and objects as {@code Json}, dates typed.
   */
  public static ObjectNode variables(Map<String, Object> values) {
    ObjectNode variables = JSON.createObjectNode();
    values.forEach((name, value) -> variables.set(name, variable(value)));
    return variables;
  }

  public static ObjectNode variable(Object value) {
    ObjectNode variable = JSON.createObjectNode();
    if (value instanceof SpinJsonNode json) {
      variable.put("type", "Json").put("value", json.toString());
    } else if (value instanceof SerializableValue serialized) {
      variable.put("type", "Json").put("value", serialized.getValueSerialized());
    } else if (value instanceof Collection<?> || value instanceof Map<?, ?>) {
      try {
        variable.put("type", "Json").put("value", JSON.writeValueAsString(value));
      } catch (IOException e) {
        throw new AssertionError(e);
      }
    } else if (value instanceof Date date) {
      variable.put("type", "Date").put("value", new SimpleDateFormat("yyyy-MM-dd'T'HH:mm:ss.SSSZ").format(date));
    } else {
      variable.set("value", JSON.valueToTree(value));
    }
    return variable;
  }

  /** A request body {@code {"variables": …}}. */
  public static ObjectNode submission(Map<String, Object> values) {
    ObjectNode body = JSON.createObjectNode();
    body.set("variables", variables(values));
    return body;
  }
}
