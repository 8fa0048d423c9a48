import type { Rule } from '../types';
import { banditNotExploring } from './bandit-not-exploring';
import { cacheOnHotPath } from './cache-on-hot-path';
import { classImbalanceUnhandled } from './class-imbalance-unhandled';
import { coldStartUnhandled } from './cold-start-unhandled';
import { cycleWithoutFeedbackEdge } from './cycle-without-feedback-edge';
import { funnelNotNarrowing } from './funnel-not-narrowing';
import { incompleteMonitoring } from './incomplete-monitoring';
import { labelWindowTooShort } from './label-window-too-short';
import { latencyBudgetExceeded } from './latency-budget-exceeded';
import { missingLatencyFigure } from './missing-latency-figure';
import { missingMonitoring } from './missing-monitoring';
import { missingStage } from './missing-stage';
import { modelWithoutTraining } from './model-without-training';
import { monitoringWithoutAlerting } from './monitoring-without-alerting';
import { noDataValidation } from './no-data-validation';
import { noEvaluationGate } from './no-evaluation-gate';
import { noExploration } from './no-exploration';
import { noFeedbackLoop } from './no-feedback-loop';
import { noHumanReview } from './no-human-review';
import { noLabels } from './no-labels';
import { noModelRegistry } from './no-model-registry';
import { noOnlineExperiment } from './no-online-experiment';
import { noPolicyLayer } from './no-policy-layer';
import { noRetrainingTrigger } from './no-retraining-trigger';
import { noServingFallback } from './no-serving-fallback';
import { orphanComponent } from './orphan-component';
import { pointInTimeDisabled } from './point-in-time-disabled';
import { positionBias } from './position-bias';
import { singleStageRanking } from './single-stage-ranking';
import { staleFeatures } from './stale-features';
import { staleIndex } from './stale-index';
import { stalePredictions } from './stale-predictions';
import { temporalLeakage } from './temporal-leakage';
import { trainingServingSkew } from './training-serving-skew';
import { uncalibratedProbabilities } from './uncalibrated-probabilities';
import { uncheckedPii } from './unchecked-pii';
import { unjoinedPredictionLog } from './unjoined-prediction-log';

/** Every rule, sorted by id. Adding a rule means adding it here; the meta-test checks it. */
export const RULES: readonly Rule[] = [
  banditNotExploring,
  cacheOnHotPath,
  classImbalanceUnhandled,
  coldStartUnhandled,
  cycleWithoutFeedbackEdge,
  funnelNotNarrowing,
  incompleteMonitoring,
  labelWindowTooShort,
  latencyBudgetExceeded,
  missingLatencyFigure,
  missingMonitoring,
  missingStage,
  modelWithoutTraining,
  monitoringWithoutAlerting,
  noDataValidation,
  noEvaluationGate,
  noExploration,
  noFeedbackLoop,
  noHumanReview,
  noLabels,
  noModelRegistry,
  noOnlineExperiment,
  noPolicyLayer,
  noRetrainingTrigger,
  noServingFallback,
  orphanComponent,
  pointInTimeDisabled,
  positionBias,
  singleStageRanking,
  staleFeatures,
  staleIndex,
  stalePredictions,
  temporalLeakage,
  trainingServingSkew,
  uncalibratedProbabilities,
  uncheckedPii,
  unjoinedPredictionLog,
];
