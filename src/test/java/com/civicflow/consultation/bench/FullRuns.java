package com.civicflow.consultation.bench;

import com.civicflow.consultation.cangzhou.CangzhouFullRun;
import com.civicflow.consultation.dongcheng.DongchengFullRun;
import com.civicflow.consultation.drive.Steps;
import com.civicflow.consultation.haimen.CouncilElectionFullRun;
import com.civicflow.consultation.haimen.SevenStepFullRun;
import com.civicflow.consultation.kenli.KenliFullRun;
import com.civicflow.consultation.yuzhong.YuzhongFullRun;
import java.util.Map;
import java.util.function.Consumer;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.ProcessInstance;

/** The full runs of the models (the paths PostgresIT drives), by the name the benchmark reports them under. */
final class FullRuns {

  private FullRuns() {}

  static final Map<String, Consumer<Steps>> RUNS = Map.of(
      "yuzhong", YuzhongFullRun::run,
      "cangzhou", CangzhouFullRun::run,
      "kenli", KenliFullRun::run,
      "haimen-election", CouncilElectionFullRun::run,
      "haimen-seven-step", SevenStepFullRun::run,
      "dongcheng", DongchengFullRun::run);

  static void run(String model, Steps steps) {
    Consumer<Steps> run = RUNS.get(model);
    if (run == null) {
      throw new IllegalArgumentException("unknown model " + model + " (known: " + RUNS.keySet() + ")");
    }
    run.accept(steps);
  }

  /** Who starts the model in its full run, and with what: the run's first step, taken without running it. */
  record Start(String user, String processKey, Map<String, Object> variables) {}

  static Start firstStart(String model, ProcessEngine engine) {
    StartCapture capture = new StartCapture(engine);
    try {
      run(model, capture);
    } catch (StartCapture.Captured captured) {
      return captured.start;
    }
    throw new IllegalStateException(model + ": the full run started nothing");
  }

  /** Steps that record the first start and stop the run there. */
  private record StartCapture(ProcessEngine engine) implements Steps {

    static final class Captured extends RuntimeException {
      final transient Start start;

      Captured(Start start) {
        super(null, null, false, false);
        this.start = start;
      }
    }

    @Override
    public ProcessInstance start(String user, String processKey, Map<String, Object> variables) {
      throw new Captured(new Start(user, processKey, Map.copyOf(variables)));
    }

    @Override
    public void complete(String user, String matterNumber, String taskKey, Map<String, Object> variables) {
      throw new IllegalStateException("no step before the start");
    }

    @Override
    public void runDueJobs(String matterNumber) {}

    @Override
    public void object(String matterNumber, String name, String contact, String reason) {}

    @Override
    public void apply(String matterNumber, String name, String contact, String organisation, String reason) {}

    @Override
    public void superviseOpinion(String matterNumber, String name, String contact, String opinion) {}

    @Override
    public void reset() {
      engine.getIdentityService().clearAuthentication();
    }
  }
}
