package com.civicflow.consultation.mail;

import com.icegreen.greenmail.util.ServerSetup;
import com.icegreen.greenmail.util.ServerSetupTest;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import org.springframework.test.context.DynamicPropertyRegistry;

/**
 * A GreenMail SMTP server on a free port of this JVM's own (suites running at once on one machine never
 * clash on the profile's 3025), patient with a busy machine. Register {@link #mailPort} from a
 * {@code @DynamicPropertySource} method so that the application sends there.
 */
public final class TestSmtp {

  private static final int PORT = freePort();

  private TestSmtp() {}

  public static ServerSetup smtp() {
    ServerSetup setup = ServerSetupTest.SMTP.port(PORT);
    setup.setServerStartupTimeout(20_000);
    return setup;
  }

  public static void mailPort(DynamicPropertyRegistry registry) {
    registry.add("spring.mail.port", () -> PORT);
  }

  private static int freePort() {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
