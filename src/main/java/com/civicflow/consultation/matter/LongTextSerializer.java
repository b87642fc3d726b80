package com.civicflow.consultation.matter;

import java.nio.charset.StandardCharsets;
import org.camunda.bpm.engine.impl.variable.serializer.PrimitiveValueSerializer;
import org.camunda.bpm.engine.impl.variable.serializer.ValueFields;
import org.camunda.bpm.engine.variable.Variables;
import org.camunda.bpm.engine.variable.impl.value.UntypedValueImpl;
import org.camunda.bpm.engine.variable.type.ValueType;
import org.camunda.bpm.engine.variable.value.StringValue;
import org.camunda.bpm.engine.variable.value.TypedValue;

/**
 * Keeps long texts whole. The engine stores a String variable in a 4,000-character column ({@code TEXT_} of
 * ACT_RU_VARIABLE, ACT_HI_VARINST and ACT_HI_DETAIL): the minutes of a two-hour meeting, a legal opinion or an
 * implementation report would fail the whole submission. This serializer, first in the engine's chain, takes every
 * String longer than {@value #COLUMN} characters, however it arrives (Tasklist's untyped form values, REST, Java),
 * and stores it as UTF-8 bytes ({@code ACT_GE_BYTEARRAY}, for the runtime variable and each history row alike); it
 * reads back as the same String, so forms, REST, Cockpit, the matter file and the board see an ordinary String
 * variable. A person's text over {@value #LIMIT} characters is refused by the form check, which knows the field's
 * label; this serializer only refuses what no form would let through, texts over {@value #CEILING} characters
 * from any source (a REST client's extra variables, process code).
 */
public class LongTextSerializer extends PrimitiveValueSerializer<StringValue> {

  public static final String NAME = "longText";
  /** The engine's column for String values. */
  static final int COLUMN = 4000;
  /** The longest text a person may submit in a form field (documented with the other limits). */
  public static final int LIMIT = 50_000;
  /** The longest text any String variable may hold, whatever sends it. */
  public static final int CEILING = 1_000_000;

  private final FieldLabels labels;

  public LongTextSerializer(FieldLabels labels) {
    super(ValueType.STRING);
    this.labels = labels;
  }

  @Override
  public String getName() {
    return NAME;
  }

  @Override
  protected boolean canWriteValue(TypedValue value) {
    return value.getValue() instanceof String text && text.length() > COLUMN;
  }

  @Override
  public StringValue convertToTypedValue(UntypedValueImpl untyped) {
    return Variables.stringValue((String) untyped.getValue(), untyped.isTransient());
  }

  @Override
  public void writeValue(StringValue value, ValueFields fields) {
    String text = value.getValue();
    if (text.length() > CEILING) {
      throw new InvalidSubmissionException("“" + labels.of(fields.getName()) + "”有 " + text.length() + " 字，超过任何文字的上限 "
          + CEILING + " 字");
    }
    fields.setByteArrayValue(text.getBytes(StandardCharsets.UTF_8));
  }

  @Override
  public StringValue readValue(ValueFields fields, boolean asTransientValue) {
    byte[] bytes = fields.getByteArrayValue();
    return Variables.stringValue(bytes == null ? null : new String(bytes, StandardCharsets.UTF_8), asTransientValue);
  }

  /** The refusal of a text over {@link #LIMIT} characters. */
  public static String tooLong(String label, int length) {
    return "“" + label + "”有 " + length + " 字，超过上限 " + LIMIT + " 字：请精简，或把全文作为附件另行存档后填写摘要";
  }
}
