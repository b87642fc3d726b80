package com.civicflow.consultation.privacy;

import java.util.Collection;
import java.util.Comparator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How public pages show people (个人信息保护法: the board shows no resident's full name or phone number).
 *
 * <p>Names: the first character stays, the last stays from three characters on, everything between is a
 * {@code *}: 1 character → {@code *}; 2 → {@code 王*}; 3 → {@code 王*明}; 4 and more → {@code 欧**明},
 * {@code 司马**光} (one {@code *} per hidden character). Latin names the same, by character.
 *
 * <p>In any text: mobile numbers keep their first three and last four digits ({@code 138****1234}, also written
 * {@code +86 138-1234-5678}); landlines keep the area code and the last four ({@code 010-****5678}); a bare
 * 7–8 digit local number keeps its last four ({@code ****5678}); identity card numbers keep the first six and
 * the last four; e-mail addresses keep the first character of the local part ({@code z***@example.com}).
 */
public final class Masking {

  public static final char HIDDEN = '*';

  static final Pattern MOBILE = Pattern.compile("(?<![\\d*])(?:\\+?86[-\\s]?)?(1[3-9]\\d)[-\\s]?(\\d{4})[-\\s]?(\\d{4})(?![\\d*])");
  static final Pattern ID_CARD = Pattern.compile("(?<![\\d*])(\\d{6})\\d{8}(\\d{3}[\\dXx])(?![\\d*])");
  static final Pattern LANDLINE = Pattern.compile("(?<![\\d*])(0\\d{2,3})[-\\s]?\\d{3,4}[-\\s]?(\\d{4})(?![\\d*])");
  static final Pattern LOCAL_NUMBER = Pattern.compile("(?<![\\d.*,，])\\d{3,4}(\\d{4})(?![\\d*]|\\.\\d|年|元|万|户|人|平方|米)");
  static final Pattern EMAIL = Pattern.compile("([\\p{Alnum}])[\\p{Alnum}._%+-]*(@[\\p{Alnum}.-]+\\.[\\p{Alpha}]{2,})");

  private Masking() {}

  /** A person's name as public pages show it. */
  public static String name(String name) {
    if (name == null || name.isBlank()) {
      return name;
    }
    int[] chars = name.strip().codePoints().toArray();
    StringBuilder shown = new StringBuilder();
    if (chars.length == 1) {
      return String.valueOf(HIDDEN);
    }
    shown.appendCodePoint(chars[0]);
    shown.append(String.valueOf(HIDDEN).repeat(chars.length == 2 ? 1 : chars.length - 2));
    if (chars.length > 2) {
      shown.appendCodePoint(chars[chars.length - 1]);
    }
    return shown.toString();
  }

  /** Phone, identity card numbers and e-mail addresses in a text, masked. */
  public static String contacts(String text) {
    if (text == null || text.isEmpty()) {
      return text;
    }
    String masked = ID_CARD.matcher(text).replaceAll(m -> m.group(1) + "********" + m.group(2));
    masked = MOBILE.matcher(masked).replaceAll(m -> m.group(1) + "****" + m.group(3));
    masked = LANDLINE.matcher(masked).replaceAll(m -> m.group(1) + "-****" + m.group(2));
    masked = LOCAL_NUMBER.matcher(masked).replaceAll(m -> "****" + m.group(1));
    return EMAIL.matcher(masked).replaceAll(m -> Matcher.quoteReplacement(m.group(1) + "***" + m.group(2)));
  }

  /** A text with these people's names masked wherever they occur (longest first), and every contact masked. */
  public static String text(String text, Collection<String> names) {
    if (text == null || text.isEmpty()) {
      return text;
    }
    String masked = text;
    for (String person : names.stream().filter(n -> n != null && !n.isBlank())
        .sorted(Comparator.comparingInt(String::length).reversed()).toList()) {
      masked = masked.replace(person, name(person));
    }
    return contacts(masked);
  }
}
