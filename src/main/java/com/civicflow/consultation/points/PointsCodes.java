package com.civicflow.consultation.points;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Optional;

/**
 * 积分码: the personal code a resident reads their balance with on the board, {@code JF-XXXX-XXXX-XXXX}: twelve
 * characters drawn by {@link SecureRandom} from the 32 letters and digits that cannot be misread (Crockford's
 * alphabet), 60 random bits — not guessable, and nothing to do with the person's name or phone. The ledger keeps only
 * its SHA-256 digest; the code itself is shown once, to the staff member who issues it.
 */
final class PointsCodes {

  static final String ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";
  private static final SecureRandom RANDOM = new SecureRandom();

  private PointsCodes() {}

  static String next() {
    StringBuilder code = new StringBuilder("JF");
    for (int i = 0; i < 12; i++) {
      code.append(i % 4 == 0 ? "-" : "").append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
    }
    return code.toString();
  }

  /** The code as typed (any case, with or without hyphens and spaces) in its one written form; empty if it cannot be one. */
  static Optional<String> normalise(String typed) {
    String compact = typed == null ? "" : typed.toUpperCase(Locale.ROOT).replaceAll("[\\s-]", "");
    if (!compact.matches("JF[" + ALPHABET + "]{12}")) {
      return Optional.empty();
    }
    return Optional.of("JF-" + compact.substring(2, 6) + "-" + compact.substring(6, 10) + "-" + compact.substring(10));
  }

  static String digest(String code) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(code.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
