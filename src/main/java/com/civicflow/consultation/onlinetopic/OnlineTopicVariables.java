package com.civicflow.consultation.onlinetopic;

import com.civicflow.consultation.matter.ProcessVariable;

/**
 * The variables of {@code online-topic}. {@code topic} is the matter's {@code MatterVariables.TOPIC}; the
 * description and place use the names the models use ({@code topicDescription}, {@code topicLocation}). The
 * statistics read {@link #TOPIC_ADMITTED} and {@link #ADMITTED_MATTER_NUMBER} from history: keep these names.
 */
public final class OnlineTopicVariables {

  public static final ProcessVariable<String> TOPIC_DESCRIPTION = ProcessVariable.string("topicDescription");
  /** Where (小区、楼栋、路段): optional. */
  public static final ProcessVariable<String> TOPIC_LOCATION = ProcessVariable.string("topicLocation");
  /** The resident's name and contact: for the committee only, never on a public page. */
  public static final ProcessVariable<String> RESIDENT_NAME = ProcessVariable.string("residentName");
  public static final ProcessVariable<String> RESIDENT_CONTACT = ProcessVariable.string("residentContact");
  /** 受理编号: random, the key of the resident's tracking page (also the instance's business key). */
  public static final ProcessVariable<String> TRACKING_NUMBER = ProcessVariable.string("trackingNumber");

  /** The community's consultation model the topic becomes a matter of, its name, and who receives it. */
  public static final ProcessVariable<String> TARGET_MODEL = ProcessVariable.string("targetModel");
  public static final ProcessVariable<String> TARGET_MODEL_NAME = ProcessVariable.string("targetModelName");
  public static final ProcessVariable<String> RECEIVER_GROUP = ProcessVariable.string("topicReceiverGroup");

  /** 受理居民议题: {@code admit} or {@code decline}, and the reason of a decline (shown to the resident). */
  public static final ProcessVariable<String> ADMISSION_DECISION = ProcessVariable.string("admissionDecision");
  public static final ProcessVariable<String> DECLINE_REASON = ProcessVariable.string("declineReason");
  /** The start form of the target model: the form of 立项：填写协商事项. */
  public static final ProcessVariable<String> MATTER_START_FORM = ProcessVariable.string("matterStartForm");

  /** Outcome: true = 已立项, false = 未予立项. */
  public static final ProcessVariable<Boolean> TOPIC_ADMITTED = ProcessVariable.bool("topicAdmitted");
  public static final ProcessVariable<String> ADMITTED_MATTER_NUMBER = ProcessVariable.string("admittedMatterNumber");
  /** On the admitted matter: the 受理编号 it came from. */
  public static final ProcessVariable<String> ONLINE_TOPIC_NUMBER = ProcessVariable.string("onlineTopicNumber");

  public static final int MAX_TOPIC = 100;
  public static final int MAX_LOCATION = 100;

  private OnlineTopicVariables() {}
}
