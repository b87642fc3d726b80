package com.civicflow.consultation.e2e;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.LoadState;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.regex.Pattern;

/** One signed-in user's page in Tasklist or Cockpit, with form-js field helpers (form-js 1.8.7 markup). */
final class Browser {

  static final Path SCREENSHOTS = Paths.get("target", "e2e-screenshots");

  /** One test's numbered screenshots, in its own folder. */
  static final class Screenshots {
    final Path dir;
    private int taken;

    Screenshots(Path dir) throws IOException {
      this.dir = Files.createDirectories(dir);
    }

    Path next(String step) {
      return dir.resolve(String.format("%02d-%s.png", ++taken, step));
    }
  }

  final Page page;
  private final Screenshots screenshots;

  Browser(Page page, Screenshots screenshots) {
    this.page = page;
    this.screenshots = screenshots;
  }

  void login(String baseUrl, String app, String user) {
    login(baseUrl, app, user, "demo");
  }

  void login(String baseUrl, String app, String user, String secret) {
    page.navigate(baseUrl + "/camunda/app/" + app + "/default/#/login");
    page.waitForLoadState(LoadState.NETWORKIDLE);
    Locator username = page.locator("input[ng-model='username']");
    Locator password = page.locator("input[ng-model='password']");
    username.fill(user);
    password.fill(secret);
    if (!user.equals(username.inputValue()) || !secret.equals(password.inputValue())) {
      username.fill(user);
      password.fill(secret);
    }
    page.locator("button[type='submit']").click();
    page.locator("input[ng-model='username']").waitFor(
        new Locator.WaitForOptions().setState(com.microsoft.playwright.options.WaitForSelectorState.DETACHED));
    page.waitForLoadState(LoadState.NETWORKIDLE);
  }

  void screenshot(String step) {
    page.waitForLoadState(LoadState.NETWORKIDLE);
    page.screenshot(new Page.ScreenshotOptions().setPath(screenshots.next(step)).setFullPage(true));
  }

  /** The page as it was when the test ended (the place to look when a step failed): last-page.png and .html. */
  void keepLastPage() {
    page.screenshot(new Page.ScreenshotOptions().setPath(screenshots.dir.resolve("last-page.png")).setFullPage(true));
    try {
      Files.writeString(screenshots.dir.resolve("last-page.html"), page.content());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The editable form-js field whose label is exactly {@code label} (a trailing required-asterisk allowed). */
  Locator field(Locator form, String label) {
    Pattern exact = Pattern.compile("^\\s*" + literal(label) + "\\s*\\*?\\s*$");
    return form.locator(".fjs-form-field").filter(new Locator.FilterOptions()
        .setHas(page.locator("label").filter(new Locator.FilterOptions().setHasText(exact))));
  }

  /** A regex for the literal text, in the syntax both Java and JavaScript read (no \\Q…\\E). */
  static String literal(String text) {
    return text.replaceAll("[\\\\^$.|?*+()\\[\\]{}]", "\\\\$0");
  }

  /** Fills a text, number or textarea field and checks the value stayed (a re-rendering form can drop it). */
  void text(Locator form, String label, Object value) {
    Locator input = field(form, label)
        .locator("input:not([readonly]):not([type=radio]):not([type=checkbox]), textarea:not([readonly])").first();
    for (int attempt = 1; attempt <= 3; attempt++) {
      input.fill(String.valueOf(value));
      page.waitForTimeout(150);
      if (String.valueOf(value).equals(input.inputValue())) {
        return;
      }
    }
    throw new AssertionError("the field " + label + " does not keep the value " + value);
  }

  void radio(Locator form, String label, String option) {
    field(form, label).locator("label").filter(new Locator.FilterOptions().setHasText(
        Pattern.compile("^\\s*" + literal(option) + "\\s*$"))).first().locator("input").check();
  }

  void check(Locator form, String label, String option) {
    field(form, label).locator("label").filter(new Locator.FilterOptions().setHasText(
        Pattern.compile("^\\s*" + literal(option) + "\\s*$"))).first().locator("input").check();
  }

  /** A single yes/no checkbox field, ticked. */
  void tick(Locator form, String label) {
    field(form, label).locator("input[type=checkbox]").first().check();
  }

  void select(Locator form, String label, String option) {
    Locator field = field(form, label);
    field.locator(".fjs-input-group").first().click();
    field.locator(".fjs-dropdownlist-item").filter(new Locator.FilterOptions().setHasText(
        Pattern.compile("^\\s*" + literal(option) + "\\s*$"))).first().click();
  }

  /** A form-js date field (by its field id), the date as the zh-CN date picker shows it (YYYY/M/D). */
  void date(Locator form, String fieldId, String date) {
    dateTime(form, fieldId, date, null);
  }

  /**
   * A form-js datetime field (by its field id): date as the zh-CN date picker shows it (YYYY/M/D), time as HH:mm
   * (null for a date-only field). The picker now and then shows typed text without taking it (the form then
   * says the field is required): the date picker must have parsed it and the field must show no error, or the
   * value is typed again.
   */
  void dateTime(Locator form, String fieldId, String date, String time) {
    Locator dateInput = form.locator("[id$='" + fieldId + "-date']").first();
    Locator timeInput = form.locator("[id$='" + fieldId + "-time']").first();
    Locator field = form.locator(".fjs-form-field").filter(new Locator.FilterOptions().setHas(dateInput));
    for (int attempt = 1; attempt <= 3; attempt++) {
      dateInput.click();
      dateInput.fill(date);
      dateInput.press("Enter");
      if (time != null) {
        timeInput.click();
        timeInput.fill(time);
        timeInput.press("Tab");
      }
      page.keyboard().press("Escape");
      page.waitForTimeout(300);
      Object parsed = dateInput.evaluate("el => el._flatpickr ? el._flatpickr.selectedDates.length : -1");
      boolean taken = !Integer.valueOf(0).equals(parsed) && field.locator(".fjs-form-field-error").count() == 0
          && date.equals(dateInput.inputValue()) && (time == null || time.equals(timeInput.inputValue()));
      if (taken) {
        return;
      }
    }
    throw new AssertionError("the field " + fieldId + " does not take " + date + (time == null ? "" : " " + time));
  }
}
