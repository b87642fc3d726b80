package com.civicflow.consultation.points;

import com.civicflow.consultation.privacy.PersonNames;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Pattern;

/**
 * Who earns from what a matter records in words: 提出人 (“居民王秀兰”, “王秀兰”) or the interested parties of a meeting,
 * one per line (“3号院业主王秀兰”, “张记面馆”). An entry earns when it is a shop or resident the community's ledger
 * already has (its exact name), or when it names a person ({@link PersonNames}: a resident's account is opened). Staff
 * named by their role (网格员崔霞, 书记, 律师 …), bodies and units (物业公司, 3号院业主) earn nothing: the seed's points are
 * for residents and shops.
 */
final class PointsHolders {

  static final Pattern SEPARATORS = Pattern.compile("[\\n\\r、，,；;/|]+");
  static final Pattern STAFF = Pattern.compile(".*(网格员|网格长|书记|主任|委员|工作者|社工|律师|专家|老师|主持人|经理|工程师|科长|队长|民警|干部).*");

  private PointsHolders() {}

  /** The holders named in the text: a known holder as written, or the person's name. */
  static Set<String> in(String text, Predicate<String> known) {
    Set<String> holders = new LinkedHashSet<>();
    if (text == null) {
      return holders;
    }
    for (String line : SEPARATORS.split(text)) {
      String entry = line.strip();
      String name = entry.replaceAll("[（(].*$", "").strip(); // “王秀兰（3号楼）”: the remark is not the name
      if (entry.isEmpty() || STAFF.matcher(name).matches()) {
        continue;
      }
      if (known.test(entry)) {
        holders.add(entry);
      } else if (known.test(name)) {
        holders.add(name);
      } else {
        PersonNames.in(name).stream().findFirst().ifPresent(holders::add);
      }
    }
    return holders;
  }
}
