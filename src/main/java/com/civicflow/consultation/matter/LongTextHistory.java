package com.civicflow.consultation.matter;

import org.camunda.bpm.engine.impl.history.event.HistoryEvent;
import org.camunda.bpm.engine.impl.history.producer.CacheAwareHistoryEventProducer;
import org.camunda.bpm.engine.impl.persistence.entity.ExecutionEntity;

/**
 * The engine's history producer, except for one record it would fail to write: a submitted form also leaves a
 * "form property" row in ACT_HI_DETAIL holding the raw text in the 4,000-character {@code TEXT_} column, which bypasses
 * the variable serializers. For a longer text that row keeps its beginning and says where the whole text is — the
 * variable's own history rows ({@link LongTextSerializer}), which the matter file reads — instead of failing the
 * person's submission.
 */
public class LongTextHistory extends CacheAwareHistoryEventProducer {

  static final int KEPT = 3_900;

  @Override
  public HistoryEvent createFormPropertyUpdateEvt(ExecutionEntity execution, String propertyId, String propertyValue,
      String taskId) {
    String value = propertyValue;
    if (value != null && value.length() > LongTextSerializer.COLUMN) {
      value = value.substring(0, KEPT) + "……（全文 " + value.length() + " 字，见变量 " + propertyId + " 的历史）";
    }
    return super.createFormPropertyUpdateEvt(execution, propertyId, value, taskId);
  }
}
