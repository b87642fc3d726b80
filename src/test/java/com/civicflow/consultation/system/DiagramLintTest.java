package com.civicflow.consultation.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * Every diagram passes bpmnlint with processes/.bpmnlintrc (bpmnlint:recommended and
 * camunda-platform-7-24, the rules Camunda Modeler shows). bpmnlint is installed from the npm registry into
 * target/bpmnlint on first use: this needs Node.js and npm, as a fresh machine of ours has.
 */
class DiagramLintTest {

  static final String BPMNLINT = "bpmnlint@11.15.0";
  static final String CAMUNDA_COMPAT = "bpmnlint-plugin-camunda-compat@2.61.0";
  static final Path HOME = Path.of("target/bpmnlint");

  @Test
  void everyDiagramPassesBpmnlintWithoutErrors() throws Exception {
    List<Path> diagrams = DeployedResources.files("processes", ".bpmn");
    if (diagrams.isEmpty()) {
      return;
    }
    installBpmnlint();
    List<String> command = new ArrayList<>(List.of("node", HOME.resolve("node_modules/bpmnlint/bin/bpmnlint.js").toString(),
        "--config", "processes/.bpmnlintrc"));
    diagrams.forEach(d -> command.add(d.toString()));
    Result lint = run(command);
    assertThat(lint.exitCode).as("bpmnlint found errors:%n%s", lint.output).isZero();
  }

  private static void installBpmnlint() throws Exception {
    if (Files.exists(HOME.resolve("node_modules/bpmnlint-plugin-camunda-compat/package.json"))) {
      return;
    }
    Files.createDirectories(HOME);
    Files.writeString(HOME.resolve("package.json"), "{\"name\":\"bpmnlint-runner\",\"private\":true}");
    Result install = run(List.of("npm", "install", "--no-audit", "--no-fund", "--prefix", HOME.toString(), BPMNLINT, CAMUNDA_COMPAT));
    assertThat(install.exitCode).as("npm install of bpmnlint failed (Node.js and npm are needed):%n%s", install.output).isZero();
  }

  private record Result(int exitCode, String output) {}

  private static Result run(List<String> command) throws IOException, InterruptedException {
    ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
    builder.environment().put("NODE_PATH", HOME.resolve("node_modules").toAbsolutePath().toString());
    File log = Files.createTempFile("bpmnlint", ".log").toFile();
    builder.redirectOutput(log);
    Process process;
    try {
      process = builder.start();
    } catch (IOException e) {
      throw new IllegalStateException("Cannot run " + command.get(0) + ": Node.js and npm are needed to lint diagrams", e);
    }
    if (!process.waitFor(5, TimeUnit.MINUTES)) {
      process.destroyForcibly();
      throw new IllegalStateException("timed out: " + String.join(" ", command));
    }
    return new Result(process.exitValue(), Files.readString(log.toPath(), StandardCharsets.UTF_8));
  }
}
