package com.civicflow.consultation.bench;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/**
 * The organisation of the benchmark: the demo directory (the full runs need its communities and users) plus
 * generated districts {@code bd<i>} (each runs one of the five models), streets {@code bd<i>-s<j>} and communities
 * {@code bd<i>-s<j>-c<k>}, a responsible unit per district, a committee member (居委会) of every community and an
 * office user of every street (mail goes to them), and the users the filters are measured as: a council member of
 * the first community, the first street's office and the first district's supervisor.
 */
record GeneratedOrganisation(Path directory, Path users, List<Community> communities) {

  /** The five models, in the order the generated districts take them. */
  static final List<String> MODELS = List.of("yuzhong-six-plus-five", "haimen-seven-step", "kenli-eight-step",
      "cangzhou-eight-step", "dongcheng-consultation");

  static final String COMMUNITY_MEMBER = "bd0-s00-c00-council";
  static final String STREET_OFFICE = "bd0-s00-office";
  static final String SUPERVISOR = "bd0-supervisor";

  record Community(String id, String district, String model, String unit) {}

  @SuppressWarnings("unchecked")
  static GeneratedOrganisation write(BenchConfig config, Path folder) {
    Map<String, Object> directory = load("organisation/directory.yaml");
    Map<String, Object> users = load("organisation/demo-users.yaml");
    List<Object> districts = (List<Object>) directory.get("districts");
    List<Object> units = (List<Object>) directory.get("responsible-units");
    List<Object> people = (List<Object>) users.get("users");
    List<Community> communities = new ArrayList<>();
    for (int d = 0; d < config.districts(); d++) {
      String districtId = "bd" + d;
      String model = MODELS.get(d % MODELS.size());
      String unit = "unit-" + districtId;
      List<Object> streets = new ArrayList<>();
      for (int s = 0; s < config.streetsPerDistrict(); s++) {
        String streetId = "%s-s%02d".formatted(districtId, s);
        List<Object> members = new ArrayList<>();
        for (int c = 0; c < config.communitiesPerStreet(); c++) {
          String id = "%s-c%02d".formatted(streetId, c);
          members.add(Map.of("id", id, "name", "基准社区" + d + "-" + s + "-" + c));
          communities.add(new Community(id, districtId, model, unit));
          people.add(user(id + "-staff", "基准社区居委会", id, "committee-staff"));
        }
        people.add(user(streetId + "-office", "基准街道办事处", streetId, "street-office"));
        streets.add(Map.of("id", streetId, "name", "基准街道" + d + "-" + s, "communities", members));
      }
      districts.add(new LinkedHashMap<>(Map.of("id", districtId, "name", "基准区" + d, "city", "基准市", "model", model,
          "streets", streets)));
      units.add(Map.of("id", unit, "name", "基准区" + d + "物业公司", "serves", List.of(districtId)));
      people.add(user(districtId + "-supervisor", "基准区" + d + "督办", districtId, "supervisor"));
      people.add(user(districtId + "-unit", "基准区" + d + "物业公司", unit, "responsible-unit"));
    }
    String community = "bd0-s00-c00";
    people.add(user(COMMUNITY_MEMBER, "基准社区议事委员", community, "consultation-council"));
    try {
      Files.createDirectories(folder);
      Path directoryFile = folder.resolve("directory.yaml");
      Path usersFile = folder.resolve("users.yaml");
      Files.writeString(directoryFile, dump(directory), StandardCharsets.UTF_8);
      Files.writeString(usersFile, dump(users), StandardCharsets.UTF_8);
      return new GeneratedOrganisation(directoryFile, usersFile, communities);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static Map<String, Object> user(String id, String title, String unit, String role) {
    return Map.of("id", id, "name", title, "title", title, "unit", unit, "roles", List.of(role));
  }

  private static Map<String, Object> load(String resource) {
    try (InputStream in = GeneratedOrganisation.class.getClassLoader().getResourceAsStream(resource)) {
      return new Yaml(new SafeConstructor(new LoaderOptions())).load(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String dump(Map<String, Object> content) {
    DumperOptions options = new DumperOptions();
    options.setDefaultFlowStyle(DumperOptions.FlowStyle.BLOCK);
    return new Yaml(options).dump(content);
  }
}
