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
import com.civicflow.consultation.TestUsers;
import com.civicflow.consultation.matter.Submission;
import org.camunda.bpm.engine.task.Task;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.spin.plugin.variable.SpinValues;
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
    assertThat(task(TASK_SCREEN_BY_COMMITTEES, pi)).hasCandidateGroup("committee-staff");
    complete(task(TASK_SCREEN_BY_COMMITTEES, pi), withVariables("strikes", chosen("甲一"), "strikeReason", "不是本社区居民"));
    assertThat(task(TASK_CONFIRM_SCREENING, pi)).hasCandidateGroup("party-secretary");
    assertThat(pi).variables().containsEntry(ElectionVariables.CANDIDATES.name(), "甲一\n乙二\n丙三\n丁四\n戊五");
    confirmAs("sannan-secretary", pi);
    assertThat(task(TASK_SCREEN_BY_PARTY, pi)).hasCandidateGroup("street-party-committee");
    complete(task(TASK_SCREEN_BY_PARTY, pi), withVariables("strikes", chosen("乙二"), "strikeReason", "受过处分"));

    // then
    assertThat(pi).isWaitingAt(TASK_SECRET_BALLOT).variables()
        .containsEntry(ElectionVariables.CANDIDATES.name(), "丙三\n丁四\n戊五")
        .containsEntry(ElectionVariables.SCREENING_RECORD.name(),
            "【村（居）“两委”筛选（党组织书记黄志刚确认）】筛除 甲一：不是本社区居民\n【镇（街道）党工委筛选】筛除 乙二：受过处分\n");
  }

  @Test
  void thePartySecretaryReturnsTheCommitteesScreeningWithANote() {
    // given the committee staff propose to strike 甲一
    ProcessInstance pi = nominate(2, "甲一\n乙二", "丙三", "丁四");
    complete(task(TASK_SCREEN_BY_COMMITTEES, pi), withVariables("strikes", chosen("甲一"), "strikeReason", "不是本社区居民"));

    // when the party secretary does not confirm: a note is required, nothing is struck
    assertThatThrownBy(() -> complete(task(TASK_CONFIRM_SCREENING, pi), withVariables("screeningDecision", "returned")))
        .hasMessageContaining("请填写“退回意见”");
    complete(task(TASK_CONFIRM_SCREENING, pi), withVariables("screeningDecision", "returned",
        "screeningReturnNote", "甲一已迁入本社区，应予保留"));

    // then the committees screen again, seeing the note, and all candidates remain
    assertThat(pi).isWaitingAt(TASK_SCREEN_BY_COMMITTEES).variables()
        .containsEntry(ElectionVariables.CANDIDATES.name(), "甲一\n乙二\n丙三\n丁四")
        .containsEntry(ElectionVariables.COMMITTEE_SCREENING_RETURN.name(), "甲一已迁入本社区，应予保留")
        .containsEntry(ElectionVariables.SCREENING_RECORD.name(), "");
    complete(task(TASK_SCREEN_BY_COMMITTEES, pi), withVariables("strikes", chosen()));
    complete(task(TASK_CONFIRM_SCREENING, pi), withVariables("screeningDecision", "confirmed"));
    assertThat(pi).isWaitingAt(TASK_SCREEN_BY_PARTY).variables()
        .containsEntry(ElectionVariables.COMMITTEE_SCREENING_RETURN.name(), "");
  }

  @Test
  void eachNominationIsEnteredByItsOwnSideWithItsBodyMeetingAndMinutes() {
    // given
    ProcessInstance pi = runtimeService().startProcessInstanceByKey(KEY, withVariables("communityId", "sannan", "seats", 1L));

    // then the three nominations go to three different roles of the community
    assertThat(task(TASK_NOMINATE_BY_COMMITTEES, pi)).hasCandidateGroup("committee-staff");
    assertThat(task(TASK_NOMINATE_BY_OWNERS, pi)).hasCandidateGroup("owners-committee");
    assertThat(task(TASK_NOMINATE_BY_MEMBERS, pi)).hasCandidateGroup("party-secretary");
    assertThat(processEngine.getTaskService().createTaskQuery().processInstanceId(pi.getId()).taskCandidateUser("sannan-staff")
        .taskDefinitionKey(TASK_NOMINATE_BY_OWNERS).count()).isZero();
    assertThat(processEngine.getTaskService().createTaskQuery().processInstanceId(pi.getId()).taskCandidateUser("sannan-owners")
        .taskDefinitionKey(TASK_NOMINATE_BY_OWNERS).count()).isEqualTo(1);

    // when the owners' committee's representative enters its nomination without its minutes, or with a future date
    Map<String, Object> owners = CouncilElectionFullRun.nomination("三南花园业主委员会", "李秀兰");
    Map<String, Object> noMinutes = new HashMap<>(owners);
    noMinutes.remove("nominationMinutes");
    assertThatThrownBy(() -> complete(task(TASK_NOMINATE_BY_OWNERS, pi), noMinutes)).hasMessageContaining("推荐会议纪要");
    Map<String, Object> future = new HashMap<>(owners);
    future.put("nominationMeetingDate", LocalDate.now(Submission.ZONE).plusDays(2).toString());
    assertThatThrownBy(() -> complete(task(TASK_NOMINATE_BY_OWNERS, pi), future)).hasMessageContaining("不能晚于今天");
    Task nomination = task(TASK_NOMINATE_BY_OWNERS, pi);
    TestUsers.as(processEngine, "sannan-owners", () -> complete(nomination, owners));

    // then who nominated is on record: the body, the date, the minutes, the names, who entered it
    assertThat(runtimeService().getVariable(pi.getId(), ElectionVariables.NOMINATION_RECORD.name()).toString())
        .startsWith("【业主委员会推荐】三南花园业主委员会，" + owners.get("nominationMeetingDate") + " 推荐会议，推荐 李秀兰。")
        .contains("纪要：三南花园业主委员会讨论推荐人选").contains("（录入：陈美华）");
  }

  @Test
  void tooFewCandidatesGoBackToTheNominations() {
    // given
    ProcessInstance pi = nominate(3, "甲一", "乙二", "丙三\n丁四");

    // when the screening leaves as many candidates as seats
    complete(task(TASK_SCREEN_BY_COMMITTEES, pi), withVariables("strikes", chosen("丁四"), "strikeReason", "本人不愿参选"));
    complete(task(TASK_CONFIRM_SCREENING, pi), withVariables("screeningDecision", "confirmed"));
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
    complete(task(TASK_NOMINATE_BY_COMMITTEES, pi), CouncilElectionFullRun.nomination("三南社区“两委”联席会议", "乙二", "sannan-council"));
    complete(task(TASK_NOMINATE_BY_OWNERS, pi), CouncilElectionFullRun.nomination("三南花园业主委员会", "", "sannan-grid"));
    complete(task(TASK_NOMINATE_BY_MEMBERS, pi), CouncilElectionFullRun.nomination("三南社区党员群众推荐会", "丁四"));
    assertThat(pi).variables().containsEntry(ElectionVariables.CANDIDATES.name(), "乙二\n茅建华 sannan-council\n袁梅 sannan-grid\n丁四");
    complete(task(TASK_SCREEN_BY_COMMITTEES, pi), withVariables("strikes", chosen()));
    complete(task(TASK_CONFIRM_SCREENING, pi), withVariables("screeningDecision", "confirmed"));
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
    assertThatThrownBy(() -> complete(task(TASK_NOMINATE_BY_OWNERS, pi), owners("钱主任 minzulu-staff")))
        .hasRootCauseInstanceOf(InvalidSubmissionException.class).hasMessageContaining("每行只写一位居民的姓名");
    assertThatThrownBy(() -> complete(task(TASK_NOMINATE_BY_OWNERS, pi), owners("张 三 李")))
        .hasMessageContaining("每行只写一位居民的姓名");
    // only the community's own users are offered: not another community's, not the street office's
    for (String notOffered : List.of("minzulu-staff", "binjiang-office", "no-such-user")) {
      assertThatThrownBy(() -> complete(task(TASK_NOMINATE_BY_OWNERS, pi), CouncilElectionFullRun.nomination("业主委员会", "", notOffered)))
          .hasRootCauseInstanceOf(InvalidSubmissionException.class).hasMessageContaining("不在可选项中");
    }
    assertThatThrownBy(() -> complete(task(TASK_NOMINATE_BY_OWNERS, pi), owners("")))
        .hasMessageContaining("请填写“推荐的居民”");
    assertThatThrownBy(() -> runtimeService().startProcessInstanceByKey(KEY, withVariables("communityId", "sannan", "seats", 40)))
        .hasMessageContaining("常务理事席位数");

    ProcessInstance small = screened(1, "甲一", "乙二", "丙三");
    assertThatThrownBy(() -> ballot(small, 10, "甲一 11\n乙二 0\n丙三 0")).hasMessageContaining("多于收回的选票数");
    assertThatThrownBy(() -> ballot(small, 10, "甲一 5\n乙二 3")).hasMessageContaining("缺少候选人“丙三”");
    assertThatThrownBy(() -> ballot(small, 10, "甲一 5\n乙二 3\n庚七 1\n丙三 0")).hasMessageContaining("“庚七”不是本轮候选人");
    assertThatThrownBy(() -> ballot(small, 10, "甲一 5\n乙二 3\n乙二 1\n丙三 0")).hasMessageContaining("“乙二”的得票填了两次");
    assertThatThrownBy(() -> complete(task(TASK_SECRET_BALLOT, small), withVariables("ballotMeeting", "村（居）民代表会议",
        "ballotsCast", 10, "ballotRows", SpinValues.jsonValue(
            "[{\"name\":\"甲一\",\"votes\":\"很多\"},{\"name\":\"乙二\",\"votes\":1},{\"name\":\"丙三\",\"votes\":0}]").create())))
        .hasMessageContaining("各候选人得票第 1 行的得票");
    assertThatThrownBy(() -> complete(task(TASK_SECRET_BALLOT, small), withVariables("ballotMeeting", "村（居）民代表会议",
        "ballotsCast", 10, "ballotRows", SpinValues.jsonValue(
            "[{\"name\":\"甲一\"},{\"name\":\"乙二\",\"votes\":1},{\"name\":\"丙三\",\"votes\":0}]").create())))
        .hasMessageContaining("请填写“各候选人得票第 1 行的得票”");
    assertThatThrownBy(() -> complete(task(TASK_SECRET_BALLOT, small), withVariables("ballotMeeting", "村（居）民代表会议",
        "ballotsCast", 10, "ballotRows", "甲一 5"))).hasMessageContaining("“各候选人得票”应为表格各行的列表");
    // the table is prefilled with this round's candidates, one row each
    assertThat(processEngine.getTaskService().getVariable(task(TASK_SECRET_BALLOT, small).getId(), "ballotRows").toString())
        .isEqualTo("[{\"name\":\"甲一\"},{\"name\":\"乙二\"},{\"name\":\"丙三\"}]");
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
    // a district that sets two thirds (consultation.haimen.election-majority-percent=66) elects only above it
    assertThat(ElectionRule.elect(ElectionRule.votes("甲 55\n乙 90\n丙 70\n丁 60"), 100, 3, 66).elected()).containsExactly("乙", "丙");
  }

  static ProcessInstance nominate(long seats, String committees, String owners, String members) {
    ProcessInstance pi = runtimeService().startProcessInstanceByKey(KEY, withVariables("communityId", "sannan", "seats", seats));
    complete(task(TASK_NOMINATE_BY_COMMITTEES, pi), CouncilElectionFullRun.nomination("三南社区“两委”联席会议", committees));
    complete(task(TASK_NOMINATE_BY_OWNERS, pi), owners(owners));
    complete(task(TASK_NOMINATE_BY_MEMBERS, pi), CouncilElectionFullRun.nomination("三南社区党员群众推荐会", members));
    assertThat(pi).isWaitingAt(TASK_SCREEN_BY_COMMITTEES);
    return pi;
  }

  static ProcessInstance screened(long seats, String committees, String owners, String members) {
    ProcessInstance pi = nominate(seats, committees, owners, members);
    complete(task(TASK_SCREEN_BY_COMMITTEES, pi), withVariables("strikes", chosen()));
    complete(task(TASK_CONFIRM_SCREENING, pi), withVariables("screeningDecision", "confirmed"));
    complete(task(TASK_SCREEN_BY_PARTY, pi), withVariables("strikes", chosen()));
    assertThat(pi).isWaitingAt(TASK_SECRET_BALLOT);
    return pi;
  }

  static void ballot(ProcessInstance pi, int cast, String tally) {
    complete(task(TASK_SECRET_BALLOT, pi), withVariables("ballotMeeting", "村（居）民代表会议", "ballotsCast", cast,
        "ballotRows", CouncilElectionFullRun.tally(tally)));
  }

  static Map<String, Object> owners(String residents) {
    Map<String, Object> nomination = CouncilElectionFullRun.nomination("三南花园业主委员会", "");
    nomination.put("nominations", residents);
    return nomination;
  }

  /** The party secretary confirms the two committees' screening, logged in as in Tasklist. */
  void confirmAs(String user, ProcessInstance pi) {
    Task confirmation = task(TASK_CONFIRM_SCREENING, pi);
    TestUsers.as(processEngine, user, () -> complete(confirmation, withVariables("screeningDecision", "confirmed")));
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
