package com.civicflow.consultation.matter;

import java.util.Optional;
import java.util.function.Supplier;
import org.camunda.bpm.engine.delegate.DelegateExecution;

/**
 * A matter that process code starts for another matter, in a tenant the acting user may not belong to. 垦利's
 * 提请上级议事组织 starts the upper level's matter from a job: on the job executor that job runs with no user and
 * only the lower matter's tenant, and retried in Cockpit or over REST it runs as whoever retried it. Neither may
 * start matters in the town's tenant on their own, but the referral may: the tenant provider (CommunityTenantIdProvider) allows a
 * start made inside {@link #of} into the lower matter's own tenant or a tenant above it in the directory, and
 * nothing else. A REST caller's start never runs inside it.
 */
public final class StartOnBehalf {

  private static final ThreadLocal<String> LOWER_TENANT = new ThreadLocal<>();

  private StartOnBehalf() {}

  /** Runs {@code start} (which starts one matter) on behalf of the matter of {@code lower}. */
  public static <T> T of(DelegateExecution lower, Supplier<T> start) {
    String previous = LOWER_TENANT.get();
    LOWER_TENANT.set(lower.getTenantId());
    try {
      return start.get();
    } finally {
      if (previous == null) {
        LOWER_TENANT.remove();
      } else {
        LOWER_TENANT.set(previous);
      }
    }
  }

  /** Whether process code is starting a matter for another one right now (no person's start form to check). */
  public static boolean active() {
    return LOWER_TENANT.get() != null;
  }

  /** The tenant of the matter a start is made for, while process code starts one through {@link #of}. */
  public static Optional<String> lowerTenant() {
    return Optional.ofNullable(LOWER_TENANT.get());
  }
}
