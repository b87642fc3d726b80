package com.civicflow.consultation.haimen;

import static com.civicflow.consultation.haimen.CouncilElection.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.calledProcessInstance;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.jobQuery;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;
import static com.civicflow.consultation.haimen.CouncilElectionFullRun.chosen;

import com.civicflow.consultation.ProcessTest;
import com.civicflow.consultation.ProcessTestSupport;
import com.civicflow.consultation.matter.InvalidSubmissionException;
import com.civicflow.consultation.notice.NoticeVariables;
import com.civicflow.consultation.notice.Objection;
import com.civicflow.consultation.notice.ObjectionDesk;
import com.civicflow.consultation.notice.PublicNotice;
import java.util.List;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

@ProcessTest
class CouncilElectionTest extends ProcessTestSupport {

  static final String COUNCIL = CouncilGroups.groupId("sannan");

  @Autowired
  ObjectionDesk desk;

  @AfterEach
  void forgetCouncil() {
    processEngine.getIdentityService().deleteGroup(COUNCIL);
  }

  @Test
  void cleanBallotElectsTheCouncilAndReplacesItsMembers() {
    // given the council as it was before any election
    processEngine.getIdentityService().deleteGroup(COUNCIL);

    // when
    CouncilElectionFullRun.run(processEngine);

    // then
    assertThat(members()).containsExactly("sannan-grid", "sannan-secretary", "sannan-staff").doesNotContain("sannan-council");
    assertThat(processEngine.getIdentityService().createGroupQuery().groupId(COUNCIL).singleResult().getName())
        .isEqualTo("三南社区民主协商理事会");
  }
  @Test
  void anUpheldObjectionStrikingAMemberRunsOnTheEngineApi() {
    CouncilElectionFullRun.run(processEngine);
    CouncilElectionFullRun.objectionStrikesAMember(new com.civicflow.consultation.drive.EngineSteps(processEngine));
  }


  @Test
  void eachScreeningStrikesWithARecordedReason() {
    // given
    ProcessInstance pi = nominate(2, "甲一\n乙二", "丙三", "丁四\n戊五");

    // when
    complete(task(TASK_SCREEN_BY_COMMITTEES, pi), withVariables("strikes", chosen("甲一"), "strikeReason", "不是本社区居民"));
    assertThat(task(TASK_SCREEN_BY_PARTY, pi)).hasCandidateGroup("street-office");
    complete(task(TASK_SCREEN_BY_PARTY, pi), withVariables("strikes", chosen("乙二"), "strikeReason", "受过处分"));

    // then
    assertThat(pi).isWaitingAt(TASK_SECRET_BALLOT).variables()
        .containsEntry(ElectionVariables.CANDIDATES.name(), "丙三\n丁四\n戊五")
        .containsEntry(ElectionVariables.SCREENING_RECORD.name(),
            "【村（居）“两委”筛选】筛除 甲一：不是本社区居民\n【镇（街道）党工委筛选】筛除 乙二：受过处分\n");
  }

  @Test
  void tooFewCandidatesGoBackToTheNominations() {
    // given
    ProcessInstance pi = nominate(3, "甲一", "乙二", "丙三\n丁四");

    // when the screening leaves as many candidates as seats
    complete(task(TASK_SCREEN_BY_COMMITTEES, pi), withVariables("strikes", chosen("丁四"), "strikeReason", "本人不愿参选"));
    complete(task(TASK_SCREEN_BY_PARTY, pi), withVariables("strikes", chosen()));

    // then
    assertThat(pi).hasPassed(GATEWAY_COMPETITIVE).hasNotPassed(TASK_SECRET_BALLOT)
        .isWaitingAt(TASK_NOMINATE_BY_COMMITTEES, TASK_NOMINATE_BY_OWNERS, TASK_NOMINATE_BY_MEMBERS)
        .variables().containsEntry(ElectionVariables.NOMINATION_ROUND.name(), 1L);
  }

  @Test
  void tieAtTheLastSeatGoesToASecondRoundAmongTheRest() {
    // given
    ProcessInstance pi = screened(2, "甲一\n乙二", "丙三", "丁四");

    // when 乙二 and 丙三 tie for the second seat
    ballot(pi, 100, "甲一 60\n乙二 55\n丙三 55\n丁四 10");

    // then
    assertThat(pi).isWaitingAt(TASK_SECRET_BALLOT).variables()
        .containsEntry(ElectionVariables.ELECTED_MEMBERS.name(), "甲一")
        .containsEntry(ElectionVariables.OPEN_SEATS.name(), 1L)
        .containsEntry(ElectionVariables.CANDIDATES.name(), "乙二\n丙三\n丁四");

    // when the second round decides
    ballot(pi, 98, "乙二 70\n丙三 20\n丁四 5");

    // then
    assertThat(pi).isWaitingAt(CALL_PUBLISH_RESULT).variables()
        .containsEntry(ElectionVariables.ELECTED_MEMBERS.name(), "甲一\n乙二")
        .containsEntry(ElectionVariables.BALLOT_ROUND.name(), 2L);
    assertThat(calledProcessInstance(PublicNotice.PROCESS_KEY, pi)).variables()
        .containsEntry(NoticeVariables.NOTICE_KIND.name(), "理事会选举结果")
        .containsEntry(NoticeVariables.NOTICE_TITLE.name(), "三南社区民主协商理事会成员票决结果公示");
  }

  @Test
  void upheldObjectionStrikesTheMemberAndTheNextEligibleCandidateFillsTheSeat() {
    // given two of the community's users among the candidates, chosen from the list
    ProcessInstance pi = runtimeService().startProcessInstanceByKey(KEY, withVariables("communityId", "sannan", "seats", 2L));
    complete(task(TASK_NOMINATE_BY_COMMITTEES, pi), withVariables("nominations", "乙二", "nominatedUsers", chosen("sannan-council")));
    complete(task(TASK_NOMINATE_BY_OWNERS, pi), withVariables("nominatedUsers", chosen("sannan-grid")));
    complete(task(TASK_NOMINATE_BY_MEMBERS, pi), withVariables("nominations", "丁四"));
    assertThat(pi).variables().containsEntry(ElectionVariables.CANDIDATES.name(), "乙二\n茅建华 sannan-council\n袁梅 sannan-grid\n丁四");
    complete(task(TASK_SCREEN_BY_COMMITTEES, pi), withVariables("strikes", chosen()));
    complete(task(TASK_SCREEN_BY_PARTY, pi), withVariables("strikes", chosen()));
    ballot(pi, 100, "茅建华 80\n乙二 60\n袁梅 55\n丁四 0");

    // when an objection against 乙二 is upheld
    uphold(pi, "乙二隐瞒了违法建设");
    complete(task(TASK_STRIKE_OBJECTED, pi), withVariables("struckMember", "乙二"));

    // then 袁梅 (55 of 100) takes the seat and the result is published again
    assertThat(pi).isWaitingAt(CALL_PUBLISH_RESULT).variables()
        .containsEntry(ElectionVariables.ELECTED_MEMBERS.name(), "茅建华 sannan-council\n袁梅 sannan-grid");
    execute(jobQuery().processInstanceId(calledProcessInstance(PublicNotice.PROCESS_KEY, pi).getId()).timers().singleResult());
    assertThat(pi).isEnded().hasPassed(TASK_INSTALL_COUNCIL, EVENT_COUNCIL_ELECTED);
    assertThat(members()).containsExactly("sannan-council", "sannan-grid", "sannan-secretary");
  }

  @Test
  void upheldObjectionWithoutEligibleRunnerUpGoesBackToTheNominations() {
    // given
    ProcessInstance pi = screened(2, "甲一", "乙二", "丙三");
    ballot(pi, 100, "甲一 80\n乙二 70\n丙三 30");

    // when
    uphold(pi, "乙二不符合条件");
    complete(task(TASK_STRIKE_OBJECTED, pi), withVariables("struckMember", "乙二"));

    // then
    assertThat(pi).hasPassed(TASK_REFILL_SEAT)
        .isWaitingAt(TASK_NOMINATE_BY_COMMITTEES, TASK_NOMINATE_BY_OWNERS, TASK_NOMINATE_BY_MEMBERS)
        .variables().containsEntry(ElectionVariables.ELECTED_MEMBERS.name(), "甲一")
        .containsEntry(ElectionVariables.OPEN_SEATS.name(), 1L);
  }

  @Test
  void impossibleSubmissionsAreRefusedWithAClearMessage() {
    // given
    ProcessInstance pi = runtimeService().startProcessInstanceByKey(KEY, withVariables("communityId", "sannan"));
    assertThat(pi).variables().containsEntry(ElectionVariables.SEATS.name(), 7L);

    // then
    assertThatThrownBy(() -> complete(task(TASK_NOMINATE_BY_OWNERS, pi), withVariables("nominations", "钱主任 minzulu-staff")))
        .hasRootCauseInstanceOf(InvalidSubmissionException.class).hasMessageContaining("每行只写一位居民的姓名");
    assertThatThrownBy(() -> complete(task(TASK_NOMINATE_BY_OWNERS, pi), withVariables("nominations", "张 三 李")))
        .hasMessageContaining("每行只写一位居民的姓名");
    // only the community's own users are offered: not another community's, not the street office's
    for (String notOffered : List.of("minzulu-staff", "binjiang-office", "no-such-user")) {
      assertThatThrownBy(() -> complete(task(TASK_NOMINATE_BY_OWNERS, pi), withVariables("nominatedUsers", chosen(notOffered))))
          .hasRootCauseInstanceOf(InvalidSubmissionException.class).hasMessageContaining("不在可选项中");
    }
    assertThatThrownBy(() -> complete(task(TASK_NOMINATE_BY_OWNERS, pi), withVariables("nominations", "")))
        .hasMessageContaining("请填写“推荐的居民”");
    assertThatThrownBy(() -> runtimeService().startProcessInstanceByKey(KEY, withVariables("communityId", "sannan", "seats", 40)))
        .hasMessageContaining("常务理事席位数");

    ProcessInstance small = screened(1, "甲一", "乙二", "丙三");
    assertThatThrownBy(() -> ballot(small, 10, "甲一 11\n乙二 0\n丙三 0")).hasMessageContaining("多于收回的选票数");
    assertThatThrownBy(() -> ballot(small, 10, "甲一 5\n乙二 3")).hasMessageContaining("缺少候选人“丙三”");
    assertThatThrownBy(() -> ballot(small, 10, "甲一 8\n乙二 8\n丙三 0")).hasMessageContaining("超过可能的最大值");
    ProcessInstance screening = nominate(1, "甲一", "乙二", "丙三");
    assertThatThrownBy(() -> complete(task(TASK_SCREEN_BY_COMMITTEES, screening), withVariables("strikes", chosen("甲一"))))
        .hasMessageContaining("请填写“筛除理由”");
    assertThatThrownBy(() -> complete(task(TASK_SCREEN_BY_COMMITTEES, screening),
        withVariables("strikes", chosen("庚七"), "strikeReason", "不符合条件"))).hasMessageContaining("不在可选项中");
    assertThat(screening).isWaitingAt(TASK_SCREEN_BY_COMMITTEES);
    assertThat(small).isWaitingAt(TASK_SECRET_BALLOT);
  }

  @Test
  void electionRuleNeedsMoreThanHalfAndLeavesATieAtTheLastSeatOpen() {
    // exactly half is not enough
    assertThat(ElectionRule.elect(ElectionRule.votes("甲 50\n乙 51\n丙 10"), 100, 2).elected()).containsExactly("乙");
    // a tie above the last seat does not matter; a tie at the last seat elects neither
    assertThat(ElectionRule.elect(ElectionRule.votes("甲 70\n乙 70\n丙 60"), 100, 2).elected()).containsExactlyInAnyOrder("甲", "乙");
    assertThat(ElectionRule.elect(ElectionRule.votes("甲 80\n乙 60\n丙 60\n丁 55"), 100, 2).elected()).containsExactly("甲");
    assertThat(ElectionRule.elect(ElectionRule.votes("甲 80\n乙 60\n丙 60\n丁 55"), 100, 2).remaining()).containsExactly("乙", "丙", "丁");
    // ranked by votes, top N
    assertThat(ElectionRule.elect(ElectionRule.votes("甲 55\n乙 90\n丙 70\n丁 60"), 100, 3).elected()).containsExactly("乙", "丙", "丁");
  }

  static ProcessInstance nominate(long seats, String committees, String owners, String members) {
    ProcessInstance pi = runtimeService().startProcessInstanceByKey(KEY, withVariables("communityId", "sannan", "seats", seats));
    complete(task(TASK_NOMINATE_BY_COMMITTEES, pi), withVariables("nominations", committees));
    complete(task(TASK_NOMINATE_BY_OWNERS, pi), withVariables("nominations", owners));
    complete(task(TASK_NOMINATE_BY_MEMBERS, pi), withVariables("nominations", members));
    assertThat(pi).isWaitingAt(TASK_SCREEN_BY_COMMITTEES);
    return pi;
  }

  static ProcessInstance screened(long seats, String committees, String owners, String members) {
    ProcessInstance pi = nominate(seats, committees, owners, members);
    complete(task(TASK_SCREEN_BY_COMMITTEES, pi), withVariables("strikes", chosen()));
    complete(task(TASK_SCREEN_BY_PARTY, pi), withVariables("strikes", chosen()));
    assertThat(pi).isWaitingAt(TASK_SECRET_BALLOT);
    return pi;
  }

  static void ballot(ProcessInstance pi, int cast, String tally) {
    complete(task(TASK_SECRET_BALLOT, pi), withVariables("ballotMeeting", "村（居）民代表会议", "ballotsCast", cast, "ballotTally", tally));
  }

  void uphold(ProcessInstance pi, String reason) {
    ProcessInstance notice = calledProcessInstance(PublicNotice.PROCESS_KEY, pi);
    desk.lodge("sannan", NoticeVariables.NOTICE_ID.from(runtimeService().getVariables(notice.getId())).orElseThrow(),
        new Objection("居民张先生", "13900000000", reason));
    complete(task(PublicNotice.TASK_HANDLE_OBJECTION, notice), withVariables(
        NoticeVariables.OBJECTION_DECISION.name(), "upheld", NoticeVariables.OBJECTION_REPLY.name(), "经核实异议成立"));
    assertThat(pi).isWaitingAt(TASK_STRIKE_OBJECTED);
  }

  List<String> members() {
    return processEngine.getIdentityService().createUserQuery().memberOfGroup(COUNCIL).orderByUserId().asc().list()
        .stream().map(u -> u.getId()).toList();
  }
}
