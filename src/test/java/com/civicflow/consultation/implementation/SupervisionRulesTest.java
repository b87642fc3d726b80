package com.civicflow.consultation.implementation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.civicflow.consultation.ProcessTest;
import com.civicflow.consultation.ProcessTestSupport;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The decision table implementation-supervision-rules, as an administrator would change it in Modeler. */
@ProcessTest
class SupervisionRulesTest extends ProcessTestSupport {

  static final Path TABLE = Path.of("processes", "implementation-supervision-rules.dmn");

  @Autowired SupervisionRules rules;

  @AfterEach
  void deployTheShippedTableAgain() throws IOException {
    deploy(Files.readString(TABLE));
  }

  @Test
  void everyDistrictGetsTheDefaultsOfTheDomainBrief() {
    assertThat(rules.forDistrict("dongcheng")).isEqualTo(new SupervisionRules.Rules(2, Duration.ofDays(1), 2, 5, 10, 2));
    assertThat(rules.forDistrict(null)).isEqualTo(rules.forDistrict("dongcheng"));
  }

  @Test
  void aRowForOneDistrictAboveTheDefaultChangesThatDistrictOnly() throws IOException {
    // given the administrator adds a row for 渝中区 above the default row
    deploy(Files.readString(TABLE).replace("<rule id=\"Rule_Default\">", """
        <rule id="Rule_Yuzhong">
          <inputEntry id="Rule_Yuzhong_District"><text>"yuzhong"</text></inputEntry>
          <outputEntry id="Rule_Yuzhong_Reminder"><text>3</text></outputEntry>
          <outputEntry id="Rule_Yuzhong_Interval"><text>2</text></outputEntry>
          <outputEntry id="Rule_Yuzhong_DistrictAfter"><text>1</text></outputEntry>
          <outputEntry id="Rule_Yuzhong_Feedback"><text>3</text></outputEntry>
          <outputEntry id="Rule_Yuzhong_Evaluation"><text>7</text></outputEntry>
          <outputEntry id="Rule_Yuzhong_Reworks"><text>1</text></outputEntry>
        </rule>
        <rule id="Rule_Default">"""));

    // then
    assertThat(rules.forDistrict("yuzhong")).isEqualTo(new SupervisionRules.Rules(3, Duration.ofDays(2), 1, 3, 7, 1));
    assertThat(rules.forDistrict("dongcheng").reminderWorkdays()).isEqualTo(2);
  }

  @Test
  void aTableWithoutTheDefaultRowNamesTheDistrictItHasNoRuleFor() throws IOException {
    deploy(Files.readString(TABLE).replace("<text>-</text>", "<text>\"yuzhong\"</text>"));
    assertThat(rules.forDistrict("yuzhong").maxReworks()).isEqualTo(2);
    assertThatThrownBy(() -> rules.forDistrict("dongcheng")).hasMessageContaining("没有适用于区“dongcheng”的规则");
  }

  private void deploy(String table) {
    processEngine.getRepositoryService().createDeployment().name(SupervisionRules.DECISION)
        .addString("processes/implementation-supervision-rules.dmn", table).deploy();
  }
}
