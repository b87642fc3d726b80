package com.civicflow.consultation.privacy;

import com.civicflow.consultation.cangzhou.CangzhouVariables;
import com.civicflow.consultation.dongcheng.DongchengVariables;
import com.civicflow.consultation.haimen.ElectionVariables;
import com.civicflow.consultation.haimen.SevenStepVariables;
import com.civicflow.consultation.kenli.KenliVariables;
import com.civicflow.consultation.matter.ProcessVariable;
import com.civicflow.consultation.notice.NoticeVariables;
import com.civicflow.consultation.notice.SupervisionOpinion;
import com.civicflow.consultation.onlinetopic.OnlineTopicVariables;
import com.civicflow.consultation.yuzhong.YuzhongVariables;
import java.util.List;

/**
 * The process variables that hold people: residents' names (and lists of participants, nominees, members) and
 * their contacts. Public pages mask the names these fields hold wherever they appear in the same matter's public
 * text ({@link MatterPeople}); docs/privacy.md lists them for administrators. A new model field that holds people
 * belongs here.
 */
public final class PersonalDataFields {

  /** Fields whose value names people (one name, or several: one per line, or separated by 、，；). */
  public static final List<ProcessVariable<String>> NAMES = List.of(
      NoticeVariables.OBJECTOR_NAME, NoticeVariables.APPLICANT_NAME, NoticeVariables.ACCEPTED_ATTENDEES,
      OnlineTopicVariables.RESIDENT_NAME, SupervisionOpinion.NAME,
      YuzhongVariables.ORGANISER_PARTICIPANTS, YuzhongVariables.INTERESTED_PARTIES, YuzhongVariables.THIRD_PARTIES,
      CangzhouVariables.RAISED_BY, CangzhouVariables.MEETING_PARTICIPANTS, CangzhouVariables.TALKS_ATTENDANCE,
      KenliVariables.RAISED_BY, KenliVariables.CONVENER, KenliVariables.INTERESTED_PARTIES,
      SevenStepVariables.NON_STANDING_MEMBERS,
      ElectionVariables.NOMINATIONS, ElectionVariables.NOMINATIONS_BY_COMMITTEES, ElectionVariables.NOMINATIONS_BY_OWNERS,
      ElectionVariables.NOMINATIONS_BY_MEMBERS, ElectionVariables.CANDIDATES,
      ElectionVariables.BALLOT_TALLY, ElectionVariables.ELECTED_MEMBERS, ElectionVariables.STRUCK_MEMBER,
      ElectionVariables.HONORARY_CHAIR,
      DongchengVariables.MEETING_HOST, DongchengVariables.PARTICIPANT_CANDIDATES, DongchengVariables.SAMPLED_PARTICIPANTS,
      DongchengVariables.PARTICIPANTS, DongchengVariables.SUPERVISION_GROUP_MEMBERS);

  /** Fields that hold a resident's phone number, address or e-mail. */
  public static final List<ProcessVariable<String>> CONTACTS = List.of(
      NoticeVariables.OBJECTOR_CONTACT, NoticeVariables.APPLICANT_CONTACT, OnlineTopicVariables.RESIDENT_CONTACT,
      SupervisionOpinion.CONTACT,
      YuzhongVariables.PARTICIPANT_EMAILS);

  private PersonalDataFields() {}

  public static List<String> nameFields() {
    return NAMES.stream().map(ProcessVariable::name).distinct().toList();
  }
}
