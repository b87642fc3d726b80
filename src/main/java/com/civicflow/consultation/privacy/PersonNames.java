package com.civicflow.consultation.privacy;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The personal names written into a field that holds people (a name, a list of names one per line or separated
 * by 、，；, a nomination “姓名 用户名”, a tally “姓名 票数”, a strike “姓名：理由”, “网格员崔霞”, “社区社会工作者刘洋”).
 *
 * <p>An entry is a name when it is 2–4 Chinese characters beginning with a Chinese surname (单姓 of the common
 * surnames, or a 复姓), and is not a body or a group (物业公司, 居民代表, 议事委员会 …). A longer entry that ends in
 * a role word followed by such a name (网格员崔霞, 居民代表王小明) gives that name. Anything else (units, counts,
 * user ids, descriptions) is not a name. The reading is deliberately narrow: it finds the people a field names,
 * and masking their names elsewhere in the same matter's public text never hides ordinary words.
 */
public final class PersonNames {

  static final String SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程"
      + "苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付傅方白邹孟熊秦邱江尹薛闫阎段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔"
      + "向汤常温康施文牛樊葛邢安齐易乔伍庞颜倪庄聂章鲁岳翟殷詹申欧耿关兰焦俞左柳甘祝包宁尚符舒阮柯纪梅童凌毕单季裴霍涂"
      + "成苗谷盛曲翁冉骆蓝路游辛靳管柴蒙鲍华喻祁蒲房滕屈饶解牟艾尤阳时穆农司卓古吉缪简车项连芦麦褚娄窦戚岑景党宫费卜冷"
      + "晏席卫米柏宗瞿桂全佟应臧闵苟邬边卞姬师和仇栾隋商刁沙荣巫寇桑郎甄丛仲虞敖巩明佘池查麻苑迟邝郁茅荆匡逯钮封糜诸";
  static final List<String> COMPOUND_SURNAMES = List.of("欧阳", "司马", "诸葛", "上官", "东方", "皇甫", "令狐", "慕容",
      "尉迟", "公孙", "夏侯", "长孙", "宇文", "司徒", "端木", "南宫", "西门", "独孤", "轩辕", "呼延");
  /** Endings of bodies and groups, never of a person's name. */
  static final Pattern NOT_A_PERSON = Pattern.compile(".*(公司|单位|部门|中心|委员会|居委会|议事会|理事会|街道|社区|小区|物业|代表|"
      + "居民|群众|业主|党员|住户|大队|队|局|所|站|院|会|组|群|办|厅|室|处|科|团|协会|学校|医院|银行|工程|方案|通道)$");
  /** Words that stand before a name in “网格员崔霞”, “社区社会工作者刘洋”. */
  static final Pattern ROLE_THEN_NAME = Pattern.compile(".*(?:工作者|社工|网格员|网格长|书记|主任|委员|代表|律师|老师|专家|组长|"
      + "楼长|栋长|居民|业主|党员|理事|会长|主持人|同志|经理|队长|科长|工程师)(\\p{IsHan}{2,3})");
  static final Pattern SEPARATORS = Pattern.compile("[\\n\\r、，,；;/|：:（）()\\[\\]\"“”\\s]+");
  static final Pattern HAN = Pattern.compile("\\p{IsHan}+");

  private PersonNames() {}

  /** The names written in the value of a field that holds people; empty when it names none. */
  public static Set<String> in(String value) {
    Set<String> names = new LinkedHashSet<>();
    if (value == null) {
      return names;
    }
    for (String entry : SEPARATORS.split(value)) {
      if (!HAN.matcher(entry).matches()) {
        continue;
      }
      if (isName(entry)) {
        names.add(entry);
      } else {
        var roleThenName = ROLE_THEN_NAME.matcher(entry);
        if (entry.length() > 4 && roleThenName.matches() && isName(roleThenName.group(1))) {
          names.add(roleThenName.group(1));
        }
      }
    }
    return names;
  }

  /** 2–4 Chinese characters that begin with a surname and do not name a body or group. */
  static boolean isName(String entry) {
    int length = entry.codePointCount(0, entry.length());
    if (length < 2 || length > 4 || NOT_A_PERSON.matcher(entry).matches()) {
      return false;
    }
    boolean compound = COMPOUND_SURNAMES.stream().anyMatch(entry::startsWith);
    return compound ? length >= 3 : SURNAMES.indexOf(entry.charAt(0)) >= 0;
  }
}
