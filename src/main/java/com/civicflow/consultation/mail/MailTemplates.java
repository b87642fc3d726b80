package com.civicflow.consultation.mail;

import com.civicflow.consultation.matter.Submission;
import java.nio.charset.StandardCharsets;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.stereotype.Component;
import org.thymeleaf.context.Context;
import org.thymeleaf.spring6.SpringTemplateEngine;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;

/**
 * Renders the Chinese mail templates, Thymeleaf TEXT mode, from {@code classpath:mail/<name>.txt}: the
 * first line is the subject, the rest the body. Dates in the model are shown in Beijing time
 * ({@code 2026年3月2日 17:00}).
 */
@Component
class MailTemplates {

  private final SpringTemplateEngine engine = new SpringTemplateEngine();

  MailTemplates() {
    ClassLoaderTemplateResolver resolver = new ClassLoaderTemplateResolver();
    resolver.setPrefix("mail/");
    resolver.setSuffix(".txt");
    resolver.setTemplateMode(TemplateMode.TEXT);
    resolver.setCharacterEncoding(StandardCharsets.UTF_8.name());
    resolver.setCheckExistence(true);
    engine.setTemplateResolver(resolver);
  }

  record Rendered(String subject, String body) {}

  Rendered render(String template, Map<String, Object> model) {
    Map<String, Object> shown = new LinkedHashMap<>();
    model.forEach((name, value) -> shown.put(name, value instanceof Date d ? format(d) : value));
    String text = engine.process(template, new Context(java.util.Locale.SIMPLIFIED_CHINESE, shown)).strip();
    int newline = text.indexOf('\n');
    if (newline < 0) {
      return new Rendered(text, "");
    }
    return new Rendered(text.substring(0, newline).strip(), text.substring(newline + 1).strip() + "\n");
  }

  static String format(Date date) {
    return Submission.shown(date);
  }
}
