import { joinList } from '../format';
import { coveredStages } from '../stages';
import { STAGES, type Stage } from '../types';
import type { Rule } from '../types';

/** The stages a complete answer covers; the problem stage is the client request, which any sketch starts from. */
const EXPECTED: readonly Stage[] = STAGES.filter((s) => s !== 'problem');
/** Below this many nodes a design is a start, not an answer missing its stages. */
const MIN_NODES = 3;

export const missingStage: Rule = {
  meta: {
    id: 'missing-stage',
    severity: 'info',
    stage: 'problem',
    reads: { props: [] },
    docs: {
      description: 'A design of 3 or more nodes with no node of one or more of the stages data, features, model, training, evaluation, serving and monitoring.',
      why: 'Every interview framework walks all the stages, from data to monitoring; an answer that skips one leaves the interviewer to ask about it (s000, s002, s003 frameworks).',
      notes:
        'A node\'s stage is its kind\'s (data sources and feedback: data; processing and features: features; trainer and tuning: training; offline evaluation, experiments and bandits: evaluation; registry, serving, retrieval-ranking, API gateway and cache: serving; monitoring: monitoring; the orchestrator: training). Any model node covers the model stage, and so does an embedding model off the serving path: it is not served, but it is a trained model (the content encoder of similar items). One finding per design, with no node to point at.',
      ask: 'Walk me through the stages you have not drawn yet: where does the data come from, and how do you know it works?',
    },
    messages: { missing: 'The design has nothing yet for: {{stages}}.' },
    placeholders: { stages: 'the stages with no node, in framework order' },
  },
  check({ design, facts, report }) {
    if (design.nodes.length < MIN_NODES) return;
    const covered = coveredStages(design, facts);
    const missing = EXPECTED.filter((s) => !covered.has(s));
    if (missing.length) report({ messageId: 'missing', data: { stages: joinList(missing) }, nodeIds: [] });
  },
};
