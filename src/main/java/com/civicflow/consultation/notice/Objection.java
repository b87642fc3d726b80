package com.civicflow.consultation.notice;

import java.util.ArrayList;
import java.util.List;

/**
 * What a resident submits from the board. {@link #problems()} lists, in Chinese, what is wrong with it
 * (required fields, size limits); the values are trimmed and stripped of control characters.
 */
public record Objection(String name, String contact, String reason) {

  public static final int MAX_NAME = 50;
  public static final int MAX_CONTACT = 100;
  public static final int MAX_REASON = 2000;

  public Objection {
    name = clean(name, false);
    contact = clean(contact, false);
    reason = clean(reason, true);
  }

  public List<String> problems() {
    List<String> problems = new ArrayList<>();
    check(problems, name, "姓名", MAX_NAME);
    check(problems, contact, "联系方式", MAX_CONTACT);
    check(problems, reason, "异议理由", MAX_REASON);
    return problems;
  }

  public static void check(List<String> problems, String value, String label, int max) {
    if (value.isEmpty()) {
      problems.add("请填写“" + label + "”");
    } else if (value.codePointCount(0, value.length()) > max) {
      problems.add("“" + label + "”不能超过 " + max + " 个字");
    }
  }

  public static String clean(String value, boolean multiline) {
    if (value == null) {
      return "";
    }
    String allowed = multiline ? "[\\p{Cntrl}&&[^\\n\\t]]" : "\\p{Cntrl}";
    return value.replace("\r\n", "\n").replaceAll(allowed, "").trim();
  }
}
