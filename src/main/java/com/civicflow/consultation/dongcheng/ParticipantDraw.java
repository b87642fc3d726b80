package com.civicflow.consultation.dongcheng;

import static com.civicflow.consultation.dongcheng.DongchengVariables.PARTICIPANTS;
import static com.civicflow.consultation.dongcheng.DongchengVariables.PARTICIPANT_CANDIDATES;
import static com.civicflow.consultation.dongcheng.DongchengVariables.PARTICIPANT_SEATS;
import static com.civicflow.consultation.dongcheng.DongchengVariables.SAMPLED_PARTICIPANTS;
import static com.civicflow.consultation.dongcheng.DongchengVariables.SAMPLING_DRAWN_AT;
import static com.civicflow.consultation.dongcheng.DongchengVariables.SAMPLING_SEED;

import com.civicflow.consultation.matter.MatterVariables;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Date;
import java.util.List;
import java.util.Random;
import java.util.zip.CRC32;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.stereotype.Service;

/**
 * 随机抽样: draws the participants from the candidates entered, reproducibly. The seed is the one the
 * committee entered, or else derived from the matter number and the moment of the draw; it is recorded
 * with the candidates and the chosen, so anyone can repeat the draw: same seed + same candidates → same
 * people ({@link java.util.Random}'s algorithm is fixed by the Java specification).
 */
@Service
public class ParticipantDraw {

  void draw(DelegateExecution execution) {
    List<String> candidates = candidates(PARTICIPANT_CANDIDATES.from(execution).orElse(""));
    int seats = PARTICIPANT_SEATS.from(execution).orElse((long) candidates.size()).intValue();
    Date drawnAt = ClockUtil.getCurrentTime();
    long seed = SAMPLING_SEED.from(execution)
        .orElseGet(() -> derivedSeed(MatterVariables.MATTER_NUMBER.from(execution).orElse(""), drawnAt));
    String chosen = String.join("\n", draw(candidates, seats, seed));
    SAMPLING_SEED.set(execution, seed);
    SAMPLING_DRAWN_AT.set(execution, drawnAt);
    SAMPLED_PARTICIPANTS.set(execution, chosen);
    PARTICIPANTS.set(execution, chosen);
  }

  /** The draw itself: shuffles the candidates with the seed and takes the first {@code seats}. */
  public static List<String> draw(List<String> candidates, int seats, long seed) {
    List<String> pool = new ArrayList<>(candidates);
    Collections.shuffle(pool, new Random(seed));
    return List.copyOf(pool.subList(0, Math.min(seats, pool.size())));
  }

  /** One candidate per line, blank lines ignored. */
  public static List<String> candidates(String text) {
    return text.lines().map(String::trim).filter(line -> !line.isEmpty()).toList();
  }

  static long derivedSeed(String matterNumber, Date drawnAt) {
    CRC32 crc = new CRC32();
    crc.update((matterNumber + "@" + drawnAt.getTime()).getBytes(StandardCharsets.UTF_8));
    return crc.getValue();
  }
}
