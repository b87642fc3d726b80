package com.civicflow.consultation.system;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Reads the Markdown documents of a repository (README.md and docs/**.md) and finds what a reader could not follow:
 * a relative link or image whose file is not in the repository, an anchor no heading of its target makes (GitHub's
 * heading ids), a reference to a place outside the repository, a document under docs/ no link leads to.
 */
final class DocumentationLinks {

  /** Places outside the repository the documents once pointed to: the team's shared folder and its sources. */
  static final List<String> OUTSIDE = List.of("../shared", "/work/", "seeds/", "DOMAIN.md", "MODELS.md");

  private static final Pattern LINK = Pattern.compile("!?\\[[^\\]]*\\]\\(\\s*<?([^)\\s>]+)>?(?:\\s+\"[^\"]*\")?\\s*\\)");
  private static final Pattern FENCE = Pattern.compile("(?ms)^\\s*```.*?^\\s*```");
  private static final Pattern INLINE_CODE = Pattern.compile("`[^`\\n]*`");
  private static final Pattern HEADING = Pattern.compile("(?m)^#{1,6}\\s+(.+?)\\s*#*\\s*$");

  private final Path root;

  DocumentationLinks(Path root) {
    this.root = root.toAbsolutePath().normalize();
  }

  /** README.md and every Markdown file under docs/. */
  List<Path> documents() {
    List<Path> documents = new ArrayList<>();
    documents.add(root.resolve("README.md"));
    Path docs = root.resolve("docs");
    if (Files.isDirectory(docs)) {
      try (Stream<Path> files = Files.walk(docs)) {
        files.filter(p -> p.toString().endsWith(".md")).sorted().forEach(documents::add);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return documents;
  }

  /** Every link or image of every document that does not lead to a file of the repository (or to its heading). */
  List<String> brokenLinks() {
    List<String> broken = new ArrayList<>();
    for (Path document : documents()) {
      for (String target : links(document)) {
        problem(document, target).ifPresent(p -> broken.add(name(document) + ": (" + target + ") " + p));
      }
    }
    return broken;
  }

  /** Every line of a document naming a place outside the repository. */
  List<String> pointersOutside() {
    List<String> found = new ArrayList<>();
    for (Path document : documents()) {
      List<String> lines = lines(document);
      for (int i = 0; i < lines.size(); i++) {
        for (String outside : OUTSIDE) {
          if (lines.get(i).contains(outside)) {
            found.add(name(document) + ":" + (i + 1) + " names " + outside);
          }
        }
      }
    }
    return found;
  }

  /** Documents under docs/ that no link, followed from README.md, reaches. */
  List<String> unreachable() {
    Set<Path> reached = new HashSet<>();
    List<Path> queue = new ArrayList<>(List.of(root.resolve("README.md")));
    while (!queue.isEmpty()) {
      Path document = queue.remove(queue.size() - 1);
      if (!reached.add(document)) {
        continue;
      }
      for (String target : links(document)) {
        Path file = file(document, target);
        if (file != null && file.toString().endsWith(".md") && Files.isRegularFile(file)) {
          queue.add(file);
        }
      }
    }
    return documents().stream().filter(d -> !reached.contains(d)).map(this::name).toList();
  }

  int lineCount(Path document) {
    return lines(document).size();
  }

  /** The targets of a document's links and images, outside code. */
  static List<String> links(String markdown) {
    String text = INLINE_CODE.matcher(FENCE.matcher(markdown).replaceAll("")).replaceAll("");
    List<String> targets = new ArrayList<>();
    Matcher m = LINK.matcher(text);
    while (m.find()) {
      targets.add(m.group(1));
    }
    return targets;
  }

  /** The ids GitHub gives a document's headings: lower case, punctuation dropped, spaces to hyphens, -1 … on repeats. */
  static Set<String> anchors(String markdown) {
    String text = FENCE.matcher(markdown).replaceAll("");
    Set<String> anchors = new HashSet<>();
    Map<String, Integer> seen = new HashMap<>();
    Matcher m = HEADING.matcher(text);
    while (m.find()) {
      String heading = m.group(1).replaceAll("\\[([^\\]]*)\\]\\([^)]*\\)", "$1").replace("`", "");
      String id = heading.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}\\p{M} _-]", "").replace(' ', '-');
      int repeat = seen.merge(id, 1, Integer::sum) - 1;
      anchors.add(repeat == 0 ? id : id + "-" + repeat);
    }
    return anchors;
  }

  private List<String> links(Path document) {
    return links(read(document));
  }

  private java.util.Optional<String> problem(Path document, String target) {
    if (target.matches("(?i)[a-z][a-z0-9+.-]*:.*")) {
      return target.matches("(?i)(https?|mailto):.*") ? java.util.Optional.empty()
          : java.util.Optional.of("is neither a web address nor a file of the repository");
    }
    if (target.startsWith("/")) {
      return java.util.Optional.of("is an absolute path: write it relative to the document");
    }
    Path file = file(document, target);
    if (file == null) {
      return java.util.Optional.of("leads outside the repository");
    }
    if (!Files.exists(file)) {
      return java.util.Optional.of("names no file of the repository");
    }
    int hash = target.indexOf('#');
    if (hash >= 0 && file.toString().endsWith(".md")) {
      String anchor = target.substring(hash + 1);
      if (!anchors(read(file)).contains(anchor)) {
        return java.util.Optional.of("names no heading of " + name(file));
      }
    }
    return java.util.Optional.empty();
  }

  /** The file a relative link names, or null when it leaves the repository. */
  private Path file(Path document, String target) {
    if (target.matches("(?i)[a-z][a-z0-9+.-]*:.*") || target.startsWith("/")) {
      return null;
    }
    int hash = target.indexOf('#');
    String path = hash >= 0 ? target.substring(0, hash) : target;
    Path file = path.isEmpty() ? document : document.getParent().resolve(path).normalize();
    return file.startsWith(root) ? file : null;
  }

  private String name(Path file) {
    return root.relativize(file).toString();
  }

  private static List<String> lines(Path document) {
    try {
      return Files.readAllLines(document);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String read(Path document) {
    try {
      return Files.readString(document);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
