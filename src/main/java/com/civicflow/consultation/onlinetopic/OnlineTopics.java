package com.civicflow.consultation.onlinetopic;

import static com.civicflow.consultation.onlinetopic.OnlineTopicVariables.RESIDENT_CONTACT;
import static com.civicflow.consultation.onlinetopic.OnlineTopicVariables.RESIDENT_NAME;
import static com.civicflow.consultation.onlinetopic.OnlineTopicVariables.TOPIC_DESCRIPTION;
import static com.civicflow.consultation.onlinetopic.OnlineTopicVariables.TOPIC_LOCATION;
import static com.civicflow.consultation.onlinetopic.OnlineTopicVariables.TRACKING_NUMBER;

import com.civicflow.consultation.matter.MatterVariables;
import com.civicflow.consultation.organisation.OrgLevel;
import com.civicflow.consultation.organisation.OrganisationDirectory;
import java.util.Optional;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.variable.Variables;
import org.springframework.stereotype.Service;

/**
 * 网上议事厅: which communities take residents' topics (a community whose district's models include one of the
 * {@link TopicModel}s — the directory's first such model), and the board's one start of an {@code online-topic}.
 */
@Service
public class OnlineTopics {

  private final OrganisationDirectory directory;
  private final RuntimeService runtime;
  private final PublicBoardIdentity board;

  OnlineTopics(OrganisationDirectory directory, RuntimeService runtime, PublicBoardIdentity board) {
    this.directory = directory;
    this.runtime = runtime;
    this.board = board;
  }

  /** Whether the community's board offers “我要提议题”. */
  public boolean takesTopics(String communityId) {
    return modelFor(communityId).isPresent();
  }

  Optional<TopicModel> modelFor(String communityId) {
    return directory.find(communityId).filter(unit -> unit.level() == OrgLevel.COMMUNITY)
        .flatMap(unit -> directory.modelsOf(directory.districtOf(unit.id()).id()).stream()
            .map(TopicModel::of).flatMap(Optional::stream).findFirst());
  }

  /**
   * Starts the topic in the community's tenant, as the board ({@link PublicBoardIdentity}).
   *
   * @return the 受理编号
   * @throws IllegalArgumentException the topic is incomplete or too long (callers check {@link ResidentTopic#problems()})
   * @throws TopicsNotTakenException the community takes no online topics
   */
  public String submit(String communityId, ResidentTopic topic) {
    if (!topic.problems().isEmpty()) {
      throw new IllegalArgumentException(String.join("；", topic.problems()));
    }
    if (!takesTopics(communityId)) {
      throw new TopicsNotTakenException();
    }
    String number = TrackingNumbers.next();
    board.inCommunity(communityId, () -> runtime.createProcessInstanceByKey(OnlineTopicProcess.KEY)
        .processDefinitionWithoutTenantId().businessKey(number)
        .setVariables(Variables.createVariables()
            .putValue(MatterVariables.COMMUNITY_ID.name(), communityId)
            .putValue(TRACKING_NUMBER.name(), number)
            .putValue(MatterVariables.TOPIC.name(), topic.topic())
            .putValue(TOPIC_DESCRIPTION.name(), topic.description())
            .putValue(TOPIC_LOCATION.name(), topic.location())
            .putValue(RESIDENT_NAME.name(), topic.name())
            .putValue(RESIDENT_CONTACT.name(), topic.contact()))
        .execute());
    return number;
  }
}
