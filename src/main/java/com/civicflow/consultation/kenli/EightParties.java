package com.civicflow.consultation.kenli;

import com.civicflow.consultation.matter.ProcessVariable;

/**
 * The “8” of 1+8+N: 居民群众、网格员、“两代表一委员”、物业公司、业委会、社会组织、法律顾问、“双报到”单位
 * 八方代表参加. Each is a boolean form field (present or represented).
 */
enum EightParties {
  RESIDENTS("partyResidents", "居民群众"),
  GRID_WORKERS("partyGridWorkers", "网格员"),
  DEPUTIES("partyDeputies", "“两代表一委员”"),
  PROPERTY_COMPANY("partyPropertyCompany", "物业公司"),
  OWNERS_COMMITTEE("partyOwnersCommittee", "业委会"),
  SOCIAL_ORGANISATIONS("partySocialOrganisations", "社会组织"),
  LEGAL_ADVISER("partyLegalAdviser", "法律顾问"),
  DUAL_REPORT_UNITS("partyDualReportUnits", "“双报到”单位");

  final ProcessVariable<Boolean> variable;
  final String label;

  EightParties(String name, String label) {
    this.variable = ProcessVariable.bool(name);
    this.label = label;
  }
}
