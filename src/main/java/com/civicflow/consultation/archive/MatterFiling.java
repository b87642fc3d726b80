package com.civicflow.consultation.archive;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.util.Map;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

/** Files one ended matter: assembles it from history and stores it (run by the filing job). */
@Service
public class MatterFiling {

  private static final Logger LOG = LoggerFactory.getLogger(MatterFiling.class);
  private final ObjectMapper json = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
  private final MatterFileAssembler assembler;
  private final MatterFiles files;

  MatterFiling(MatterFileAssembler assembler, MatterFiles files) {
    this.assembler = assembler;
    this.files = files;
  }

  public void file(String processInstanceId) {
    Map<String, Object> file = assembler.assemble(processInstanceId);
    try {
      files.store(processInstanceId, (String) file.get("matterNumber"), (String) file.get("communityId"),
          (String) file.get("processKey"), file.get("topic") == null ? null : file.get("topic").toString(),
          ClockUtil.getCurrentTime(), json.writeValueAsString(file));
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("Matter file of " + processInstanceId + " cannot be written as JSON", e);
    }
    LOG.info("Filed matter {} ({} steps)", file.get("matterNumber"), ((java.util.List<?>) file.get("steps")).size());
  }
}
