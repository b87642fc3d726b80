package com.civicflow.consultation.kenli;

import static org.assertj.core.api.Assertions.assertThat;

import com.civicflow.consultation.drive.Board;
import com.civicflow.consultation.drive.EngineSteps;
import com.civicflow.consultation.drive.Rest;
import com.civicflow.consultation.drive.Steps;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

/**
 * 督 is “办理过程接受居民监督”, over real HTTP: while the unit works, the page of the matter's published result shows the
 * progress and takes a resident's 监督意见 (CSRF, length checks, rate limit, no login); the opinion reaches the
 * supervisor's 督走访 task as Tasklist reads it (REST as the supervisor), and 督办理 must answer it. Once the unit has
 * finished, the page takes no more opinions. The rate limit of the board's default (5 a minute) applies: the test
 * profile does not raise it for this form.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class ResidentSupervisionWebTest {

  @LocalServerPort int port;
  @Autowired ProcessEngine engine;

  @AfterEach
  void resetClock() {
    ClockUtil.reset();
    engine.getIdentityService().clearAuthentication();
  }

  @Test
  void residentsOpinionDuringImplementationReachesTheSupervisorsTaskOverHttp() {
    // given the parking matter of 杨庙社区 has been handed to the property company
    Steps steps = new EngineSteps(engine);
    ClockUtil.setCurrentTime(KenliFullRun.MONDAY);
    ProcessInstance matter = KenliFullRun.handOver(steps);
    String number = matter.getBusinessKey();
    String page = resultPage(number);
    Board resident = new Board(port);

    // when a resident opens the result's page, it shows the progress and the supervision form
    Board.Page shown = resident.get(page);
    assertThat(shown.status()).isEqualTo(200);
    assertThat(shown.body()).contains("办理进展", "办理中", "垦利区物业公司", "居民监督", "提交监督意见");

    // bad input is refused with a Chinese message and changes nothing
    Board.Page empty = resident.post(page + "/supervision", shown.csrfToken(), Map.of("name", "王大爷", "contact", "13912345678",
        "opinion", "  "));
    assertThat(empty.status()).isEqualTo(400);
    assertThat(empty.body()).contains("请填写“监督意见”");
    Board.Page tooLong = resident.post(page + "/supervision", shown.csrfToken(), Map.of("name", "王大爷", "contact", "13912345678",
        "opinion", "长".repeat(2001)));
    assertThat(tooLong.status()).isEqualTo(400);
    assertThat(tooLong.body()).contains("不能超过 2000 个字");
    Board.Page forged = new Board(port).post(page + "/supervision", "forged", Map.of("name", "王大爷", "contact", "1",
        "opinion", "伪造"));
    assertThat(forged.status()).isEqualTo(403);
    assertThat(engine.getRuntimeService().getVariable(matter.getId(), "supervisionOpinionCount")).isNull();

    // a valid opinion is received …
    Board.Page sent = resident.post(page + "/supervision", shown.csrfToken(), Map.of("name", "王大爷", "contact", "13912345678",
        "opinion", "施工车辆夜间进出，请督促物业夜间停工"));
    assertThat(sent.status()).isEqualTo(303);
    assertThat(sent.location()).endsWith(page + "?supervised");
    assertThat(resident.get(page + "?supervised").body()).contains("您的监督意见已收到").doesNotContain("13912345678");

    // … and reaches the supervisor's 督走访 as Tasklist opens it
    Rest tasklist = new Rest(port);
    String visit = engine.getTaskService().createTaskQuery().processInstanceId(matter.getId())
        .taskDefinitionKey("Task_SuperviseVisit").singleResult().getId();
    Rest.Response form = tasklist.get("kenli-supervisor", "/task/" + visit + "/form-variables?deserializeValues=false");
    assertThat(form.status()).isEqualTo(200);
    assertThat(form.json().path("supervisionOpinions").path("value").asText())
        .contains("王大爷（13912345678）", "请督促物业夜间停工");

    // then 督办理 answers it once the unit has finished; the page takes no more opinions
    steps.complete("kenli-supervisor", number, "Task_SuperviseVisit", Map.of("visitedHouseholds", 3, "supervisionVisitRecord", "走访3户"));
    steps.complete("kenli-property", number, "Task_Implement", Map.of("implementationReport", "已施划20个车位"));
    steps.complete("kenli-property", number, "Task_Feedback", Map.of("feedbackReport", "车位已投入使用"));
    assertThat(resident.get(page).body()).doesNotContain("提交监督意见").contains("已办结");
    Board.Page late = resident.post(page + "/supervision", shown.csrfToken(), Map.of("name", "赵先生", "contact", "13800000000",
        "opinion", "晚了"));
    assertThat(late.status()).isEqualTo(409);
    assertThat(late.body()).contains("不受理居民监督意见");
    steps.complete("kenli-supervisor", number, "Task_SuperviseHandling", Map.of("handlingVerdict", "按要求办理",
        "supervisionHandlingRecord", "按期办结", "supervisionOpinionResponse", "已督促物业22时后停工"));
    assertThat(engine.getRuntimeService().getVariable(matter.getId(), "supervisionOpinionCount")).isEqualTo(1L);

    // and one client may send only so many a minute (5 by default; this test has sent 5): the next is answered 429
    Board.Page flooding = resident.post(page + "/supervision", shown.csrfToken(), Map.of("name", "王大爷", "contact", "1",
        "opinion", "再提一条"));
    for (int i = 0; i < 3 && flooding.status() != 429; i++) {
      flooding = resident.post(page + "/supervision", shown.csrfToken(), Map.of("name", "王大爷", "contact", "1", "opinion", "再提"));
    }
    assertThat(flooding.status()).isEqualTo(429);
  }

  /** The page of the matter's 协商结果 notice (closed by now) on its community's board. */
  private String resultPage(String number) {
    HistoricProcessInstance notice = engine.getHistoryService().createHistoricProcessInstanceQuery()
        .processDefinitionKey("public-notice").processInstanceBusinessKey(number).singleResult();
    return "/notices/" + notice.getTenantId() + "/" + engine.getHistoryService().createHistoricVariableInstanceQuery()
        .processInstanceId(notice.getId()).variableName("noticeId").singleResult().getValue();
  }
}
