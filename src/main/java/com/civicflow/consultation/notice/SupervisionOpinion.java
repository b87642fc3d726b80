package com.civicflow.consultation.notice;

import com.civicflow.consultation.matter.ProcessVariable;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;

/**
 * A resident's 监督意见 on how a published result is being carried out, from the board while the matter is being
 * handled (垦利: “督是办理过程接受居民监督”). Same limits and cleaning as an {@link Objection}; delivered by message
 * {@value #MESSAGE} to the matter that waits for it, with the variables declared here (set on the triggered scope).
 */
public record SupervisionOpinion(String name, String contact, String opinion) {

  /** The message a model subscribes to while it takes residents' supervision opinions. */
  public static final String MESSAGE = "supervision-opinion";

  public static final ProcessVariable<String> NAME = ProcessVariable.string("supervisionOpinionName");
  public static final ProcessVariable<String> CONTACT = ProcessVariable.string("supervisionOpinionContact");
  public static final ProcessVariable<String> TEXT = ProcessVariable.string("supervisionOpinionText");
  public static final ProcessVariable<Date> LODGED_AT = ProcessVariable.date("supervisionOpinionLodgedAt");

  public SupervisionOpinion {
    name = Objection.clean(name, false);
    contact = Objection.clean(contact, false);
    opinion = Objection.clean(opinion, true);
  }

  public List<String> problems() {
    List<String> problems = new ArrayList<>();
    Objection.check(problems, name, "姓名", Objection.MAX_NAME);
    Objection.check(problems, contact, "联系方式", Objection.MAX_CONTACT);
    Objection.check(problems, opinion, "监督意见", Objection.MAX_REASON);
    return problems;
  }
}
