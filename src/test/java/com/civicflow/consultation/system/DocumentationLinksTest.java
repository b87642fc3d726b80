package com.civicflow.consultation.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The documentation a newcomer reads: a README of at most 200 lines, every relative link and image in README.md and
 * docs/ leading to a file of the repository (and to a heading there, where it names one), nothing pointing outside
 * the repository (the source documents are cited by title and publisher), and no page under docs/ left unlinked.
 */
class DocumentationLinksTest {

  static final int README_MAX_LINES = 200;

  private final DocumentationLinks repository = new DocumentationLinks(Path.of("."));

  @Test
  void theReadmeHasAtMost200Lines() {
    assertThat(repository.lineCount(Path.of("README.md"))).isLessThanOrEqualTo(README_MAX_LINES);
  }

  @Test
  void everyRelativeLinkResolvesInsideTheRepository() {
    assertThat(repository.documents()).hasSizeGreaterThan(10);
    assertThat(repository.brokenLinks()).isEmpty();
  }

  @Test
  void noDocumentPointsOutsideTheRepository() {
    assertThat(repository.pointersOutside()).isEmpty();
  }

  @Test
  void everyPageUnderDocsIsReachedFromTheReadme() {
    assertThat(repository.unreachable()).isEmpty();
  }

  @Test
  void theCheckFindsWhatAReaderCouldNotFollow(@TempDir Path root) throws IOException {
    // given a repository whose README links a missing file, a missing heading, the outside and an unlinked page
    Files.createDirectories(root.resolve("docs/models"));
    Files.writeString(root.resolve("docs/models/a.md"), "# A model\n\n## Defaults\n\n[back](../../README.md#run-it)\n");
    Files.writeString(root.resolve("docs/orphan.md"), "# Nobody links me\n");
    Files.writeString(root.resolve("README.md"), """
        # Title

        ## Run it

        [a](docs/models/a.md#defaults) [b](docs/models/a.md#missing) [c](docs/none.md) [d](../outside.md)
        ![picture](docs/none.png) [web](https://example.org/x) `[code](docs/none.md)` [top](#run-it)
        See ../shared/seeds/x.txt.
        """);
    DocumentationLinks links = new DocumentationLinks(root);

    // then each is reported, and only those
    assertThat(links.brokenLinks()).containsExactlyInAnyOrder(
        "README.md: (docs/models/a.md#missing) names no heading of docs/models/a.md",
        "README.md: (docs/none.md) names no file of the repository",
        "README.md: (../outside.md) leads outside the repository",
        "README.md: (docs/none.png) names no file of the repository");
    assertThat(links.pointersOutside()).containsExactly("README.md:7 names ../shared", "README.md:7 names seeds/");
    assertThat(links.unreachable()).containsExactly("docs/orphan.md");
  }

  @Test
  void headingIdsAreGitHubs() {
    assertThat(DocumentationLinks.anchors("""
        # 社区协商 · Community consultation workflows
        ## Working days, mail and implementation-supervision
        ## Defaults
        ## Defaults
        ```
        ## not a heading
        ```
        """)).containsExactlyInAnyOrder("社区协商--community-consultation-workflows",
        "working-days-mail-and-implementation-supervision", "defaults", "defaults-1");
  }
}
