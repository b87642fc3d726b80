package com.civicflow.consultation.mail;

import com.icegreen.greenmail.util.ServerSetup;
import com.icegreen.greenmail.util.ServerSetupTest;

/** The test profile's SMTP server for GreenMail (localhost:3025), patient with a busy machine. */
public final class TestSmtp {

  private TestSmtp() {}

  public static ServerSetup smtp() {
    ServerSetup setup = ServerSetupTest.SMTP.withPort(3025);
    setup.setServerStartupTimeout(20_000);
    return setup;
  }
}
