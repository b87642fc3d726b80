package com.civicflow.consultation.webapp;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The Chinese locale files against the English ones of the Camunda version on the classpath. After a
 * Camunda upgrade the failure messages list exactly the keys to add, remove or translate.
 */
class ChineseTranslationTest {

  /** Share of labels that must be translated in Chinese (the rest shows the English text). */
  private static final Map<String, Double> REQUIRED_COVERAGE =
      Map.of("tasklist", 1.0, "welcome", 1.0, "admin", 1.0, "cockpit", 1.0);

  @EveryWebapp
  void chineseFileHasExactlyTheKeysOfTheBundledEnglishFile(String app) {
    // given
    Map<String, String> english = WebappLocales.english(app);

    // when
    Map<String, String> chinese = WebappLocales.chinese(app);

    // then
    assertThat(chinese.keySet())
        .as("zh-CN.json of %s: keys to add (missing) or remove (unexpected)", app)
        .containsExactlyInAnyOrderElementsOf(english.keySet());
  }

  @EveryWebapp
  void translationsKeepPlaceholdersAndHtmlTags(String app) {
    // given
    Map<String, String> chinese = WebappLocales.chinese(app);

    // when
    List<String> broken = WebappLocales.english(app).entrySet().stream()
        .filter(label -> !sameMarkup(label.getValue(), chinese.getOrDefault(label.getKey(), label.getValue())))
        .map(label -> label.getKey() + " = " + chinese.get(label.getKey()))
        .toList();

    // then
    assertThat(broken).as("%s labels whose {{placeholders}} or HTML differ from English", app).isEmpty();
  }

  @EveryWebapp
  void labelsAreTranslatedIntoChinese(String app) {
    // given
    Map<String, String> english = WebappLocales.english(app);
    Map<String, String> chinese = WebappLocales.chinese(app);
    List<String> untranslated = new ArrayList<>();
    int labels = 0;

    // when
    for (Map.Entry<String, String> entry : english.entrySet()) {
      if (!entry.getKey().startsWith("labels.")) {
        continue;
      }
      labels++;
      String en = entry.getValue();
      String zh = chinese.getOrDefault(entry.getKey(), "");
      boolean empty = zh.isBlank() && !WebappLocales.mayStayEmpty(en);
      boolean stillEnglish = zh.equals(en) && !WebappLocales.keptAsIs(en);
      if (empty || stillEnglish) {
        untranslated.add(entry.getKey() + " = " + en);
      }
    }

    // then
    double coverage = 1.0 - (double) untranslated.size() / labels;
    System.out.printf("[zh-CN] %s: %d of %d labels translated (%.1f %%)%n",
        app, labels - untranslated.size(), labels, coverage * 100);
    assertThat(coverage)
        .as("%s: translate these labels in zh-CN.json:%n%s", app, String.join("\n", untranslated))
        .isGreaterThanOrEqualTo(REQUIRED_COVERAGE.get(app));
  }

  private static boolean sameMarkup(String en, String zh) {
    return WebappLocales.placeholders(en).equals(WebappLocales.placeholders(zh))
        && WebappLocales.htmlTags(en).equals(WebappLocales.htmlTags(zh));
  }

  @Target(ElementType.METHOD)
  @Retention(RetentionPolicy.RUNTIME)
  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"tasklist", "welcome", "cockpit", "admin"})
  @interface EveryWebapp {}

  @Test
  void chineseDatesAreDefinedForMoment() {
    // when
    Map<String, String> chinese = WebappLocales.chinese("tasklist");

    // then
    assertThat(chinese).containsEntry("dateLocales.months[0]", "一月")
        .containsEntry("dateLocales.weekdays[1]", "星期一")
        .containsEntry("dateLocales.longDateFormat.L", "YYYY-MM-DD");
  }

  @EveryWebapp
  void everyAppIsChineseByDefaultWithEnglishForEnglishBrowsers(String app) {
    // when
    String config = WebappLocales.text(app + "/scripts/config.js");

    // then
    assertThat(config)
        .contains("availableLocales: ['zh-CN', 'en']")
        .contains("fallbackLocale: 'zh-CN'")
        .contains("vendor: '社区协商'");
  }
}
