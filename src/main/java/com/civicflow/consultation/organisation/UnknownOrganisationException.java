package com.civicflow.consultation.organisation;

/** A district, street, community or unit id the directory does not know. */
public class UnknownOrganisationException extends IllegalArgumentException {

  public UnknownOrganisationException(String what, String id) {
    super("组织目录中没有" + what + "“" + id + "”");
  }
}
