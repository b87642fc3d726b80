package com.civicflow.consultation.haimen;

import static com.civicflow.consultation.haimen.ElectionVariables.BALLOT_RECORD;
import static com.civicflow.consultation.haimen.ElectionVariables.SEATS;

import com.civicflow.consultation.matter.MatterVariables;
import java.util.List;
import org.camunda.bpm.engine.delegate.VariableScope;

/** The text of the 理事会选举结果 notice (一公示): honorary chair, the elected, each round's votes. */
final class ElectionNotice {

  private ElectionNotice() {}

  static String body(VariableScope scope, List<Candidate> elected, CouncilGroups councils) {
    String community = MatterVariables.COMMUNITY_ID.required(scope);
    StringBuilder text = new StringBuilder();
    text.append(MatterVariables.COMMUNITY_NAME.from(scope).orElse(community))
        .append("民主协商理事会（“1+").append(SEATS.required(scope)).append("+X”）成员经“三推两选一票决”产生，现将票决结果公示如下。\n");
    text.append("名誉理事长（社区党组织书记）：").append(String.join("、", councils.honoraryChairs(community))).append('\n');
    text.append("常务理事：").append(String.join("、", elected.stream().map(Candidate::name).toList())).append('\n');
    text.append("票决情况：\n").append(BALLOT_RECORD.from(scope).orElse(""));
    text.append("对票决结果有异议的，请在公示期内提出。");
    return text.toString();
  }
}
