package com.civicflow.consultation.onlinetopic;

import java.security.SecureRandom;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * 受理编号: {@code WS-XXXX-XXXX-XXXX}, twelve characters drawn by {@link SecureRandom} from the 32 letters and
 * digits that cannot be misread (Crockford's alphabet: no I, L, O, U) — 60 random bits, so a tracking page cannot
 * be found by guessing. Residents may type it in lower case or without the hyphens.
 */
final class TrackingNumbers {

  static final String ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";
  static final Pattern FORMAT = Pattern.compile("WS-[" + ALPHABET + "]{4}-[" + ALPHABET + "]{4}-[" + ALPHABET + "]{4}");
  private static final SecureRandom RANDOM = new SecureRandom();

  private TrackingNumbers() {}

  static String next() {
    StringBuilder number = new StringBuilder("WS");
    for (int i = 0; i < 12; i++) {
      if (i % 4 == 0) {
        number.append('-');
      }
      number.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
    }
    return number.toString();
  }

  /** The number as typed by a resident, in its one written form; empty when it cannot be a tracking number. */
  static Optional<String> normalise(String typed) {
    if (typed == null) {
      return Optional.empty();
    }
    String compact = typed.toUpperCase(Locale.ROOT).replaceAll("[\\s-]", "");
    if (compact.length() != 14 || !compact.startsWith("WS")) {
      return Optional.empty();
    }
    String number = "WS-" + compact.substring(2, 6) + "-" + compact.substring(6, 10) + "-" + compact.substring(10);
    return FORMAT.matcher(number).matches() ? Optional.of(number) : Optional.empty();
  }
}
