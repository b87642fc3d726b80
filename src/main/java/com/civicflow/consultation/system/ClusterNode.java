package com.civicflow.consultation.system;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.UUID;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Names this node in the jobs it locks (column LOCK_OWNER_ of ACT_RU_JOB): {@code consultation.node-name}
 * (compose sets it per replica) or the host name and port, plus a random suffix so that two nodes never share
 * one. Camunda's job executor uses a bare random id; with a name, an operator sees which node holds which job
 * and which jobs a node that died had locked (they run elsewhere once their lock time has passed).
 */
@Component
class NodeLockOwner extends AbstractProcessEnginePlugin {

  private final String lockOwner;

  NodeLockOwner(@Value("${consultation.node-name:}") String nodeName, @Value("${server.port:8080}") String port) {
    String name = nodeName == null || nodeName.isBlank() ? hostName() + ":" + port : nodeName.trim();
    this.lockOwner = name + "#" + UUID.randomUUID().toString().substring(0, 8);
  }

  @Override
  public void postInit(ProcessEngineConfigurationImpl config) {
    if (config.getJobExecutor() != null) {
      config.getJobExecutor().setLockOwner(lockOwner);
    }
  }

  private static String hostName() {
    try {
      return InetAddress.getLocalHost().getHostName();
    } catch (UnknownHostException e) {
      return "node";
    }
  }
}
