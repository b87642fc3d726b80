package com.civicflow.consultation.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.civicflow.consultation.ConsultationApplication;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;

class AdminPasswordCheckTest {

  @Test
  void thePostgresProfileWithoutAnAdminPasswordStopsWithAClearMessage() {
    // given no CONSULTATION_ADMIN_PASSWORD (CI and developer machines do not set it)
    assertThat(System.getenv("CONSULTATION_ADMIN_PASSWORD")).isNull();

    // when / then: it stops before touching any database
    assertThatThrownBy(() -> new SpringApplicationBuilder(ConsultationApplication.class)
        .profiles("postgres").properties("server.port=0").run())
        .isInstanceOf(AdminPasswordCheck.MissingAdminPasswordException.class)
        .hasMessageContaining("CONSULTATION_ADMIN_PASSWORD");
  }

  @Test
  void theEmbeddedDefaultNeedsNoPassword() {
    var environment = new org.springframework.mock.env.MockEnvironment();
    environment.setProperty("consultation.admin.password", "admin");
    AdminPasswordCheck.check(environment);
  }
}
