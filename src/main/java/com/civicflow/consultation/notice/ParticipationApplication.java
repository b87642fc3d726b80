package com.civicflow.consultation.notice;

import java.util.ArrayList;
import java.util.List;

/**
 * An application to take part in a consultation (参与报名), submitted from a 参与报名 notice: the same
 * cleaning and size limits as an {@link Objection}; the organisation or unit is optional.
 */
public record ParticipationApplication(String name, String contact, String organisation, String reason) {

  public static final int MAX_ORGANISATION = 100;

  public ParticipationApplication {
    name = Objection.clean(name, false);
    contact = Objection.clean(contact, false);
    organisation = Objection.clean(organisation, false);
    reason = Objection.clean(reason, true);
  }

  public List<String> problems() {
    List<String> problems = new ArrayList<>();
    Objection.check(problems, name, "姓名", Objection.MAX_NAME);
    Objection.check(problems, contact, "联系方式", Objection.MAX_CONTACT);
    if (organisation.codePointCount(0, organisation.length()) > MAX_ORGANISATION) {
      problems.add("“所在组织或单位”不能超过 " + MAX_ORGANISATION + " 个字");
    }
    Objection.check(problems, reason, "参与理由", Objection.MAX_REASON);
    return problems;
  }
}
