package com.civicflow.consultation.privacy;

import static org.assertj.core.api.Assertions.assertThat;

import com.civicflow.consultation.TestUsers;
import com.civicflow.consultation.cangzhou.CangzhouFullRun;
import com.civicflow.consultation.dongcheng.DongchengFullRun;
import com.civicflow.consultation.haimen.CouncilElectionFullRun;
import com.civicflow.consultation.haimen.SevenStepFullRun;
import com.civicflow.consultation.kenli.KenliFullRun;
import com.civicflow.consultation.notice.BoardClient;
import com.civicflow.consultation.yuzhong.YuzhongFullRun;
import java.net.http.HttpResponse;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.variable.Variables;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

/**
 * 个人信息保护法 on the public board: after the six full runs (渝中, 沧州, 垦利, 海门 election and seven steps, 东城) and a
 * resident's objection (answered by the committee), an application to take part and two online topics, every page
 * reachable from {@code /notices} — and the online topics' tracking pages — is fetched over HTTP, and none may show
 * the full name or phone number of a person those runs entered; their masked forms must be there instead.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class PublicPagesPrivacyWebTest {

  /** The people the runs enter: nominees, the honorary chair, the host, a convener, the supervision group, residents. */
  static final List<String> PEOPLE = List.of("茅建华", "张建国", "李秀兰", "袁梅", "王大海", "季晓燕", "黄志刚", "杨志强", "崔霞",
      "刘洋", "王大爷", "李阿姨", "孙小红", "钱多多", "周大伟", "冯淑珍");
  static final List<String> PHONES = List.of("13600002222", "13700001111", "13511112222", "010-65432198");
  /** Some of them as the board must show them. */
  static final List<String> MASKED = List.of("茅*华", "张*国", "袁*", "季*燕", "刘*", "冯*珍", "孙*红", "136****2222", "010-****2198");
  static final Pattern LINK = Pattern.compile("href=\"(/notices[^\"#]*)\"");

  @LocalServerPort int port;
  @Autowired ProcessEngine engine;

  @Test
  void noPublicPageShowsTheFullNameOrPhoneNumberOfAnybodyTheRunsEntered() throws Exception {
    // given the full runs and a resident's objection, application and topics
    YuzhongFullRun.run(engine);
    CangzhouFullRun.run(engine);
    KenliFullRun.run(engine);
    CouncilElectionFullRun.run(engine);
    SevenStepFullRun.run(engine);
    DongchengFullRun.run(engine);
    BoardClient resident = new BoardClient(port);
    answeredObjection(resident);
    application(resident);
    List<String> trackingPages = List.of(topic(resident, "admit"), topic(resident, "decline"));

    // when every board page is read as the public reads it
    Map<String, String> pages = crawl(resident, trackingPages);

    // then
    assertThat(pages.keySet()).as("pages read").hasSizeGreaterThan(30);
    List<String> leaks = new ArrayList<>();
    pages.forEach((path, html) -> {
      PEOPLE.stream().filter(html::contains).forEach(name -> leaks.add(path + ": " + name));
      PHONES.stream().filter(html::contains).forEach(phone -> leaks.add(path + ": " + phone));
    });
    assertThat(leaks).as("unmasked personal data on public pages").isEmpty();
    String everything = String.join("\n", pages.values());
    assertThat(everything).as("the people are on the board, masked").contains(MASKED);
  }

  /** A result posted in 民族路社区, an objection by 孙小红, dismissed with a reply that names her and her number. */
  private void answeredObjection(BoardClient resident) throws Exception {
    ProcessInstance notice = engine.getRuntimeService().startProcessInstanceByKey("public-notice", Variables.createVariables()
        .putValue("communityId", "minzulu").putValue("noticeTitle", "楼道照明改造结果").putValue("noticeBody", "更换 LED 灯")
        .putValue("noticeKind", "协商结果"));
    String page = "/notices/minzulu/" + engine.getRuntimeService().getVariable(notice.getId(), "noticeId");
    resident.postForm(page + "/objections", Map.of("_csrf", BoardClient.token(resident.get(page).body()),
        "name", "孙小红", "contact", "13600002222", "reason", "灯太亮"));
    Task task = engine.getTaskService().createTaskQuery().processInstanceId(notice.getId()).singleResult();
    TestUsers.as(engine, "minzulu-staff", () -> engine.getTaskService().complete(task.getId(), Map.of(
        "objectionDecision", "dismissed", "objectionReply", "已电话联系孙小红（13600002222）说明，灯具可调光；物业值班 010-65432198")));
  }

  /** A 东城 meeting notice open for sign-up, and 钱多多's application, accepted. */
  private void application(BoardClient resident) throws Exception {
    ProcessInstance matter = engine.getRuntimeService().startProcessInstanceByKey("dongcheng-consultation", Variables.createVariables()
        .putValue("communityId", "shaojiu").putValue("topic", "韶九社区电动车充电").putValue("topicCategory", "公共事务和公益事业"));
    Task fix = engine.getTaskService().createTaskQuery().processInstanceId(matter.getId()).singleResult();
    TestUsers.as(engine, "shaojiu-staff", () -> engine.getTaskService().complete(fix.getId(), Variables.createVariables()
        .putValue("handling", "社区协商").putValue("consultationLayer", "楼栋").putValue("consultationForm", "楼院理事会")
        .putValue("meetingHost", "社区书记冯淑珍").putValue("meetingTime", "2027-12-01T19:00").putValue("meetingPlace", "议事厅")
        .putValue("selectionMethod", "公开报名").putValue("participantCandidates", "居民代表")));
    ProcessInstance notice = engine.getRuntimeService().createProcessInstanceQuery().superProcessInstanceId(matter.getId())
        .singleResult();
    String page = "/notices/shaojiu/" + engine.getRuntimeService().getVariable(notice.getId(), "noticeId");
    resident.postForm(page + "/applications", Map.of("_csrf", BoardClient.token(resident.get(page).body()), "name", "钱多多",
        "contact", "13700001111", "organisation", "", "reason", "我住3号楼"));
  }

  /** 周大伟's topic in 民族路社区, admitted (to the matter) or declined with a reason naming him; its tracking page. */
  private String topic(BoardClient resident, String decision) throws Exception {
    HttpResponse<String> sent = resident.postForm("/notices/minzulu/topics", new LinkedHashMap<>(Map.of(
        "_csrf", BoardClient.token(resident.get("/notices/minzulu").body()), "topic", "周大伟反映：车棚漏雨",
        "description", "我是周大伟，电话 13511112222", "location", "5号楼", "name", "周大伟", "contact", "13511112222")));
    String path = sent.headers().firstValue("Location").orElseThrow().replaceAll("\\?.*", "");
    String number = path.substring(path.lastIndexOf('/') + 1);
    Task review = engine.getTaskService().createTaskQuery().processInstanceBusinessKey(number).singleResult();
    Map<String, Object> answer = "admit".equals(decision) ? Map.of("admissionDecision", "admit")
        : Map.of("admissionDecision", "decline", "declineReason", "车棚属物业管理，已请物业联系周大伟（13511112222）");
    TestUsers.as(engine, "minzulu-council", () -> engine.getFormService().submitTaskForm(review.getId(), answer));
    if ("admit".equals(decision)) {
      Task enter = engine.getTaskService().createTaskQuery().processInstanceBusinessKey(number).singleResult();
      TestUsers.as(engine, "minzulu-council", () -> engine.getFormService().submitTaskForm(enter.getId(), Map.of(
          "category", "公益事业", "catalogueItem", "公共设施建设与维护", "householdsAffected", 30L,
          "withinCommunityPowers", "true", "contraryToLaw", "false")));
    }
    return path;
  }

  /** Every page reachable from /notices by its links, plus the given ones, each read once. */
  private static Map<String, String> crawl(BoardClient visitor, List<String> extra) throws Exception {
    Map<String, String> pages = new LinkedHashMap<>();
    Deque<String> next = new ArrayDeque<>(List.of("/notices"));
    next.addAll(extra);
    Set<String> seen = new LinkedHashSet<>(next);
    while (!next.isEmpty()) {
      String path = next.poll();
      HttpResponse<String> page = visitor.get(path);
      assertThat(page.statusCode()).as(path).isEqualTo(200);
      pages.put(path, page.body());
      Matcher links = LINK.matcher(page.body());
      while (links.find()) {
        String link = links.group(1).replace("&amp;", "&");
        if (seen.add(link)) {
          next.add(link);
        }
      }
    }
    return pages;
  }
}
