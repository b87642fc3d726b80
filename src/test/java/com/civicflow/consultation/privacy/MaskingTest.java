package com.civicflow.consultation.privacy;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** How public pages show names and contacts, and which entries of a people field are names. */
class MaskingTest {

  @Test
  void namesKeepTheirFirstAndLastCharacter() {
    assertThat(Masking.name("王")).isEqualTo("*");
    assertThat(Masking.name("王芳")).isEqualTo("王*");
    assertThat(Masking.name("王小明")).isEqualTo("王*明");
    assertThat(Masking.name("欧阳小明")).isEqualTo("欧**明");
    assertThat(Masking.name("司马相如光")).isEqualTo("司***光");
    assertThat(Masking.name("Tom")).isEqualTo("T*m");
  }

  @Test
  void phoneNumbersIdentityNumbersAndMailAddressesAreMaskedInAnyText() {
    assertThat(Masking.contacts("电话 13812341234，或 +86 138-1234-5678")).isEqualTo("电话 138****1234，或 138****5678");
    assertThat(Masking.contacts("物业 010-65123456，值班 0531 8888 1234，门卫 65123456")).isEqualTo(
        "物业 010-****3456，值班 0531-****1234，门卫 ****3456");
    assertThat(Masking.contacts("身份证 11010519491231002X")).isEqualTo("身份证 110105********002X");
    assertThat(Masking.contacts("邮箱 zhang.san@example.com")).isEqualTo("邮箱 z***@example.com");
  }

  @Test
  void numbersThatAreNoPhoneNumbersStay() {
    String text = "事项 MINZULU-2026-0001，估算 20000 元，涉及 120 户，2026年12月18日 17:00，投资 12000000元";
    assertThat(Masking.contacts(text)).isEqualTo(text);
  }

  @Test
  void theNamesAMatterHoldsAreMaskedWhereverTheyStand() {
    assertThat(Masking.text("常务理事：张建国、袁梅；第1轮：张建国 60", List.of("袁梅", "张建国")))
        .isEqualTo("常务理事：张*国、袁*；第1轮：张*国 60");
  }

  @Test
  void peopleFieldsNameThePeopleAndNotTheBodies() {
    assertThat(PersonNames.in("茅建华 sannan-council\n张建国")).containsExactly("茅建华", "张建国");
    assertThat(PersonNames.in("茅建华 30\n王大海：户籍不在本社区")).containsExactly("茅建华", "王大海");
    assertThat(PersonNames.in("王大爷、李阿姨")).containsExactly("王大爷", "李阿姨");
    assertThat(PersonNames.in("社区社会工作者刘洋")).containsExactly("刘洋");
    assertThat(PersonNames.in("网格员崔霞")).containsExactly("崔霞");
    assertThat(PersonNames.in("欧阳小明")).containsExactly("欧阳小明");
    assertThat(PersonNames.in("12号院居民代表\n物业公司")).isEmpty();
    assertThat(PersonNames.in("社区“两委”负责人、万泰丽景小区物业公司、居民代表，市消防救援支队、运河区城管部门")).isEmpty();
    assertThat(PersonNames.in("12 号院居民代表 5 人")).isEmpty();
    assertThat(PersonNames.in("社区协商议事委员会")).isEmpty();
  }
}
