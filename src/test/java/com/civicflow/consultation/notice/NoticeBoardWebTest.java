package com.civicflow.consultation.notice;

import static com.civicflow.consultation.notice.NoticeVariables.NOTICE_BODY;
import static com.civicflow.consultation.notice.NoticeVariables.NOTICE_ID;
import static com.civicflow.consultation.notice.NoticeVariables.NOTICE_KIND;
import static com.civicflow.consultation.notice.NoticeVariables.NOTICE_TITLE;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.util.Date;
import java.util.Map;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.variable.Variables;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

/** The public board over real HTTP: pages, the CSRF round trip, limits and friendly errors. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class NoticeBoardWebTest {

  @LocalServerPort
  int port;
  @Autowired
  RuntimeService runtime;
  @Autowired
  TaskService tasks;
  @Autowired
  HistoryService history;
  @Autowired
  ManagementService management;

  BoardClient browser;

  @BeforeEach
  void newBrowser() {
    browser = new BoardClient(port);
  }

  @AfterEach
  void resetClock() {
    ClockUtil.reset();
  }

  @Test
  void boardListsTheCommunitysNoticesInChinese() throws Exception {
    // given
    ProcessInstance notice = post("minzulu", "关于加装电梯的公示", NoticeKind.MEETING_ANNOUNCEMENT);

    // when
    HttpResponse<String> index = get("/notices");
    HttpResponse<String> community = get("/notices/minzulu");

    // then
    assertThat(index.statusCode()).isEqualTo(200);
    assertThat(index.body()).contains("公示栏", "渝中区解放碑街道民族路社区", "name=\"viewport\"");
    assertThat(index.headers().firstValue("Content-Security-Policy").orElseThrow()).contains("default-src 'none'");
    assertThat(community.statusCode()).isEqualTo(200);
    assertThat(community.body()).contains("正在公示", "关于加装电梯的公示", "公示中", "5</span> 个工作日", noticeId(notice));
  }

  @Test
  void residentLodgesAnObjectionWithTheCsrfTokenRoundTrip() throws Exception {
    // given
    ProcessInstance notice = post("minzulu", "停车位划线方案", NoticeKind.RESULT);
    String page = "/notices/minzulu/" + noticeId(notice);
    HttpResponse<String> form = get(page);
    assertThat(form.statusCode()).isEqualTo(200);
    String token = token(form.body());

    // when
    HttpResponse<String> sent = postForm(page + "/objections", Map.of(
        "_csrf", token, "name", "李大爷", "contact", "13800000000", "reason", "划线占用了<script>消防通道</script>"));

    // then
    assertThat(sent.statusCode()).isEqualTo(303);
    assertThat(sent.headers().firstValue("Location").orElseThrow()).endsWith(page + "?received");
    assertThat(tasks.createTaskQuery().processInstanceId(notice.getId()).taskDefinitionKey(PublicNotice.TASK_HANDLE_OBJECTION).count()).isEqualTo(1);
    HttpResponse<String> after = get(page + "?received");
    assertThat(after.body()).contains("您的异议已收到").doesNotContain("李大爷", "13800000000", notice.getId());
  }

  @Test
  void objectionWithoutTokenIsRefused() throws Exception {
    // given
    ProcessInstance notice = post("minzulu", "公示甲", NoticeKind.RESULT);
    String page = "/notices/minzulu/" + noticeId(notice);
    get(page);

    // when
    HttpResponse<String> missing = postForm(page + "/objections", Map.of("name", "张三", "contact", "1", "reason", "理由"));
    HttpResponse<String> forged = postForm(page + "/objections", Map.of("_csrf", "forged", "name", "张三", "contact", "1", "reason", "理由"));

    // then
    assertThat(missing.statusCode()).isEqualTo(403);
    assertThat(missing.body()).contains("请刷新公示页面后重新提交");
    assertThat(forged.statusCode()).isEqualTo(403);
    assertThat(tasks.createTaskQuery().processInstanceId(notice.getId()).count()).isZero();
  }

  @Test
  void incompleteOrOversizeObjectionsAreRefused() throws Exception {
    // given
    ProcessInstance notice = post("minzulu", "公示乙", NoticeKind.RESULT);
    String page = "/notices/minzulu/" + noticeId(notice);
    String token = token(get(page).body());

    // when
    HttpResponse<String> empty = postForm(page + "/objections", Map.of("_csrf", token, "name", "", "contact", "1", "reason", "理由"));
    HttpResponse<String> tooLong = postForm(page + "/objections", Map.of("_csrf", token, "name", "张三", "contact", "1", "reason", "长".repeat(2001)));
    HttpResponse<String> hugeBody = postForm(page + "/objections", Map.of("_csrf", token, "name", "张三", "contact", "1", "reason", "x".repeat(40_000)));

    // then
    assertThat(empty.statusCode()).isEqualTo(400);
    assertThat(empty.body()).contains("请填写“姓名”");
    assertThat(tooLong.statusCode()).isEqualTo(400);
    assertThat(tooLong.body()).contains("“异议理由”不能超过 2000 个字");
    assertThat(hugeBody.statusCode()).isEqualTo(413);
    assertThat(hugeBody.body()).contains("提交的内容过长").doesNotContain("Exception", "at org.");
    assertThat(tasks.createTaskQuery().processInstanceId(notice.getId()).count()).isZero();
  }

  @Test
  void closedAndUnknownNoticesGiveClearErrors() throws Exception {
    // given a notice whose period is over
    ProcessInstance notice = post("minzulu", "公示丙", NoticeKind.COUNCIL_ELECTION_RESULT);
    String page = "/notices/minzulu/" + noticeId(notice);
    String token = token(get(page).body());
    management.executeJob(management.createJobQuery().processInstanceId(notice.getId()).singleResult().getId());

    // when
    HttpResponse<String> closed = postForm(page + "/objections", Map.of("_csrf", token, "name", "张三", "contact", "1", "reason", "理由"));
    HttpResponse<String> unknown = get("/notices/minzulu/0123456789abcdef");
    HttpResponse<String> otherBoard = get("/notices/jiaochangkou/" + noticeId(notice));
    HttpResponse<String> noBoard = get("/notices/nowhere");

    // then
    assertThat(closed.statusCode()).isEqualTo(409);
    assertThat(closed.body()).contains("不再受理异议");
    assertThat(get(page).body()).contains("公示期满").doesNotContain("提交异议");
    assertThat(unknown.statusCode()).isEqualTo(404);
    assertThat(unknown.body()).contains("没有找到这条公示");
    assertThat(otherBoard.statusCode()).isEqualTo(404);
    assertThat(noBoard.statusCode()).isEqualTo(404);
  }

  @Test
  void publishedResultShowsImplementationProgress() throws Exception {
    // given a result notice and, for the same matter, the real implementation-supervision
    ProcessInstance notice = post("chaodong", "小区绿化承包结果公示", NoticeKind.RESULT);
    String page = "/notices/chaodong/" + noticeId(notice);
    assertThat(get(page).body()).contains("尚未交办");
    runtime.startProcessInstanceByKey(ImplementationProgressReader.PROCESS_KEY, notice.getBusinessKey(), Variables.createVariables()
        .putValue("communityId", "chaodong").putValue("responsibleUnit", "unit-yunhe-cityops")
        .putValue("topic", "小区绿化").putValue("resultText", "聘请专业绿化队")
        .putValue("completionDeadline", new Date(ClockUtil.getCurrentTime().getTime() + 86_400_000L)));

    // when
    String inProgress = get(page).body();
    ClockUtil.setCurrentTime(new Date(ClockUtil.getCurrentTime().getTime() + 2 * 86_400_000L));
    String overdue = get("/notices/chaodong").body();

    // then
    assertThat(inProgress).contains("办理中", "运河区城管部门", "办结时限");
    assertThat(overdue).contains("已逾期");

    // and when the unit finishes after all and residents are satisfied, the board says it was done late
    String implementation = runtime.createProcessInstanceQuery().processDefinitionKey(ImplementationProgressReader.PROCESS_KEY)
        .processInstanceBusinessKey(notice.getBusinessKey()).singleResult().getId();
    completeOnly(implementation, "Task_Implement", Map.of("implementationReport", "已完成绿化"));
    completeOnly(implementation, "Task_Feedback", Map.of("feedbackReport", "已反馈"));
    completeOnly(implementation, "Task_RecordEvaluation", Map.of("evaluationResult", "满意", "respondentCount", 12L));
    assertThat(get(page).body()).contains("逾期办结").doesNotContain("已逾期");
  }

  private void completeOnly(String processInstanceId, String taskKey, Map<String, Object> variables) {
    tasks.complete(tasks.createTaskQuery().processInstanceId(processInstanceId).taskDefinitionKey(taskKey).singleResult()
        .getId(), variables);
  }

  @Test
  void applicationToTakePartReachesTheConsultationThatPostedTheNotice() throws Exception {
    // given a 东城区 consultation whose meeting notice (参与报名) is up
    ProcessInstance matter = runtime.startProcessInstanceByKey("dongcheng-consultation", Variables.createVariables()
        .putValue("communityId", "duofuxiang").putValue("topic", "楼道堆物清理").putValue("topicCategory", "公共事务和公益事业"));
    tasks.complete(tasks.createTaskQuery().processInstanceId(matter.getId()).singleResult().getId(), Variables.createVariables()
        .putValue("handling", "社区协商").putValue("consultationLayer", "楼栋").putValue("consultationForm", "楼院理事会")
        .putValue("meetingHost", "社工").putValue("meetingTime", "2026-12-01T19:00").putValue("meetingPlace", "议事厅")
        .putValue("selectionMethod", "公开报名").putValue("participantCandidates", "居民代表"));
    ProcessInstance notice = runtime.createProcessInstanceQuery().superProcessInstanceId(matter.getId()).singleResult();
    String page = "/notices/duofuxiang/" + noticeId(notice);
    HttpResponse<String> form = get(page);
    assertThat(form.body()).contains("申请参加协商", "所在组织或单位");

    // when
    HttpResponse<String> incomplete = postForm(page + "/applications", Map.of("_csrf", token(form.body()), "name", "赵阿姨",
        "contact", "", "organisation", "", "reason", "住在12号院"));
    HttpResponse<String> sent = postForm(page + "/applications", Map.of("_csrf", token(form.body()), "name", "赵阿姨",
        "contact", "13900000001", "organisation", "12号院自管会", "reason", "住在12号院"));

    // then
    assertThat(incomplete.statusCode()).isEqualTo(400);
    assertThat(incomplete.body()).contains("请填写“联系方式”");
    assertThat(sent.statusCode()).isEqualTo(303);
    assertThat(sent.headers().firstValue("Location").orElseThrow()).endsWith(page + "?applied");
    assertThat(get(page + "?applied").body()).contains("您的参与报名已收到").doesNotContain("13900000001");
    assertThat(tasks.createTaskQuery().processInstanceId(matter.getId()).taskDefinitionKey("Task_ReviewApplication")
        .singleResult().getName()).isEqualTo("审核参与申请");
  }

  @Test
  void meetingNoticeTakesApplicationsToAttendAndTheStaffAnswerThem() throws Exception {
    // given a meeting notice: the board says what it is for and offers the application form only
    ProcessInstance notice = post("minzulu", "关于召开加装电梯协商会议的通知", NoticeKind.MEETING_ANNOUNCEMENT);
    String page = "/notices/minzulu/" + noticeId(notice);
    HttpResponse<String> form = get(page);
    assertThat(form.body()).contains("受理报名参会、申请列席", "不受理异议", "报名参会 / 申请列席", "提交参会申请")
        .doesNotContain("提出异议", "提交异议");
    assertThat(get("/notices/minzulu").body()).contains("受理报名参会、申请列席");

    // when
    HttpResponse<String> tooLong = postForm(page + "/applications", Map.of("_csrf", token(form.body()), "name", "王建明",
        "contact", "13800001111", "organisation", "", "reason", "长".repeat(2001)));
    HttpResponse<String> sent = postForm(page + "/applications", Map.of("_csrf", token(form.body()), "name", "王建明",
        "contact", "13800001111", "organisation", "8号院", "reason", "住三楼，想参会"));

    // then the application is a task of the community's staff in the notice itself, private on the board
    assertThat(tooLong.statusCode()).isEqualTo(400);
    assertThat(tooLong.body()).contains("不能超过 2000 个字");
    assertThat(sent.statusCode()).isEqualTo(303);
    assertThat(sent.headers().firstValue("Location").orElseThrow()).endsWith(page + "?applied");
    assertThat(get(page + "?applied").body()).contains("您的参会申请已收到").doesNotContain("王建明", "13800001111");
    org.camunda.bpm.engine.task.Task answer = tasks.createTaskQuery().processInstanceId(notice.getId())
        .taskDefinitionKey(PublicNotice.TASK_ANSWER_ATTENDANCE).singleResult();
    assertThat(answer.getName()).isEqualTo("答复参会申请");
    assertThat(tasks.getIdentityLinksForTask(answer.getId())).extracting(l -> l.getGroupId()).contains("committee-staff");
    assertThat(runtime.getVariable(notice.getId(), NoticeVariables.APPLICATION_COUNT.name())).isEqualTo(1L);
  }

  @Test
  void objectionToAMeetingNoticeIsRefusedAndChangesNothing() throws Exception {
    // given
    ProcessInstance notice = post("minzulu", "会议通知", NoticeKind.MEETING_ANNOUNCEMENT);
    String page = "/notices/minzulu/" + noticeId(notice);
    String token = token(get(page).body());

    // when
    HttpResponse<String> sent = postForm(page + "/objections", Map.of("_csrf", token, "name", "张三",
        "contact", "13800000000", "reason", "会议时间与上班冲突"));

    // then
    assertThat(sent.statusCode()).isEqualTo(409);
    assertThat(sent.body()).contains("这份“会议通知”只受理报名参会或申请列席，不受理异议。").doesNotContain("Exception");
    assertThat(tasks.createTaskQuery().processInstanceId(notice.getId()).count()).isZero();
    assertThat(runtime.getVariable(notice.getId(), NoticeVariables.OBJECTION_COUNT.name())).isEqualTo(0L);
    assertThat(get(page).body()).doesNotContain("异议 1 件");
  }

  @Test
  void resultsTakeObjectionsOnlyAndProgressReportsNothing() throws Exception {
    // given
    ProcessInstance result = post("minzulu", "停车位划线结果", NoticeKind.RESULT);
    ProcessInstance progress = post("minzulu", "第一期进展通报", NoticeKind.PROGRESS_REPORT);
    String resultPage = "/notices/minzulu/" + noticeId(result);
    String progressPage = "/notices/minzulu/" + noticeId(progress);
    HttpResponse<String> resultForm = get(resultPage);
    HttpResponse<String> progressForm = get(progressPage);

    // when
    HttpResponse<String> applied = postForm(resultPage + "/applications", Map.of("_csrf", token(resultForm.body()),
        "name", "张三", "contact", "1", "organisation", "", "reason", "理由"));
    HttpResponse<String> objected = postForm(progressPage + "/objections", Map.of("_csrf", token(resultForm.body()),
        "name", "张三", "contact", "1", "reason", "理由"));

    // then
    assertThat(resultForm.body()).contains("受理异议", "提交异议").doesNotContain("提交报名", "提交参会申请");
    assertThat(progressForm.body()).contains("仅作告知", "不受理异议或报名").doesNotContain("提交异议", "提交报名");
    assertThat(applied.statusCode()).isEqualTo(409);
    assertThat(applied.body()).contains("这份“协商结果”只受理异议，不受理报名参会或申请列席。");
    assertThat(objected.statusCode()).isEqualTo(409);
    assertThat(objected.body()).contains("这份“进展报告”仅作告知，不受理异议。");
    assertThat(tasks.createTaskQuery().processInstanceIdIn(result.getId(), progress.getId()).count()).isZero();
  }

  ProcessInstance post(String community, String title, NoticeKind kind) {
    return runtime.startProcessInstanceByKey(PublicNotice.PROCESS_KEY, Variables.createVariables()
        .putValue("communityId", community).putValue(NOTICE_TITLE.name(), title)
        .putValue(NOTICE_BODY.name(), "公示内容：\n第一条……").putValue(NOTICE_KIND.name(), kind.label()));
  }

  String noticeId(ProcessInstance notice) {
    return (String) history.createHistoricVariableInstanceQuery().processInstanceId(notice.getId())
        .variableName(NOTICE_ID.name()).singleResult().getValue();
  }

  static String token(String html) {
    return BoardClient.token(html);
  }

  HttpResponse<String> get(String path) throws IOException, InterruptedException {
    return browser.get(path);
  }

  HttpResponse<String> postForm(String path, Map<String, String> fields) throws IOException, InterruptedException {
    return browser.postForm(path, fields);
  }
}
