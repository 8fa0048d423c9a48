import { getKind } from '../../catalog';
import { nodeLabel } from '../../document/props';
import { R } from '../../graph/graph';
import { FRESHNESS_NAME, FRESHNESS_RANK } from '../facts';
import { BELOW, edit } from '../fixes';
import type { Rule } from '../types';

const FEATURE_SOURCES = new Set(['data', 'processing', 'features']);

export const trainingServingSkew: Rule = {
  meta: {
    id: 'training-serving-skew',
    severity: 'error',
    stage: 'features',
    reads: { props: ['freshness', 'logFeatures', 'offlineStore', 'onlineStore'] },
    docs: {
      description:
        'A trainer and the served model it trains must get their features the same way: (a) from one feature store (offline for training, online for serving), or (b) at least as fresh at serving as in training. Training on logged serving features clears both.',
      why: 'Training-serving skew is "the most common ML system bug": features computed on different code paths, or batch features at serving while training assumed real time (s000; s001 feature store; MLTS training/serving skew test).',
      notes:
        'One finding per trainer–model pair; when (a) and (b) both hold, (a) is reported. A feature store with offlineStore only is not an online store, so drawn into serving it counts as a different path. Of the two fixes, the quick fix trains on logged features (model →feedback prediction-log(logFeatures) →feedback label-join → trainer): it removes the skew whatever the feature paths are, whereas rewiring to one feature store needs the designer to say which inputs it replaces.',
      ask: 'Are the features at serving computed exactly as in training? How do you know?',
    },
    messages: {
      differentPaths: '{{trainer}} and {{model}} compute features on different paths.',
      staleAtServing: '{{model}} serves batch features; {{trainer}} trained on {{freshness}} ones.',
    },
    placeholders: { trainer: 'the trainer', model: 'the served model', freshness: 'the freshest features the trainer sees (realtime or near-realtime)' },
    fixLabel: 'Train on logged features',
  },
  check({ facts, report }) {
    for (const { trainer, model } of facts.servedTrainsPairs) {
      if (facts.hasLoggedFeaturesRoute(model.id, trainer.id)) continue;
      const data = { trainer: nodeLabel(trainer), model: nodeLabel(model) };
      const nodeIds = [trainer.id, model.id];
      const serving = facts.fsServe(model.id);
      // A model served from no feature store shares none with its trainer: skip listing the trainer's.
      const shared = serving.length > 0 && facts.fsTrain(trainer.id).some((fs) => serving.includes(fs));
      const servedFeatures =
        serving.length > 0 ||
        facts.graph.predecessors(model.id, R).some((id) => FEATURE_SOURCES.has(getKind(facts.node(id).kind)?.category ?? ''));
      if (!shared && servedFeatures) {
        report({ messageId: 'differentPaths', data, nodeIds });
        continue;
      }
      const trainFresh = facts.trainFresh(trainer.id);
      if (facts.servFresh(model.id) === FRESHNESS_RANK.batch && trainFresh !== undefined && trainFresh < FRESHNESS_RANK.batch) {
        report({ messageId: 'staleAtServing', data: { ...data, freshness: FRESHNESS_NAME[trainFresh] }, nodeIds });
      }
    }
  },
  fix(design, finding) {
    const [trainer, model] = finding.nodeIds;
    const e = edit(design);
    const [, labelJoin] = e.addChain(
      model,
      [
        { kind: 'prediction-log', flow: 'feedback', props: { logFeatures: true } },
        { kind: 'label-join', flow: 'feedback' },
      ],
      BELOW,
    );
    e.addEdge(labelJoin, trainer, 'data');
    return e.done();
  },
};
