package com.civicflow.consultation.privacy;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Whose data an administrator erases: a name (at least 2 characters) and/or contacts — a phone number (also found
 * written without its hyphens and spaces), an address, an e-mail (at least 5 characters each). Short or wildcard
 * identifiers are refused: they would match other people's records.
 */
public record Person(String name, List<String> contacts) {

  public Person {
    name = name == null ? "" : name.strip();
    contacts = contacts == null ? List.of() : contacts.stream().map(c -> c == null ? "" : c.strip()).filter(c -> !c.isEmpty()).toList();
    List<String> problems = new ArrayList<>();
    if (name.isEmpty() && contacts.isEmpty()) {
      problems.add("请填写要删除个人信息的居民姓名或联系方式");
    }
    if (!name.isEmpty() && name.codePointCount(0, name.length()) < 2) {
      problems.add("姓名至少 2 个字");
    }
    contacts.stream().filter(c -> c.length() < 5).forEach(c -> problems.add("联系方式“" + c + "”太短（至少 5 个字符）"));
    if ((name + String.join("", contacts)).matches(".*[%_\\\\].*")) {
      problems.add("姓名和联系方式中不能有 % _ \\ 字符");
    }
    if (!problems.isEmpty()) {
      throw new IllegalArgumentException(String.join("；", problems));
    }
  }

  /** Every string that identifies the person, longest first. */
  Set<String> identifiers() {
    Set<String> identifiers = new LinkedHashSet<>();
    for (String contact : contacts) {
      identifiers.add(contact);
      String digits = contact.replaceAll("[\\s-]", "");
      if (digits.matches("\\+?\\d{7,}")) {
        identifiers.add(digits);
      }
    }
    if (!name.isEmpty()) {
      identifiers.add(name);
    }
    return identifiers.stream().sorted(Comparator.comparingInt(String::length).reversed())
        .collect(java.util.stream.Collectors.toCollection(LinkedHashSet::new));
  }

  String eraseFrom(String text) {
    String erased = text;
    for (String identifier : identifiers()) {
      erased = erased.replace(identifier, PersonalDataErasure.ERASED);
    }
    return erased;
  }
}
