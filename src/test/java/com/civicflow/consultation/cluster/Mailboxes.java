package com.civicflow.consultation.cluster;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * The one SMTP server of the cluster (GreenMail on a free port), which can go down and come back. Down, its port
 * accepts connections and never answers — the worst case for a sender, whose every attempt waits for its
 * timeout — so that a node killed meanwhile dies in the middle of SMTP conversations. Deliveries of every
 * GreenMail incarnation are kept and counted per Message-ID (the product gives every message its own).
 */
final class Mailboxes implements AutoCloseable {

  final int port;
  private GreenMail greenMail;
  private final List<MimeMessage> delivered = new ArrayList<>();
  private ServerSocket blackHole;
  private final List<Socket> held = new CopyOnWriteArrayList<>();

  Mailboxes() throws IOException {
    try (ServerSocket socket = new ServerSocket(0)) {
      port = socket.getLocalPort();
    }
  }

  void up() {
    ServerSetup setup = ServerSetupTest.SMTP.port(port);
    setup.setServerStartupTimeout(20_000);
    greenMail = new GreenMail(setup);
    greenMail.start();
  }

  void down() throws IOException {
    delivered.addAll(Arrays.asList(greenMail.getReceivedMessages()));
    greenMail.stop();
    greenMail = null;
    blackHole = new ServerSocket();
    blackHole.setReuseAddress(true);
    blackHole.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), port));
    Thread acceptor = new Thread(() -> {
      while (!blackHole.isClosed()) {
        try {
          held.add(blackHole.accept());
        } catch (IOException closed) {
          return;
        }
      }
    }, "smtp-black-hole");
    acceptor.setDaemon(true);
    acceptor.start();
  }

  void back() throws IOException {
    blackHole.close();
    for (Socket socket : held) {
      socket.close();
    }
    held.clear();
    up();
  }

  /** Deliveries per Message-ID (one per recipient mailbox). */
  Map<String, Integer> deliveriesByMessageId() throws MessagingException {
    Map<String, Integer> count = new HashMap<>();
    for (MimeMessage message : all()) {
      count.merge(message.getMessageID(), 1, Integer::sum);
    }
    return count;
  }

  int deliveries() {
    return all().size();
  }

  private List<MimeMessage> all() {
    List<MimeMessage> all = new ArrayList<>(delivered);
    if (greenMail != null) {
      all.addAll(Arrays.asList(greenMail.getReceivedMessages()));
    }
    return all;
  }

  @Override
  public void close() throws IOException {
    if (blackHole != null) {
      blackHole.close();
    }
    if (greenMail != null) {
      greenMail.stop();
    }
  }
}
