package com.civicflow.consultation.organisation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.core.io.ClassPathResource;

class OrganisationDirectoryTest {

  private final OrganisationDirectory directory =
      new OrganisationDirectory(new ClassPathResource("organisation/directory.yaml"));

  @Test
  void answersWhichStreetOfficeAndDistrictAreResponsibleForACommunity() {
    assertThat(directory.streetOf("minzulu").name()).isEqualTo("解放碑街道");
    assertThat(directory.districtOf("minzulu").name()).isEqualTo("渝中区");
    assertThat(directory.streetOf("lijing").name()).isEqualTo("水月寺街道");
    assertThat(directory.fullName("lijing")).isEqualTo("运河区水月寺街道丽景社区");
  }

  @Test
  void gridsAndBuildingsBelongToTheirCommunityTenant() {
    assertThat(directory.unit("yangmiao-b1").level()).isEqualTo(OrgLevel.BUILDING);
    assertThat(directory.tenantOf("yangmiao-b1")).isEqualTo("yangmiao");
    assertThat(directory.parentOf("yangmiao").orElseThrow().name()).isEqualTo("董集镇");
  }

  @Test
  void streetStaffSeeTheirCommunitiesAndDistrictStaffSeeTheWholeDistrict() {
    assertThat(directory.tenantsWithin("jiefangbei")).containsExactly("jiefangbei", "minzulu", "jiaochangkou");
    assertThat(directory.tenantsWithin("haimen")).containsExactly("haimen", "binjiang", "sannan", "haimen-jiedao", "hainan");
    assertThat(directory.tenantsWithin("minzulu")).containsExactly("minzulu");
  }

  @Test
  void aResponsibleUnitServesTheTenantsBelowWhatItNames() {
    assertThat(directory.tenantsServedBy("unit-wantai-property")).containsExactly("lijing");
    assertThat(directory.tenantsServedBy("unit-cangzhou-fire")).contains("yunhe", "shuiyuesi", "lijing", "chaodong");
  }

  @Test
  void unknownIdsAreRefusedWithAClearMessage() {
    assertThatThrownBy(() -> directory.community("atlantis")).hasMessageContaining("atlantis");
    assertThatThrownBy(() -> directory.community("jiefangbei")).hasMessageContaining("社区");
    assertThatThrownBy(() -> directory.tenantsServedBy("unit-nobody")).hasMessageContaining("责任单位");
  }

  @Test
  void duplicateIdsInTheFileAreRejected() {
    String yaml = """
        districts:
          - id: a
            name: 甲区
            streets:
              - id: a
                name: 甲街道
        """;
    assertThatThrownBy(() -> new OrganisationDirectory(new ByteArrayResource(yaml.getBytes())))
        .hasMessageContaining("重复");
  }
}
