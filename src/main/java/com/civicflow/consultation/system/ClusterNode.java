package com.civicflow.consultation.system;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.UUID;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Names this node where the engine records who did what: in the jobs it locks (column LOCK_OWNER_ of ACT_RU_JOB,
 * with a random suffix so that two nodes never share one) and as the engine's host name (HOSTNAME_ of the job log
 * ACT_HI_JOB_LOG, the metrics' reporter). The name is {@code consultation.node-name} (compose sets it per
 * replica) or the host name and port. Camunda's job executor uses a bare random id: with a name an operator sees
 * which node holds which job, which node ran it, and which jobs a node that died had locked (they run elsewhere
 * once their lock time has passed).
 */
@Component
class ClusterNode extends AbstractProcessEnginePlugin {

  private final String name;

  ClusterNode(@Value("${consultation.node-name:}") String nodeName, @Value("${server.port:8080}") String port) {
    this.name = nodeName == null || nodeName.isBlank() ? hostName() + ":" + port : nodeName.trim();
  }

  @Override
  public void preInit(ProcessEngineConfigurationImpl config) {
    config.setHostname(name);
  }

  @Override
  public void postInit(ProcessEngineConfigurationImpl config) {
    if (config.getJobExecutor() != null) {
      config.getJobExecutor().setLockOwner(name + "#" + UUID.randomUUID().toString().substring(0, 8));
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
