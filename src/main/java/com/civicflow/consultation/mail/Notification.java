package com.civicflow.consultation.mail;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One e-mail to send: a Chinese Thymeleaf text template ({@code src/main/resources/mail/<template>.txt},
 * first line = subject), the recipients' addresses and the template's model.
 */
public record Notification(String template, List<String> recipients, Map<String, Object> model) {

  public Notification {
    recipients = recipients == null ? List.of() : recipients.stream().distinct().toList();
    model = model == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(model));
  }
}
