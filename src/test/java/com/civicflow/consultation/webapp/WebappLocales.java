package com.civicflow.consultation.webapp;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the locale files of the Camunda webapps from the classpath: the English ones as bundled in
 * the webjar, the Chinese ones as shipped by this product, both flattened to "labels.CLAIM_TASK" keys.
 */
final class WebappLocales {

  static final String APP_ROOT = "META-INF/resources/webjars/camunda/app/";

  /** English labels allowed to stay as they are: product names and technical abbreviations. */
  private static final Set<String> KEPT_AS_IS =
      Set.of("Camunda", "Optimize", "BPMN", "DMN", "CMMN", "DRD", "REST", "ID", "JSON", "CSV");

  /** Whole labels kept as they are: a variable's null value, a format the user must type. */
  private static final Set<String> KEPT_LABELS = Set.of("<null>", "YYYY-MM-DDTHH:mm:ss");

  private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\{[^}]*}}");
  /** HTML the labels use; "<null>" or "<version>" are texts, not tags. */
  private static final Pattern HTML_TAG = Pattern.compile("</?(a|b|br|em|i|p|span|strong)\\b[^>]*>");
  private static final Pattern WORD = Pattern.compile("[A-Za-z][A-Za-z0-9<>-]*");

  private WebappLocales() {}

  /** The bundled English file: it must come from the Camunda webjar, never from an override. */
  static Map<String, String> english(String app) {
    URL url = resource(app + "/locales/en.json");
    if (!url.toString().contains("camunda-webapp-webjar")) {
      throw new IllegalStateException("en.json of " + app + " is not the bundled one: " + url);
    }
    return read(url);
  }

  static Map<String, String> chinese(String app) {
    return read(resource(app + "/locales/zh-CN.json"));
  }

  static String text(String path) {
    try (InputStream in = resource(path).openStream()) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** True when an English label needs no translation: nothing but placeholders, tags, digits, signs, kept names. */
  static boolean keptAsIs(String english) {
    if (KEPT_LABELS.contains(english)) {
      return true;
    }
    String rest = HTML_TAG.matcher(PLACEHOLDER.matcher(english).replaceAll(" ")).replaceAll(" ");
    Matcher words = WORD.matcher(rest);
    while (words.find()) {
      if (!KEPT_AS_IS.contains(words.group())) {
        return false;
      }
    }
    return true;
  }

  /** True when a label may be empty in Chinese: the English plural ending "s" has no counterpart. */
  static boolean mayStayEmpty(String english) {
    return english.isBlank() || english.equals("s");
  }

  static List<String> placeholders(String label) {
    return sorted(PLACEHOLDER.matcher(label));
  }

  static List<String> htmlTags(String label) {
    return sorted(HTML_TAG.matcher(label));
  }

  private static List<String> sorted(Matcher matcher) {
    List<String> found = new ArrayList<>();
    while (matcher.find()) {
      found.add(matcher.group());
    }
    found.sort(null);
    return found;
  }

  private static URL resource(String path) {
    URL url = WebappLocales.class.getClassLoader().getResource(APP_ROOT + path);
    if (url == null) {
      throw new IllegalStateException("not on the classpath: " + APP_ROOT + path);
    }
    return url;
  }

  private static Map<String, String> read(URL url) {
    try (InputStream in = url.openStream()) {
      String json = new String(in.readAllBytes(), StandardCharsets.UTF_8);
      if (json.startsWith("\uFEFF")) {
        json = json.substring(1); // Camunda's en.json files start with a byte order mark
      }
      Map<String, String> flat = new LinkedHashMap<>();
      flatten("", new ObjectMapper().readTree(json), flat);
      return flat;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void flatten(String path, JsonNode node, Map<String, String> flat) {
    if (node.isObject()) {
      node.fields().forEachRemaining(field ->
          flatten(path.isEmpty() ? field.getKey() : path + "." + field.getKey(), field.getValue(), flat));
    } else if (node.isArray()) {
      for (int i = 0; i < node.size(); i++) {
        flatten(path + "[" + i + "]", node.get(i), flat);
      }
    } else {
      flat.put(path, node.asText());
    }
  }
}
