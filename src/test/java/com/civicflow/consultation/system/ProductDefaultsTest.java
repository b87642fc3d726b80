package com.civicflow.consultation.system;

import static com.civicflow.consultation.system.DefaultMarks.MARKER;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every number the seeds do not give (quorums, household thresholds, rounds, periods, deadlines) is marked
 * “本产品默认值，原文未规定” where a person meets it — the decision table's rule annotation or input label, the
 * task's documentation, the form's hint, the setting's comment — and listed in docs/defaults.md with where to change
 * it. A number the seeds do give is listed in {@link #FROM_THE_SEEDS} with the seed's words.
 */
class ProductDefaultsTest {

  /** Decision-table places whose number a seed gives (file#rule or input id → the seed's words). */
  static final Map<String, String> FROM_THE_SEEDS = Map.of(
      "cangzhou-eight-step-vote.dmn#Rule_BelowTwoThirdsOfAll", "沧州：经三分之二以上代表同意后实施");

  /** The sections of application.yaml whose numeric settings shape a model's path. */
  static final List<String> MODEL_SETTINGS = List.of("consultation.public-notice", "consultation.legal-review",
      "consultation.yuzhong", "consultation.cangzhou", "consultation.haimen", "consultation.kenli", "consultation.dongcheng");

  /** Form components that state a default without saying “默认” (form → component ids). */
  static final Map<String, Set<String>> FORM_HINTS = Map.ofEntries(
      Map.entry("haimen/election-ballot.form", Set.of("Text_Intro")),
      Map.entry("haimen/seven-step-vote.form", Set.of("Text_Intro")),
      Map.entry("haimen/seven-step-hearing.form", Set.of("Text_Intro")),
      Map.entry("haimen/seven-step-survey.form", Set.of("Field_HouseholdsAffected")),
      Map.entry("yuzhong/record-resolution.form", Set.of("Text_Heading")),
      Map.entry("yuzhong/decide-after-meetings.form", Set.of("Text_Heading")),
      Map.entry("yuzhong/propose.form", Set.of("Field_HouseholdsAffected")),
      Map.entry("yuzhong/assign-implementation.form", Set.of("Field_FeedbackDeadline")),
      Map.entry("dongcheng/residents-meeting.form", Set.of("Text_1")),
      Map.entry("dongcheng/deliberation.form", Set.of("Field_MeetingRound")),
      Map.entry("cangzhou/reach-consensus.form", Set.of("Field_MaxConsensusRounds_Shown")),
      Map.entry("cangzhou/joint-meeting.form", Set.of("Field_FeedbackDeadline", "Field_ProgressReportDays")),
      Map.entry("implementation/evaluation.form", Set.of("Field_reworkDeadline_20")),
      Map.entry("implementation/street-decision.form", Set.of("Field_Text_27")),
      Map.entry("online-topic/review-topic.form", Set.of("Text_Intro")));

  static final Path DOCS = Path.of("docs", "defaults.md");

  @Test
  void everyNumberInADecisionTableIsMarkedUnlessASeedGivesIt() throws IOException {
    List<String> unmarked = new ArrayList<>();
    for (Path table : files("processes", ".dmn")) {
      unmarked.addAll(DefaultMarks.unmarkedInDecisionTable(table.getFileName().toString(), read(table), FROM_THE_SEEDS.keySet()));
    }
    assertThat(unmarked).as("决策表中原文未给的数字须在规则注释或输入标签中注明“%s”", MARKER).isEmpty();
  }

  @Test
  void everyFixedTaskDeadlineSaysItIsADefault() throws IOException {
    List<String> unmarked = new ArrayList<>();
    for (Path diagram : files("processes", ".bpmn")) {
      unmarked.addAll(DefaultMarks.unmarkedDeadlines(diagram.getFileName().toString(), read(diagram)));
    }
    assertThat(unmarked).as("固定期限的任务须在说明中注明“%s”", MARKER).isEmpty();
  }

  @Test
  void formsMarkTheDefaultsTheyState() throws IOException {
    ObjectMapper json = new ObjectMapper();
    List<String> unmarked = new ArrayList<>();
    for (Path form : files("forms", ".form")) {
      String name = Path.of("forms").relativize(form).toString().replace('\\', '/');
      unmarked.addAll(DefaultMarks.unmarkedInForm(name, json.readTree(read(form)), FORM_HINTS.getOrDefault(name, Set.of())));
    }
    assertThat(unmarked).as("表单说明默认值时须注明“%s”", MARKER).isEmpty();
    assertThat(FORM_HINTS.keySet()).allSatisfy(form -> assertThat(Path.of("forms", form)).exists());
  }

  @Test
  void everyModelSettingIsMarkedInApplicationYaml() throws IOException {
    Map<String, String> settings = DefaultMarks.numericSettings(read(Path.of("src", "main", "resources", "application.yaml")),
        MODEL_SETTINGS);

    assertThat(settings).containsKeys("consultation.public-notice.default-period-days", "consultation.cangzhou.progress-report-days");
    assertThat(settings).allSatisfy((key, context) -> assertThat(context).as(key).contains(MARKER));
  }

  @Test
  void docsListEveryDefaultWithWhereToChangeIt() throws IOException {
    String docs = read(DOCS);
    List<String> places = new ArrayList<>();
    for (Path table : files("processes", ".dmn")) {
      if (read(table).contains(MARKER)) {
        places.add(table.getFileName().toString());
      }
    }
    for (Path diagram : files("processes", ".bpmn")) {
      if (read(diagram).contains(MARKER)) {
        places.add(diagram.getFileName().toString());
      }
    }
    places.addAll(DefaultMarks.numericSettings(read(Path.of("src", "main", "resources", "application.yaml")), MODEL_SETTINGS).keySet()
        .stream().map(key -> key.substring("consultation.".length())).toList());
    FORM_HINTS.keySet().forEach(form -> places.add("forms/" + form));

    assertThat(docs).contains(MARKER);
    assertThat(places).allSatisfy(place -> assertThat(docs).as("docs/defaults.md 应列出 %s", place).contains(place));
  }

  @Test
  void everyNumericSettingDefaultInTheCodeIsListed() throws IOException {
    List<String> settings = new ArrayList<>();
    for (Path source : files("src/main/java", "Properties.java")) {
      settings.addAll(DefaultMarks.numericDefaults(read(source)));
    }
    String docs = read(DOCS);

    assertThat(settings).contains("max-handling-rounds", "progress-report-days");
    assertThat(settings).allSatisfy(setting -> assertThat(docs).as("docs/defaults.md 应列出设置 %s", setting).contains(setting));
  }

  @Test
  void theChecksCatchAnUnmarkedNumber() {
    String table = """
        <definitions xmlns="https://www.omg.org/spec/DMN/20191111/MODEL/"><decision id="d"><decisionTable>
          <input id="Input_Quorum" label="到会三分之二"><inputExpression><text>present * 3 &gt;= total * 2</text></inputExpression></input>
          <rule id="Rule_Households"><description>%s</description><inputEntry><text>&gt;= 50</text></inputEntry>
            <outputEntry><text>"涉及 50 户"</text></outputEntry></rule>
          <rule id="Rule_Text"><description>x</description><inputEntry><text>"第 3 类"</text></inputEntry></rule>
        </decisionTable></decision></definitions>""";
    String diagram = """
        <definitions xmlns="http://www.omg.org/spec/BPMN/20100524/MODEL" xmlns:camunda="http://camunda.org/schema/1.0/bpmn">
          <process id="p"><userTask id="Task_Review" camunda:dueDate="workdays:5"><documentation>审查</documentation></userTask>
          <userTask id="Task_Expression" camunda:dueDate="${deadline}"><documentation>办理</documentation></userTask></process>
        </definitions>""";

    assertThat(DefaultMarks.unmarkedInDecisionTable("t.dmn", table.formatted("户数门槛"), Set.of()))
        .containsExactly("t.dmn#Rule_Households", "t.dmn#Input_Quorum");
    assertThat(DefaultMarks.unmarkedInDecisionTable("t.dmn", table.formatted("户数门槛（" + MARKER + "）"), Set.of("t.dmn#Input_Quorum")))
        .isEmpty();
    assertThat(DefaultMarks.unmarkedDeadlines("p.bpmn", diagram)).containsExactly("p.bpmn#Task_Review");
    assertThat(DefaultMarks.numericDefaults("record P(@DefaultValue(\"3\") int maxRounds, @DefaultValue(\"x\") String name,\n"
        + "    @DefaultValue(\"18\") int meetingHour) {}")).containsExactly("max-rounds", "meeting-hour");
    assertThat(DefaultMarks.numericSettings("consultation:\n  yuzhong:\n    rounds: 2   # 轮次\n  mail:\n    port: 25\n",
        List.of("consultation.yuzhong"))).containsOnlyKeys("consultation.yuzhong.rounds")
        .allSatisfy((key, context) -> assertThat(context).doesNotContain(MARKER));
    assertThat(DefaultMarks.numericSettings("consultation:\n  # 月会 (" + MARKER + ")\n  monthly:\n    day: 1\n"
        + "  other:\n    hour: 18\n", List.of("consultation.monthly", "consultation.other")))
        .hasEntrySatisfying("consultation.monthly.day", context -> assertThat(context).contains(MARKER))
        .hasEntrySatisfying("consultation.other.hour", context -> assertThat(context).doesNotContain(MARKER));
  }

  private static List<Path> files(String folder, String extension) throws IOException {
    try (Stream<Path> files = Files.walk(Path.of(folder))) {
      return files.filter(file -> file.toString().endsWith(extension)).sorted().toList();
    }
  }

  private static String read(Path file) throws IOException {
    return Files.readString(file, StandardCharsets.UTF_8);
  }
}
